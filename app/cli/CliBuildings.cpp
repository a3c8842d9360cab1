// SPDX-License-Identifier: GPL-3.0-or-later
// `buildings import|list`: a community's estates (小区) and buildings (楼栋); `ledger import|list`:
// a check's building ledger (楼栋台账) over them; `export national`: the county's national tables made
// of them (spec/cli.md v2).
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandLine.h"
#include "app/render/NationalPdf.h"
#include "core/services/NationalExport.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace {

QString optionalText(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

QJsonValue optionalJson(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

int Cli::cmdBuildingsImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("update-register")}, {}, {}, 2, 2}))
        return usageError(*problem, m_command);
    const QString path = cl.args().at(1);
    if (!QFileInfo::exists(path))
        return fail(
            cc::makeError(cc::ErrorCode::NotFound, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))));
    if (!openWorkspace(false))
        return Failure;
    auto imported =
        m_workspace->buildings().importFile(cl.args().at(0), path, cl.has(QStringLiteral("update-register")));
    if (!imported)
        return fail(imported.error());
    m_out
        << tr("Buildings: %1 added, %2 updated, %3 unchanged.")
               .arg(imported->added)
               .arg(imported->updated)
               .arg(imported->unchanged)
        << '\n'
        << tr("The community now has %n estate(s), ", nullptr, imported->totals.estates)
        << tr("%n building(s) with %1 dwellings", nullptr, imported->totals.buildings).arg(imported->totals.dwellings);
    if (imported->totals.withoutDwellings > 0)
        m_out << tr(" (%n without a dwelling count)", nullptr, imported->totals.withoutDwellings);
    m_out << tr(".") << '\n';
    if (imported->registerHouseholdsSet)
        m_out << tr("The register's building and household counts were set from them.") << '\n';
    else if (imported->registerBuildingsSet)
        m_out << tr("The register's building count was set from them; its household count was kept, since not "
                    "every building has its dwellings.")
              << '\n';
    return Success;
}

int Cli::cmdBuildingsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto buildings = m_workspace->buildings().list(cl.args().at(0));
    if (!buildings)
        return fail(buildings.error());
    return printList(
        cl,
        *buildings,
        [](const cc::Building& b) {
            return QJsonObject {
                {QStringLiteral("estate"), b.estate},
                {QStringLiteral("building"), b.number},
                {QStringLiteral("address"), b.address},
                {QStringLiteral("storeys"), optionalJson(b.storeys)},
                {QStringLiteral("dwellings"), optionalJson(b.dwellings)},
                {QStringLiteral("build_year"), optionalJson(b.buildYear)},
                {QStringLiteral("structure"), b.structure},
                {QStringLiteral("lift"), b.lift ? QJsonValue(*b.lift) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("note"), b.note},
                {QStringLiteral("id"), b.id.toString()},
            };
        },
        {tr("Estate"), tr("Building"), tr("Storeys"), tr("Dwellings"), tr("Built"), tr("Structure"), tr("Lift")},
        [](const cc::Building& b) {
            return QStringList {b.estate,
                                b.number,
                                optionalText(b.storeys),
                                optionalText(b.dwellings),
                                optionalText(b.buildYear),
                                b.structure,
                                b.lift ? (*b.lift ? tr("yes") : tr("no")) : QString()};
        });
}

int Cli::cmdLedgerImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 2, 2}))
        return usageError(*problem, m_command);
    const QString path = cl.args().at(1);
    if (!openWorkspace(false))
        return Failure;
    auto check = m_workspace->assessments().resolve(cl.args().at(0));
    if (!check)
        return fail(check.error());
    auto imported = m_workspace->buildings().importLedgerFile(check->id, path); // .xlsx or CSV
    if (!imported)
        return fail(imported.error());
    m_out << tr("%n ledger entries stored.", nullptr, *imported) << '\n';
    return Success;
}

int Cli::cmdLedgerList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto check = m_workspace->assessments().resolve(cl.args().at(0));
    if (!check)
        return fail(check.error());
    auto entries = m_workspace->buildings().ledger(check->id);
    if (!entries)
        return fail(entries.error());
    auto items = m_workspace->buildings().ledgerItems(check->id);
    if (!items)
        return fail(items.error());
    const bool chinese = m_language.startsWith(QStringLiteral("zh"));
    return printList(
        cl,
        *entries,
        [](const cc::LedgerEntry& e) {
            return QJsonObject {
                {QStringLiteral("estate"), e.estate},
                {QStringLiteral("building"), e.number},
                {QStringLiteral("item"), e.item},
                {QStringLiteral("present"), e.present},
                {QStringLiteral("severity"),
                 e.severity.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.severity)},
                {QStringLiteral("note"), e.note},
                {QStringLiteral("updated_at"), e.updatedAt},
                {QStringLiteral("updated_by"), e.updatedBy},
            };
        },
        {tr("Estate"), tr("Building"), tr("Item"), tr("Found"), tr("Degree"), tr("Note")},
        [&items, chinese](const cc::LedgerEntry& e) {
            const cc::LedgerItem* item = cc::findLedgerItem(*items, e.item);
            const QString name = item ? (chinese ? item->name : item->nameEn) : QString();
            return QStringList {e.estate,
                                e.number,
                                name.isEmpty() ? e.item : e.item + u' ' + name,
                                e.present ? tr("yes") : tr("no"),
                                chinese ? cc::LedgerSeverity::chinese(e.severity) : e.severity,
                                e.note};
        });
}

int Cli::cmdExportNational(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem =
            cl.parse(tokens, {{}, {QStringLiteral("county"), QStringLiteral("round"), QStringLiteral("o")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    for (const char* required : {"county", "round", "o"}) {
        if (!cl.has(QString::fromLatin1(required)))
            return usageError(tr("the option --%1 is required").arg(QString::fromLatin1(required)), m_command);
    }
    const QString roundText = cl.value(QStringLiteral("round"));
    const auto round = cc::Round::parse(roundText);
    if (!round)
        return usageError(tr("the round \"%1\" must begin with a year, e.g. \"2025 体检\"").arg(roundText), m_command);
    if (!openWorkspace(false))
        return Failure;
    cc::NationalExport national(*m_workspace);
    const QString county = cl.value(QStringLiteral("county"));
    auto written =
        national.write(county, *round, cl.value(QStringLiteral("o")), {}, NationalPdf::forExport(county, *round));
    if (!written)
        return fail(written.error());
    for (const QString& file : written->files)
        m_out << shownPath(file) << '\n';
    m_out << tr("%n communities: %1 survey rows, %2 problems, %3 ledger rows.", nullptr, written->communities)
                 .arg(written->surveyRows)
                 .arg(written->problemRows)
                 .arg(written->ledgerRows)
          << '\n';
    if (written->skipped > 0)
        m_err << tr(
            "%n checks of the round are not submitted yet and are not in the tables.", nullptr, written->skipped)
              << '\n';
    return Success;
}
