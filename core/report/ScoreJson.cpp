// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ScoreJson.h"

namespace cc::report {

namespace {

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject groupToJson(const scoring::GroupResult& g)
{
    QJsonArray children;
    for (const scoring::GroupResult& child : g.groups)
        children.append(groupToJson(child));
    return QJsonObject {{QStringLiteral("code"), g.group->code},
                        {QStringLiteral("name"), g.group->name.zh},
                        {QStringLiteral("score"), optionalNumber(g.score)},
                        {QStringLiteral("groups"), children}};
}

} // namespace

QJsonValue valueToJson(const ResponseValue& value)
{
    if (const bool* b = std::get_if<bool>(&value))
        return *b;
    if (const double* d = std::get_if<double>(&value))
        return *d;
    if (const QString* s = std::get_if<QString>(&value))
        return *s;
    if (const QStringList* list = std::get_if<QStringList>(&value))
        return QJsonArray::fromStringList(*list);
    return QJsonValue(QJsonValue::Null);
}

QJsonObject scoreToJson(const Assessment& assessment,
                        const Community& community,
                        const IndicatorSet& set,
                        const scoring::Score& score)
{
    QJsonArray groups;
    for (const scoring::GroupResult& g : score.groups)
        groups.append(groupToJson(g));
    QJsonArray failures;
    for (const Indicator* ind : score.bottomLineFailures)
        failures.append(ind->code);
    QJsonArray indicators;
    for (const scoring::IndicatorResult& r : score.indicators) {
        QJsonObject item {{QStringLiteral("code"), r.indicator->code},
                          {QStringLiteral("status"), scoring::toString(r.status)},
                          {QStringLiteral("score"), optionalNumber(r.score)},
                          {QStringLiteral("value"), valueToJson(r.value)}};
        if (!r.reason.isEmpty())
            item.insert(QStringLiteral("reason"), r.reason);
        if (r.carriedOver)
            item.insert(QStringLiteral("carried_over"), true);
        indicators.append(item);
    }
    return QJsonObject {
        {QStringLiteral("assessment"), assessment.id.toString()},
        {QStringLiteral("set"),
         QJsonObject {{QStringLiteral("code"), set.code}, {QStringLiteral("version"), set.version}}},
        {QStringLiteral("community"),
         QJsonObject {{QStringLiteral("code"), community.code},
                      {QStringLiteral("name"), community.name},
                      {QStringLiteral("type"), community.type}}},
        {QStringLiteral("round"), assessment.round.toString()},
        {QStringLiteral("overall"),
         QJsonObject {
             {QStringLiteral("score"), optionalNumber(score.overall)},
             {QStringLiteral("grade"), score.grade ? QJsonValue(score.grade->label.zh) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("coverage"), optionalNumber(score.coverage)},
             {QStringLiteral("provisional"), score.provisional}}},
        {QStringLiteral("bottom_line_failures"), failures},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("indicators"), indicators},
    };
}

QJsonArray problemsToJson(const scoring::Score& score)
{
    QJsonArray out;
    for (const scoring::Problem& p : score.problems) {
        out.append(QJsonObject {
            {QStringLiteral("code"), p.indicator->code},
            {QStringLiteral("name"), p.indicator->name.zh},
            {QStringLiteral("value"), valueToJson(p.value)},
            {QStringLiteral("unit"), p.indicator->unit},
            {QStringLiteral("score"), p.score},
            {QStringLiteral("category"), p.category.zh},
            {QStringLiteral("severity"),
             p.severity.zh.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.severity.zh)},
            {QStringLiteral("deadline"),
             p.deadline ? QJsonValue(p.deadline->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("responsible_units"), QJsonArray::fromStringList(p.responsibleUnits)},
            {QStringLiteral("projects"), QJsonArray::fromStringList(p.projects)},
            {QStringLiteral("bottom_line"), p.indicator->bottomLine},
        });
    }
    return out;
}

} // namespace cc::report
