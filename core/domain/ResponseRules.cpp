// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResponseRules.h"

#include "core/util/Decimal.h"

#include <cmath>

namespace cc {

namespace {

std::optional<bool> parseBoolean(const QString& text)
{
    const QString t = text.toLower();
    if (t == u"true" || t == u"yes" || t == u"1" || t == u"是")
        return true;
    if (t == u"false" || t == u"no" || t == u"0" || t == u"否")
        return false;
    return std::nullopt;
}

} // namespace

std::optional<Response>
ResponseRules::parse(const Indicator& indicator, const QString& rawText, const QString& note, QString* error)
{
    const QString text = rawText.trimmed();
    Response response;
    response.indicatorCode = indicator.code;
    response.note = note.trimmed();
    if (text.isEmpty())
        return response;
    if (text.compare(u"NA", Qt::CaseInsensitive) == 0 || text == u"不适用") {
        response.notApplicable = true;
        return response;
    }
    switch (indicator.type) {
    case IndicatorType::Boolean:
        if (const auto b = parseBoolean(text)) {
            response.value = *b;
        } else {
            *error = tr("\"%1\" is not a yes/no value (use true, false, yes, no, 1, 0, 是 or 否)").arg(text);
            return std::nullopt;
        }
        break;
    case IndicatorType::Number:
    case IndicatorType::Rating:
        if (const auto d = parseDecimal(text)) {
            response.value = *d;
        } else {
            *error = tr("\"%1\" is not a number (digits with an optional '.' and sign; no exponent, no thousands "
                        "separator, no decimal comma)")
                         .arg(text);
            return std::nullopt;
        }
        break;
    case IndicatorType::Choice:
        response.value = text;
        break;
    case IndicatorType::Checklist: {
        QStringList codes;
        for (const QString& part : text.split(u';')) {
            const QString code = part.trimmed();
            if (!code.isEmpty() && !codes.contains(code))
                codes.append(code);
        }
        response.value = codes;
        break;
    }
    case IndicatorType::Text:
        response.value = rawText.trimmed();
        break;
    }
    if (const QString problem = check(indicator, response.value); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return response;
}

QString ResponseRules::check(const Indicator& indicator, const ResponseValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return {};
    if (indicator.sourceLedger)
        return tr("is counted from the building ledger, not typed: record the buildings in the ledger instead");
    if (indicator.sourceRemediation)
        return tr("is computed from the earlier round's problems, not typed: re-check them instead");
    switch (indicator.type) {
    case IndicatorType::Boolean:
        if (!std::holds_alternative<bool>(value))
            return tr("a yes/no value is expected");
        return {};
    case IndicatorType::Number: {
        const double* d = std::get_if<double>(&value);
        if (!d || !std::isfinite(*d))
            return tr("a number is expected");
        if (indicator.min && *d < *indicator.min)
            return tr("%1 is below the smallest allowed value %2").arg(formatNumber(*d), formatNumber(*indicator.min));
        if (indicator.max && *d > *indicator.max)
            return tr("%1 is above the largest allowed value %2").arg(formatNumber(*d), formatNumber(*indicator.max));
        return {};
    }
    case IndicatorType::Rating: {
        const double* d = std::get_if<double>(&value);
        if (!d || !std::isfinite(*d))
            return tr("a number is expected");
        if (*d < indicator.scaleMin || *d > indicator.scaleMax)
            return tr("%1 is outside the rating scale %2 to %3")
                .arg(formatNumber(*d), formatNumber(indicator.scaleMin), formatNumber(indicator.scaleMax));
        return {};
    }
    case IndicatorType::Choice: {
        const QString* code = std::get_if<QString>(&value);
        if (!code)
            return tr("an option code is expected");
        if (!indicator.option(*code)) {
            QStringList known;
            for (const ChoiceOption& o : indicator.options)
                known.append(o.code);
            return tr("\"%1\" is not an option of this indicator (options: %2)").arg(*code, known.join(u", "));
        }
        return {};
    }
    case IndicatorType::Checklist: {
        const QStringList* codes = std::get_if<QStringList>(&value);
        if (!codes)
            return tr("a list of item codes is expected");
        for (const QString& code : *codes) {
            if (!indicator.item(code)) {
                QStringList known;
                for (const ChecklistItem& i : indicator.items)
                    known.append(i.code);
                return tr("\"%1\" is not an item of this checklist (items: %2)").arg(code, known.join(u", "));
            }
        }
        return {};
    }
    case IndicatorType::Text:
        if (!std::holds_alternative<QString>(value))
            return tr("text is expected");
        return {};
    }
    return {};
}

QString ResponseRules::toText(const ResponseValue& value)
{
    if (const bool* b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const double* d = std::get_if<double>(&value))
        return formatNumber(*d);
    if (const QString* s = std::get_if<QString>(&value))
        return *s;
    if (const QStringList* list = std::get_if<QStringList>(&value))
        return list->isEmpty() ? QStringLiteral(";") : list->join(u';');
    return {};
}

QString ResponseRules::formatNumber(double value)
{
    QString text = QString::number(value, 'f', 6);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        text = QStringLiteral("0");
    return text;
}

QString ResponseRules::plausibility(const Indicator& indicator, const Community& community, const ResponseValue& value)
{
    const double* number = std::get_if<double>(&value);
    if (!number || indicator.type != IndicatorType::Number)
        return {};
    const QString unit = indicator.unit.trimmed();
    const auto over = [&](const std::optional<double>& figure, double factor) {
        return figure && *figure > 0 && *number > *figure * factor + 1e-9;
    };
    const auto buildings = community.figure(u"buildings");
    const auto households = community.figure(u"households");
    const auto population = community.figure(u"population");
    if (unit == u"栋" && over(buildings, 1))
        return tr("%1 buildings is more than the %2 buildings of the community's register; check the count (or "
                  "the register).")
            .arg(formatNumber(*number), formatNumber(*buildings));
    if ((unit == u"套" || unit == u"户") && over(households, 1.2))
        return tr("%1 dwellings or households is more than 1.2 × the %2 households of the community's register; "
                  "check the count (or the register).")
            .arg(formatNumber(*number), formatNumber(*households));
    if (unit == u"人" && over(population, 1))
        return tr("%1 people is more than the %2 residents of the community's register; check the count (or the "
                  "register).")
            .arg(formatNumber(*number), formatNumber(*population));
    if (unit == u"单元" && over(buildings, 8))
        return tr("%1 stairwells is more than 8 per building for the %2 buildings of the register; check the "
                  "count (or the register).")
            .arg(formatNumber(*number), formatNumber(*buildings));
    return {};
}

} // namespace cc
