// SPDX-License-Identifier: GPL-3.0-or-later
// The lists beside the project library: `demands add|list`, `tallies import`, `resources add|list`,
// `prices set|list`.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "core/services/Workspace.h"
#include "core/util/Decimal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

int Cli::cmdDemandsAdd(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{},
                                       {QStringLiteral("community"),
                                        QStringLiteral("text"),
                                        QStringLiteral("task"),
                                        QStringLiteral("place"),
                                        QStringLiteral("source"),
                                        QStringLiteral("date"),
                                        QStringLiteral("support"),
                                        QStringLiteral("indicator")},
                                       {QStringLiteral("indicator")},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("community")) || !cl.has(QStringLiteral("text")))
        return usageError(tr("give --community C and --text T"), m_command);
    cc::Demand d;
    d.text = cl.value(QStringLiteral("text"));
    d.taskCode = cl.value(QStringLiteral("task"));
    d.place = cl.value(QStringLiteral("place"));
    if (cl.has(QStringLiteral("source"))) {
        const auto source = cc::demandSourceFromString(cl.value(QStringLiteral("source")));
        if (!source)
            return usageError(
                tr("unknown source \"%1\" (meeting, survey, hotline, grid)").arg(cl.value(QStringLiteral("source"))),
                m_command);
        d.source = *source;
    }
    if (cl.has(QStringLiteral("date"))) {
        d.date = QDate::fromString(cl.value(QStringLiteral("date")), Qt::ISODate);
        if (!d.date.isValid())
            return usageError(tr("--date is YYYY-MM-DD, not \"%1\"").arg(cl.value(QStringLiteral("date"))), m_command);
    }
    if (cl.has(QStringLiteral("support"))) {
        bool ok = false;
        d.support = cl.value(QStringLiteral("support")).toInt(&ok);
        if (!ok || d.support < 0)
            return usageError(tr("--support is a whole number of residents"), m_command);
    }
    d.indicatorCodes = cl.values(QStringLiteral("indicator"));
    if (!openWorkspace(false))
        return Failure;
    auto added = m_workspace->lists().addDemand(d, cl.value(QStringLiteral("community")));
    if (!added)
        return fail(added.error());
    m_out << added->id.toString() << '\n';
    return Success;
}

int Cli::cmdDemandsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {QStringLiteral("community")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto demands = m_workspace->lists().demands(cl.value(QStringLiteral("community")));
    if (!demands)
        return fail(demands.error());
    return printList(
        cl,
        *demands,
        [](const cc::Demand& d) {
            return QJsonObject {
                {QStringLiteral("id"), d.id.toString()},
                {QStringLiteral("community"), d.communityCode},
                {QStringLiteral("text"), d.text},
                {QStringLiteral("task"), d.taskCode},
                {QStringLiteral("place"), d.place},
                {QStringLiteral("source"), toString(d.source)},
                {QStringLiteral("date"),
                 d.date.isValid() ? QJsonValue(d.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("support"), d.support},
                {QStringLiteral("indicators"), QJsonArray::fromStringList(d.indicatorCodes)}};
        },
        {tr("Community"), tr("Demand"), tr("Task"), tr("Source"), tr("Supporters")},
        [](const cc::Demand& d) {
            return QStringList {d.communityCode, d.text, d.taskCode, toString(d.source), QString::number(d.support)};
        });
}

int Cli::cmdTalliesImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 2, 2}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto imported = m_workspace->lists().importTallies(cl.args().at(0), cl.args().at(1)); // CSV or XLSX
    if (!imported)
        return fail(imported.error());
    m_out << tr("%n survey item(s) imported", nullptr, static_cast<int>(imported->added.size()))
          << tr(", %n already stored.", nullptr, imported->skipped) << '\n';
    return Success;
}

int Cli::cmdListImport(const QStringList& tokens, QStringView list)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    const QString path = cl.args().at(0); // CSV or XLSX
    cc::ListsService& lists = m_workspace->lists();
    if (list == u"prices") {
        auto imported = lists.importPrices(path);
        if (!imported)
            return fail(imported.error());
        m_out << tr("%n price(s) set.", nullptr, *imported) << '\n';
        return Success;
    }
    if (list == u"demands") {
        auto imported = lists.importDemands(path);
        if (!imported)
            return fail(imported.error());
        m_out << tr("%n demand(s) imported", nullptr, static_cast<int>(imported->added.size()))
              << tr(", %n already stored.", nullptr, imported->skipped) << '\n';
        return Success;
    }
    Q_ASSERT(list == u"resources");
    auto imported = lists.importResources(path);
    if (!imported)
        return fail(imported.error());
    m_out << tr("%n resource(s) imported", nullptr, static_cast<int>(imported->added.size()))
          << tr(", %n already stored.", nullptr, imported->skipped) << '\n';
    return Success;
}

