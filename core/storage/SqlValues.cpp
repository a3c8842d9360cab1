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
    // What timestamp() writes, "2025-03-01T08:00:00.000Z", read digit by digit: a list of 15,000
    // checks reads three per row, and the general parser costs a microsecond or two each.
    const QString text = value.toString();
    const auto digits = [&](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate day(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (day.isValid() && time.isValid())
            return QDateTime(day, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
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
