// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IndicatorSetComputed.h"

#include "core/domain/Ledger.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cc::io {

namespace {

// The same translation context as the rest of the set reader.
class SetLedgerText
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetJson)
};

QString at(const QString& path, const char* key)
{
    return path + u'.' + QLatin1String(key);
}

} // namespace

std::optional<LedgerSource>
readLedgerSource(const QJsonValue& value, const QString& path, std::vector<SetFinding>& findings)
{
    if (!value.isObject()) {
        findings.push_back({path,
                            SetLedgerText::tr("must be an object like {\"items\": [\"H3.1\", …], \"count\": "
                                              "\"buildings\"}")});
        return std::nullopt;
    }
    QJsonObject object = value.toObject();
    LedgerSource source;
    const QJsonValue items = object.take(QStringLiteral("items"));
    if (!items.isArray() || items.toArray().isEmpty()) {
        findings.push_back({at(path, "items"), SetLedgerText::tr("must list at least one ledger item code")});
    } else {
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = at(path, "items") + u'[' + QString::number(i) + u']';
            const QString code = array.at(i).toString();
            if (!array.at(i).isString() || code.isEmpty())
                findings.push_back({itemPath, SetLedgerText::tr("must be a ledger item code, e.g. \"H3.1\"")});
            else if (source.items.contains(code, Qt::CaseInsensitive))
                findings.push_back({itemPath, SetLedgerText::tr("\"%1\" is listed twice").arg(code)});
            else
                source.items.append(code);
        }
    }
    const QJsonValue count = object.take(QStringLiteral("count"));
    if (count.isUndefined() || count.toString() == u"buildings")
        source.countDwellings = false;
    else if (count.toString() == u"dwellings")
        source.countDwellings = true;
    else
        findings.push_back(
            {at(path, "count"),
             SetLedgerText::tr(
                 "must be \"buildings\" (each building once) or \"dwellings\" (the dwellings of those buildings)")});
    source.extra = object;
    return source;
}

std::vector<SetLedgerItem>
readLedgerItems(const QJsonValue& value, const QString& path, std::vector<SetFinding>& findings)
{
    std::vector<SetLedgerItem> out;
    if (!value.isArray()) {
        findings.push_back(
            {path, SetLedgerText::tr("must be an array of {\"code\", \"name\", \"indicator\"} objects")});
        return out;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            findings.push_back({itemPath, SetLedgerText::tr("must be an object with a code and a name")});
            continue;
        }
        QJsonObject object = array.at(i).toObject();
        SetLedgerItem item;
        item.code = object.take(QStringLiteral("code")).toString();
        if (!isLedgerItemCode(item.code))
            findings.push_back(
                {at(itemPath, "code"), SetLedgerText::tr("must be 1 to 40 characters without spaces or / ; , #")});
        else if (nationalLedgerItem(item.code))
            findings.push_back({at(itemPath, "code"),
                                SetLedgerText::tr("\"%1\" is a national item; a set adds items under codes of "
                                                  "its own")
                                    .arg(item.code)});
        else if (seen.contains(item.code.toUpper()))
            findings.push_back({at(itemPath, "code"), SetLedgerText::tr("duplicate item code \"%1\"").arg(item.code)});
        seen.insert(item.code.toUpper());
        const QJsonValue name = object.take(QStringLiteral("name"));
        if (name.isString()) {
            item.name.zh = name.toString();
        } else if (name.isObject()) {
            QJsonObject text = name.toObject();
            item.name.zh = text.take(QStringLiteral("zh")).toString();
            item.name.en = text.take(QStringLiteral("en")).toString();
            item.name.extra = text;
        }
        if (item.name.zh.trimmed().isEmpty())
            findings.push_back(
                {at(itemPath, "name"), SetLedgerText::tr("is required (the item as assessors read it)")});
        const QJsonValue indicator = object.take(QStringLiteral("indicator"));
        if (!indicator.isUndefined()) {
            const double n = indicator.toDouble(-1);
            if (!indicator.isDouble() || n < 0 || n > 9 || n != std::floor(n))
                findings.push_back({at(itemPath, "indicator"),
                                    SetLedgerText::tr("must be the number of a national housing indicator, 1 to 9 "
                                                      "(0 or none: a local item)")});
            else
                item.indicator = static_cast<int>(n);
        }
        item.extra = object;
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<SetFinding> checkLedgerSources(const IndicatorSet& set, const std::map<QString, QString>& sourcePaths)
{
    std::vector<SetFinding> out;
    const std::vector<LedgerItem> known = ledgerItemsOf(set);
    for (const Indicator* ind : set.indicatorsInOrder()) {
        if (!ind->isComputed())
            continue;
        const auto found = sourcePaths.find(ind->code);
        const QString path = found != sourcePaths.end() ? found->second : ind->code;
        if (ind->type != IndicatorType::Number)
            out.push_back({path,
                           SetLedgerText::tr("only a number indicator can be computed (this one is %1)")
                               .arg(toString(ind->type))});
        if (ind->sourceLedger && ind->sourceRemediation)
            out.push_back({path,
                           SetLedgerText::tr("an indicator is computed one way: source_ledger or "
                                             "source_remediation, not both")});
        if (!ind->sourceLedger)
            continue;
        for (qsizetype i = 0; i < ind->sourceLedger->items.size(); ++i) {
            const QString& code = ind->sourceLedger->items.at(i);
            if (!findLedgerItem(known, code))
                out.push_back({path + QStringLiteral(".items[%1]").arg(i),
                               SetLedgerText::tr("no ledger item has the code \"%1\" (national H1.0 … H9.4, or the "
                                                 "set's ledger_items)")
                                   .arg(code)});
        }
    }
    return out;
}

QJsonObject ledgerSourceToJson(const LedgerSource& source)
{
    QJsonObject out = source.extra;
    out.insert(QStringLiteral("items"), QJsonArray::fromStringList(source.items));
    out.insert(QStringLiteral("count"),
               source.countDwellings ? QStringLiteral("dwellings") : QStringLiteral("buildings"));
    return out;
}

QJsonArray ledgerItemsToJson(const std::vector<SetLedgerItem>& items)
{
    QJsonArray out;
    for (const SetLedgerItem& item : items) {
        QJsonObject object = item.extra;
        object.insert(QStringLiteral("code"), item.code);
        QJsonObject name = item.name.extra;
        name.insert(QStringLiteral("zh"), item.name.zh);
        if (!item.name.en.isEmpty())
            name.insert(QStringLiteral("en"), item.name.en);
        object.insert(QStringLiteral("name"), name);
        if (item.indicator != 0)
            object.insert(QStringLiteral("indicator"), item.indicator);
        out.append(object);
    }
    return out;
}

} // namespace cc::io
