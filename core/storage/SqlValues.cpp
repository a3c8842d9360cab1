// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlValues.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace cc::storage {

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<qint64> optionalInt64(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant date(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString joinCodes(const QStringList& codes)
{
    return notNull(codes.join(u';'));
}

QStringList splitCodes(const QVariant& value)
{
    return value.toString().split(u';', Qt::SkipEmptyParts);
}

qint64 rowIdOf(QSqlDatabase& db, const char* table, const QString& uuid, const QString& operation)
{
    QSqlQuery q =
        prepareOrThrow(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = :uuid").arg(QLatin1String(table)), operation);
    q.bindValue(QStringLiteral(":uuid"), uuid);
    execOrThrow(q, operation);
    if (!q.next())
        throw StorageError {
            makeError(ErrorCode::NotFound, QStringLiteral("%1: no %2 %3").arg(operation, QLatin1String(table), uuid))};
    return q.value(0).toLongLong();
}

} // namespace cc::storage
