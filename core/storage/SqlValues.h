// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Converting between domain values and the columns they are stored in: one place for every
// repository's row helpers (timestamps, nullable numbers, code lists, UUID → rowid).
namespace cc::storage {

// For NOT NULL text columns: Qt binds a null QString as SQL NULL, an empty one as ''.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// An optional value as a bindable value: SQL NULL when absent.
template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<double> optionalDouble(const QVariant& value);
std::optional<int> optionalInt(const QVariant& value);
std::optional<qint64> optionalInt64(const QVariant& value);

// The current time as stored: UTC, ISO 8601 with milliseconds.
QString now();
QString timestamp(const QDateTime& at);
QDateTime toDateTime(const QVariant& value); // ISO 8601 with or without milliseconds

// A calendar date as stored ("YYYY-MM-DD"), NULL when invalid.
QVariant date(const QDate& day);
QDate toDate(const QVariant& value);

// Code lists stored as "C1;C2": never NULL.
QString joinCodes(const QStringList& codes);
QStringList splitCodes(const QVariant& value);

// The rowid of the record with this UUID in `table` (a constant of the calling repository); throws
// StorageError (NotFound) naming `operation` when there is none.
qint64 rowIdOf(QSqlDatabase& db, const char* table, const QString& uuid, const QString& operation);

} // namespace cc::storage
