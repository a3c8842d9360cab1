// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator sets and the community register: `sets import|list|export`, `communities add|list`.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "core/services/Workspace.h"

#include <QDir>

int Cli::cmdSetsImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto outcome = m_workspace->sets().importFile(cl.args().at(0));
    if (!outcome)
        return fail(outcome.error());
    m_out << outcome->code << ' ' << outcome->version << '\n';
    if (!outcome->created)
        warn(tr("%1 %2 was already stored with the same content; nothing changed.")
                 .arg(outcome->code, outcome->version));
    return Success;
}

int Cli::cmdSetsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto sets = m_workspace->sets().list();
    if (!sets)
        return fail(sets.error());
    return printList(
        cl,
        *sets,
        [](const cc::StoredSetVersion& s) {
            return QJsonObject {{QStringLiteral("code"), s.code},
                                {QStringLiteral("version"), s.version},
                                {QStringLiteral("name"), s.nameZh},
                                {QStringLiteral("name_en"), s.nameEn},
                                {QStringLiteral("indicators"), s.indicatorCount},
                                {QStringLiteral("id"), s.id.toString()},
                                {QStringLiteral("builtin"), s.builtin},
                                {QStringLiteral("imported_at"), clijson::isoUtc(s.importedAt)}};
        },
        {tr("Code"), tr("Version"), tr("Indicators"), tr("Name")},
        [this](const cc::StoredSetVersion& s) {
            return QStringList {s.code,
                                s.version,
                                QString::number(s.indicatorCount),
                                m_language == u"en" && !s.nameEn.isEmpty() ? s.nameEn : s.nameZh};
        });
}

int Cli::cmdSetsExport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("version"), QStringLiteral("o")}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("o")))
        return usageError(tr("say where to write the set with -o FILE"), m_command);
    if (!openWorkspace(false))
        return Failure;
    const QString code = cl.args().at(0);
    auto record = m_workspace->sets().find(code, cl.value(QStringLiteral("version")));
    if (!record)
        return fail(record.error());
    if (auto written = m_workspace->sets().exportToFile(record->code, record->version, cl.value(QStringLiteral("o")));
        !written)
        return fail(written.error());
    m_out << tr("Written %1 %2 to %3")
                 .arg(record->code, record->version, QDir::toNativeSeparators(cl.value(QStringLiteral("o"))))
          << '\n';
    return Success;
}

int Cli::cmdCommunitiesAdd(const QStringList& tokens)
{
    CommandLine cl;
    const CommandLine::Spec spec {{QStringLiteral("pilot")},
                                  {QStringLiteral("code"),
                                   QStringLiteral("name"),
                                   QStringLiteral("type"),
                                   QStringLiteral("households"),
                                   QStringLiteral("buildings"),
                                   QStringLiteral("population"),
                                   QStringLiteral("area-ha"),
                                   QStringLiteral("city"),
                                   QStringLiteral("county"),
                                   QStringLiteral("street"),
                                   QStringLiteral("build-year"),
                                   QStringLiteral("latitude"),
                                   QStringLiteral("longitude"),
                                   QStringLiteral("note")},
                                  {},
                                  0,
                                  0};
    if (const auto problem = cl.parse(tokens, spec))
        return usageError(*problem, m_command);
    for (const char* required : {"code", "name", "type"}) {
        if (!cl.has(QString::fromLatin1(required)))
            return usageError(tr("the option --%1 is required").arg(QString::fromLatin1(required)), m_command);
    }
    cc::Community c;
    c.code = cl.value(QStringLiteral("code")).trimmed();
    c.name = cl.value(QStringLiteral("name")).trimmed();
    c.type = cl.value(QStringLiteral("type")).trimmed();
    c.city = cl.value(QStringLiteral("city")).trimmed();
    c.county = cl.value(QStringLiteral("county")).trimmed();
    c.street = cl.value(QStringLiteral("street")).trimmed();
    c.note = cl.value(QStringLiteral("note"));
    c.pilot = cl.has(QStringLiteral("pilot"));
    // Counts are whole numbers; a value that is not one is a usage error naming the option.
    const auto integer = [&](const char* name, std::optional<qint64>& target) -> bool {
        const QString option = QString::fromLatin1(name);
        if (!cl.has(option))
            return true;
        bool ok = false;
        const qint64 v = cl.value(option).trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        target = v;
        return true;
    };
    for (const auto& [name, field] : {std::pair<const char*, std::optional<qint64>*> {"households", &c.households},
                                      {"buildings", &c.buildings},
                                      {"population", &c.population}}) {
        if (!integer(name, *field))
            return usageError(tr("--%1 must be a whole number, not \"%2\"")
                                  .arg(QString::fromLatin1(name), cl.value(QString::fromLatin1(name))),
                              m_command);
    }
    for (const auto& [name, field] : {std::pair<const char*, std::optional<double>*> {"area-ha", &c.areaHa},
                                      {"latitude", &c.latitude},
                                      {"longitude", &c.longitude}}) {
        QString error;
        *field = numberOption(cl, QString::fromLatin1(name), error);
        if (!error.isEmpty())
            return usageError(error, m_command);
    }
    std::optional<qint64> year;
    if (!integer("build-year", year))
        return usageError(tr("--%1 must be a whole number, not \"%2\"")
                              .arg(QStringLiteral("build-year"), cl.value(QStringLiteral("build-year"))),
                          m_command);
    if (year)
        c.buildYear = static_cast<int>(*year);

    if (!openWorkspace(false))
        return Failure;
    auto saved = m_workspace->communities().add(c);
    if (!saved)
        return fail(saved.error());
    for (const QString& warning : saved->warnings)
        warn(warning);
    m_out << saved->community.id.toString() << '\n';
    return Success;
}

int Cli::cmdCommunitiesImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto imported = m_workspace->communities().importFile(cl.args().at(0)); // CSV or XLSX
    if (!imported)
        return fail(imported.error());
    for (const QString& warning : imported->warnings)
        warn(warning);
    m_out << tr("Communities: %1 added, %2 updated, %3 unchanged.")
                 .arg(imported->added)
                 .arg(imported->updated)
                 .arg(imported->unchanged)
          << '\n';
    return Success;
}

int Cli::cmdCommunitiesList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto communities = m_workspace->communities().list();
    if (!communities)
        return fail(communities.error());
    return printList(
        cl,
        *communities,
        [](const cc::Community& c) {
            return QJsonObject {
                {QStringLiteral("code"), c.code},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("type"), c.type},
                {QStringLiteral("city"), c.city},
                {QStringLiteral("county"), c.county},
                {QStringLiteral("street"), c.street},
                {QStringLiteral("households"), clijson::number(c.households)},
                {QStringLiteral("buildings"), clijson::number(c.buildings)},
                {QStringLiteral("population"), clijson::number(c.population)},
                {QStringLiteral("area_ha"), clijson::number(c.areaHa)},
                {QStringLiteral("pilot"), c.pilot},
                {QStringLiteral("id"), c.id.toString()},
                {QStringLiteral("build_year"), c.buildYear ? QJsonValue(*c.buildYear) : QJsonValue(QJsonValue::Null)},
            };
        },
        {tr("Code"), tr("Name"), tr("Type"), tr("County"), tr("Street"), tr("Households"), tr("Pilot")},
        [](const cc::Community& c) {
            return QStringList {c.code,
                                c.name,
                                c.type,
                                c.county,
                                c.street,
                                c.households ? QString::number(*c.households) : QStringLiteral("-"),
                                c.pilot ? tr("yes") : QString()};
        });
}
