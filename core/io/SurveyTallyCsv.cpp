// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SurveyTallyCsv.h"

#include "core/io/ResponsesCsv.h"
#include "core/util/Decimal.h"

#include <QHash>

#include <algorithm>

namespace cc::io {

Result<std::vector<SurveyTally>> SurveyTallyCsv::parse(const QByteArray& bytes, const QString& sourceName)
{
    auto text = decodeCsvText(bytes, sourceName);
    if (!text)
        return text.error();
    auto records = parseCsv(text->text, sourceName);
    if (!records)
        return records.error();
    if (records->empty())
        return makeError(ErrorCode::InvalidInput, tr("%1: the file has no rows.").arg(sourceName));
    QHash<QString, int> column;
    const CsvRecord& header = records->front();
    for (int i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields[i].trimmed().toLower(), i);
    for (const char* required : {"item", "mean", "respondents"}) {
        if (!column.contains(QLatin1String(required)))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1, line %2: the header must name the columns item, mean and respondents (found: %3).")
                                 .arg(sourceName)
                                 .arg(header.line)
                                 .arg(header.fields.join(QStringLiteral(", "))));
    }
    const auto field = [&](const CsvRecord& r, const char* name) {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    };
    std::vector<SurveyTally> tallies;
    QStringList problems;
    for (size_t i = 1; i < records->size(); ++i) {
        const CsvRecord& r = (*records)[i];
        if (std::all_of(r.fields.begin(), r.fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        const QString where = tr("%1, line %2").arg(sourceName).arg(r.line);
        SurveyTally t;
        t.id = TallyId::create();
        t.item = field(r, "item");
        const QString mean = field(r, "mean");
        const QString respondents = field(r, "respondents");
        if (t.item.isEmpty())
            problems << tr("%1: the item is empty").arg(where);
        if (const auto value = parseDecimal(mean))
            t.mean = *value;
        else
            problems << tr("%1: the mean \"%2\" is not a number").arg(where, mean);
        bool ok = false;
        t.respondents = respondents.toInt(&ok);
        if (!ok || t.respondents < 0)
            problems << tr("%1: respondents \"%2\" is not a whole number of people").arg(where, respondents);
        t.taskCode = field(r, "task");
        t.indicatorCodes = field(r, "indicator").split(u';', Qt::SkipEmptyParts);
        const QString date = field(r, "date");
        t.date = QDate::fromString(date, Qt::ISODate);
        if (!date.isEmpty() && !t.date.isValid())
            problems << tr("%1: the date \"%2\" is not YYYY-MM-DD").arg(where, date);
        tallies.push_back(std::move(t));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    return tallies;
}

} // namespace cc::io
