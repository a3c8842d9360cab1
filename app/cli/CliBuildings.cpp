// SPDX-License-Identifier: GPL-3.0-or-later
// `buildings import|list`: a community's estates (小区) and buildings (楼栋) (spec/cli.md v2).
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandLine.h"
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
    if (!QFileInfo(path).isFile())
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
