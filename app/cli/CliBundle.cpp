// SPDX-License-Identifier: GPL-3.0-or-later
// `bundle export` and `bundle import` (cli.md v2): the field ↔ office exchange from a script.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int Cli::cmdBundleExport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(
            tokens, {{}, {QStringLiteral("o"), QStringLiteral("round"), QStringLiteral("county")}, {}, 0, 10000}))
        return usageError(*problem, m_command);
    const QString output = cl.value(QStringLiteral("o"));
    if (output.isEmpty())
        return usageError(tr("-o FILE.ccbundle is required"), m_command);
    const bool byRound = cl.has(QStringLiteral("round"));
    if (byRound == !cl.args().isEmpty())
        return usageError(tr("name the checks (ASSESSMENT…) or a round (--round LABEL [--county NAME]), not both"),
                          m_command);
    if (cl.has(QStringLiteral("county")) && !byRound)
        return usageError(tr("--county goes with --round"), m_command);
    if (!openWorkspace(false))
        return Failure;
    std::vector<cc::AssessmentId> checks;
    QString description;
    if (byRound) {
        auto selected =
            m_workspace->exchange().select(cl.value(QStringLiteral("round")), cl.value(QStringLiteral("county")));
        if (!selected)
            return fail(selected.error());
        checks = std::move(selected).value();
        description = cl.has(QStringLiteral("county"))
            ? tr("round %1, %2").arg(cl.value(QStringLiteral("round")), cl.value(QStringLiteral("county")))
            : tr("round %1").arg(cl.value(QStringLiteral("round")));
    } else {
        for (const QString& arg : cl.args()) {
            auto found = m_workspace->assessments().resolve(arg);
            if (!found)
                return fail(found.error());
            checks.push_back(found->id);
        }
        description = tr("%n check(s)", nullptr, static_cast<int>(checks.size()));
    }
    auto bundle = m_workspace->exchange().exportBundle(checks, output, description);
    if (!bundle)
        return fail(bundle.error());
    int answers = 0, photos = 0;
    for (const cc::BundleCheck& c : bundle->checks) {
        answers += static_cast<int>(c.answers.size());
        photos += static_cast<int>(c.photos.size());
    }
    m_out << tr("Bundle written: %1 (%2 checks, %3 answers, %4 photos)")
                 .arg(QDir::toNativeSeparators(output))
                 .arg(bundle->checks.size())
                 .arg(answers)
                 .arg(photos)
          << '\n';
    return Success;
}

int Cli::cmdBundleImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(
            tokens, {{QStringLiteral("dry-run"), QStringLiteral("json")}, {QStringLiteral("resolve")}, {}, 1, 1}))
        return usageError(*problem, m_command);
    using Resolve = cc::ExchangeService::Resolve;
    Resolve resolve = Resolve::None;
    if (cl.has(QStringLiteral("resolve"))) {
        const QString how = cl.value(QStringLiteral("resolve"));
        if (how == u"ours")
            resolve = Resolve::Ours;
        else if (how == u"theirs")
            resolve = Resolve::Theirs;
        else
            return usageError(tr("--resolve is ours or theirs, not \"%1\"").arg(how), m_command);
    }
    const bool json = cl.has(QStringLiteral("json"));
    if (!openWorkspace(false))
        return Failure;
    auto report = m_workspace->exchange().importBundle(cl.args().at(0), cl.has(QStringLiteral("dry-run")), resolve);
    if (!report) {
        if (json) { // the shape of cli.md, with the refusal's message
            QJsonObject refused {{QStringLiteral("applied"), false},
                                 {QStringLiteral("message"), report.error().message}};
            printJson(QJsonDocument(refused));
        }
        return fail(report.error());
    }
    QJsonArray conflicts;
    for (const cc::ImportReport::Conflict& c : report->conflicts) {
        conflicts.append(
            QJsonObject {{QStringLiteral("assessment"), c.assessment.isNull() ? QString() : c.assessment.toString()},
                         {QStringLiteral("community"), c.community},
                         {QStringLiteral("indicator"), c.item},
                         {QStringLiteral("ours"), c.ours},
                         {QStringLiteral("theirs"), c.theirs},
                         {QStringLiteral("ours_by"), c.oursBy},
                         {QStringLiteral("ours_at"), c.oursAt},
                         {QStringLiteral("theirs_by"), c.theirsBy},
                         {QStringLiteral("theirs_at"), c.theirsAt}});
    }
    QJsonArray refused;
    for (const cc::ImportReport::Refusal& r : report->refused)
        refused.append(QJsonObject {{QStringLiteral("assessment"), r.assessment.toString()},
                                    {QStringLiteral("community"), r.community},
                                    {QStringLiteral("reason"), r.reason}});
    const bool stopped = !report->applied && !cl.has(QStringLiteral("dry-run"));
    if (json) {
        printJson(QJsonDocument(QJsonObject {{QStringLiteral("applied"), report->applied},
                                             {QStringLiteral("new_communities"), report->newCommunities},
                                             {QStringLiteral("new_buildings"), report->newBuildings},
                                             {QStringLiteral("new_assessments"), report->newAssessments},
                                             {QStringLiteral("updated_answers"), report->updatedAnswers},
                                             {QStringLiteral("identical"), report->identical},
                                             {QStringLiteral("new_photos"), report->newPhotos},
                                             {QStringLiteral("new_audit_entries"), report->newAuditEntries},
                                             {QStringLiteral("new_sets"), QJsonArray::fromStringList(report->newSets)},
                                             {QStringLiteral("conflicts"), conflicts},
                                             {QStringLiteral("refused"), refused}}));
    } else {
        m_out << (report->applied                         ? tr("Imported.")
                      : cl.has(QStringLiteral("dry-run")) ? tr("Dry run: nothing changed.")
                                                          : tr("Nothing imported."))
              << '\n'
              << tr("new communities %1, new checks %2, answers taken %3, identical %4, new photos %5, new audit "
                    "entries %6")
                     .arg(report->newCommunities)
                     .arg(report->newAssessments)
                     .arg(report->updatedAnswers)
                     .arg(report->identical)
                     .arg(report->newPhotos)
                     .arg(report->newAuditEntries)
              << '\n';
        if (report->newBuildings > 0)
            m_out << tr("%n new building(s)", nullptr, report->newBuildings) << '\n';
        for (const QString& set : std::as_const(report->newSets))
            m_out << tr("set installed: %1").arg(set) << '\n';
        for (const cc::ImportReport::Conflict& c : report->conflicts)
            m_out << tr("conflict\t%1\t%2\tours: %3 (%4 %5)\ttheirs: %6 (%7 %8)")
                         .arg(c.community, c.item, c.ours, c.oursBy, c.oursAt, c.theirs, c.theirsBy, c.theirsAt)
                  << '\n';
        for (const cc::ImportReport::Refusal& r : report->refused)
            m_out << tr("not changed\t%1\t%2").arg(r.community, r.reason) << '\n';
        if (stopped)
            m_out << tr("The bundle changes values changed here too: nothing was imported. Look at the conflicts and "
                        "run again with --resolve ours (keep this database's) or --resolve theirs (take the bundle's).")
                  << '\n';
    }
    return stopped ? Failure : Success;
}
