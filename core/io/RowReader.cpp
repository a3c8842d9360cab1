// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/RowReader.h"

#include "core/util/Decimal.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cc::io {

YesNo yesNo(const QString& text)
{
    const QString t = cleanedCell(text).toLower();
    if (t.isEmpty())
        return YesNo::Empty;
    for (const char* yes : {"是", "有", "yes", "y", "1", "true"}) {
        if (t == QString::fromUtf8(yes))
            return YesNo::Yes;
    }
    for (const char* no : {"否", "无", "没有", "no", "n", "0", "false"}) {
        if (t == QString::fromUtf8(no))
            return YesNo::No;
    }
    return YesNo::Neither;
}

std::optional<double> typedNumber(const QString& text)
{
    // NFKC folds full-width digits, signs, the full-width comma and the ideographic space.
    static const QRegularExpression thousands(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString digits = cleanedCell(text);
    if (thousands.match(digits).hasMatch())
        digits.remove(u',');
    return parseDecimal(digits);
}

std::optional<qint64> wholeNumber(const QString& text)
{
    const auto value = typedNumber(text);
    if (!value || *value != std::floor(*value) || std::abs(*value) > 1e15)
        return std::nullopt;
    return static_cast<qint64>(*value);
}

QDate typedDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?(?:[T ].*)?$"));
    const auto match = pattern.match(cleanedCell(text));
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

RowReader::RowReader(const InputTable& table, const HeaderMap& header, const InputRow& row, QStringList& problems)
    : m_table(table)
    , m_header(header)
    , m_row(row)
    , m_problems(problems)
{ }

bool RowReader::has(const char* key) const
{
    return m_header.has(QLatin1String(key));
}

const InputCell& RowReader::cell(const char* key) const
{
    return m_row.at(m_header.at(QLatin1String(key)));
}

QString RowReader::where(const char* key) const
{
    const QString k = QLatin1String(key);
    return m_table.where(m_row.line, std::max(0, m_header.at(k)), m_header.header(k));
}

void RowReader::problem(const char* key, const QString& what)
{
    m_problems << tr("%1: %2").arg(where(key), what);
}

QString RowReader::text(const char* key) const
{
    const InputCell& c = cell(key);
    return c.kind == InputCell::Kind::Error ? QString() : c.text.trimmed();
}

QString RowReader::code(const char* key) const
{
    return cleanedCell(text(key));
}

void RowReader::rowProblem(const QString& what)
{
    m_problems << tr("%1: %2").arg(where(), what);
}

bool RowReader::usable(const char* key, Wanted wanted)
{
    const InputCell& c = cell(key);
    if (c.kind == InputCell::Kind::Error) {
        problem(key, tr("the cell is an error (%1), not a value").arg(c.text));
        return false;
    }
    if (c.kind == InputCell::Kind::Date && wanted != Wanted::Date) {
        problem(key,
                wanted == Wanted::YesNo ? tr("%1 is a date, not yes or no").arg(c.text)
                                        : tr("%1 is a date, not a number").arg(c.text));
        return false;
    }
    if (c.kind == InputCell::Kind::Number && wanted == Wanted::Date) {
        problem(key,
                tr("%1 is a number, not a date (write it as YYYY-MM-DD or format the cell as a date)").arg(c.text));
        return false;
    }
    return true;
}

std::optional<double> RowReader::number(const char* key, double least, double most, const QString& what)
{
    const QString t = text(key);
    if (cell(key).kind != InputCell::Kind::Error && t.isEmpty())
        return std::nullopt;
    if (!usable(key, Wanted::Number))
        return std::nullopt;
    const auto value = typedNumber(t);
    if (!value || *value < least || *value > most) {
        problem(key,
                tr("\"%1\" is not %2 (a number from %3 to %4)")
                    .arg(t,
                         what,
                         QString::number(least, 'f', QLocale::FloatingPointShortest),
                         QString::number(most, 'f', QLocale::FloatingPointShortest)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> RowReader::whole(const char* key, qint64 least, qint64 most, const QString& what)
{
    const QString t = text(key);
    if (cell(key).kind != InputCell::Kind::Error && t.isEmpty())
        return std::nullopt;
    if (!usable(key, Wanted::Number))
        return std::nullopt;
    const auto value = wholeNumber(t);
    if (!value || *value < least || *value > most) {
        problem(key, tr("\"%1\" is not %2 (a whole number from %3 to %4)").arg(t, what).arg(least).arg(most));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> RowReader::date(const char* key)
{
    const QString t = text(key);
    if (cell(key).kind != InputCell::Kind::Error && t.isEmpty())
        return std::nullopt;
    if (!usable(key, Wanted::Date))
        return std::nullopt;
    const QDate value = typedDate(t);
    if (!value.isValid()) {
        problem(key, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(t));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> RowReader::yesNo(const char* key)
{
    const QString t = text(key);
    if (cell(key).kind != InputCell::Kind::Error && t.isEmpty())
        return std::nullopt;
    if (!usable(key, Wanted::YesNo))
        return std::nullopt;
    switch (io::yesNo(t)) {
    case YesNo::Yes:
        return true;
    case YesNo::No:
        return false;
    default:
        problem(key, tr("\"%1\" is not yes or no (是/否)").arg(t));
        return std::nullopt;
    }
}

QStringList RowReader::list(const char* key) const
{
    static const QRegularExpression separators(QStringLiteral("[;；,，、]"));
    QStringList out;
    for (const QString& part : text(key).split(separators, Qt::SkipEmptyParts)) {
        if (const QString item = part.trimmed(); !item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

} // namespace cc::io