int Cli::cmdResourcesAdd(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{},
                                       {QStringLiteral("kind"),
                                        QStringLiteral("name"),
                                        QStringLiteral("community"),
                                        QStringLiteral("county"),
                                        QStringLiteral("area"),
                                        QStringLiteral("place"),
                                        QStringLiteral("owner"),
                                        QStringLiteral("amount"),
                                        QStringLiteral("year"),
                                        QStringLiteral("note")},
                                       {},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    const auto kind = cc::resourceKindFromString(cl.value(QStringLiteral("kind")));
    if (!kind)
        return usageError(tr("--kind is room, land, fund or operator"), m_command);
    if (cl.has(QStringLiteral("community")) == cl.has(QStringLiteral("county")))
        return usageError(tr("give --community C, or --county NAME for a county-wide resource"), m_command);
    QString error;
    cc::Resource r;
    r.kind = *kind;
    r.name = cl.value(QStringLiteral("name"));
    r.county = cl.value(QStringLiteral("county"));
    r.areaM2 = numberOption(cl, QStringLiteral("area"), error);
    r.amountWan = numberOption(cl, QStringLiteral("amount"), error);
    const auto year = numberOption(cl, QStringLiteral("year"), error);
    if (!error.isEmpty())
        return usageError(error, m_command);
    if (year)
        r.year = static_cast<int>(*year);
    r.place = cl.value(QStringLiteral("place"));
    r.owner = cl.value(QStringLiteral("owner"));
    r.note = cl.value(QStringLiteral("note"));
    if (!openWorkspace(false))
        return Failure;
    auto added = m_workspace->lists().addResource(r, cl.value(QStringLiteral("community")));
    if (!added)
        return fail(added.error());
    m_out << added->id.toString() << '\n';
    return Success;
}

int Cli::cmdResourcesList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {QStringLiteral("county")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto resources = m_workspace->lists().resources(cl.value(QStringLiteral("county")));
    if (!resources)
        return fail(resources.error());
    return printList(
        cl,
        *resources,
        [](const cc::Resource& r) {
            return QJsonObject {{QStringLiteral("id"), r.id.toString()},
                                {QStringLiteral("community"), r.communityCode},
                                {QStringLiteral("county"), r.county},
                                {QStringLiteral("kind"), toString(r.kind)},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("area_m2"), clijson::number(r.areaM2)},
                                {QStringLiteral("place"), r.place},
                                {QStringLiteral("owner"), r.owner},
                                {QStringLiteral("amount_wan"), clijson::number(r.amountWan)},
                                {QStringLiteral("year"), clijson::number(r.year)}};
        },
        {tr("County"), tr("Community"), tr("Kind"), tr("Resource"), tr("Owner")},
        [](const cc::Resource& r) {
            return QStringList {r.county, r.communityCode, toString(r.kind), r.name, r.owner};
        });
}

int Cli::cmdPricesSet(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("county"), QStringLiteral("note")}, {}, 2, 2}))
        return usageError(*problem, m_command);
    const auto unitCost = cc::parseDecimal(cl.args().at(1));
    if (!unitCost)
        return usageError(tr("the unit cost (万元) must be a number, not \"%1\"").arg(cl.args().at(1)), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto set = m_workspace->lists().setPrice(
        {cl.args().at(0), cl.value(QStringLiteral("county")), *unitCost, cl.value(QStringLiteral("note"))});
    if (!set)
        return fail(set.error());
    return Success;
}

int Cli::cmdPricesList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto prices = m_workspace->lists().prices();
    if (!prices)
        return fail(prices.error());
    return printList(
        cl,
        *prices,
        [](const cc::PriceEntry& e) {
            return QJsonObject {{QStringLiteral("template"), e.templateCode},
                                {QStringLiteral("county"), e.county},
                                {QStringLiteral("unit_cost"), e.unitCost},
                                {QStringLiteral("note"), e.note}};
        },
        {tr("Template"), tr("County"), tr("Unit cost (万元)"), tr("Note")},
        [](const cc::PriceEntry& e) {
            return QStringList {e.templateCode,
                                e.county.isEmpty() ? tr("(everywhere)") : e.county,
                                QString::number(e.unitCost),
                                e.note};
        });
}
