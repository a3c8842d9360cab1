// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/NationalExport.h"

#include "core/services/Workspace.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <deque>

namespace cc {

NationalExport::NationalExport(Workspace& workspace)
    : m_ws(workspace)
{ }

QStringList NationalExport::fileNames()
{
    return {QStringLiteral("指标调查表.xlsx"),
            QStringLiteral("指标调查表.csv"),
            QStringLiteral("附件四-问题清单.xlsx"),
            QStringLiteral("附件五-整治建议清单.xlsx"),
            QStringLiteral("楼栋台账.xlsx")};
}

Result<report::NationalTables> NationalExport::build(const QString& county,
                                                     const Round& round,
                                                     int* skipped,
                                                     const std::function<void(int, int)>& progress)
{
    if (county.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the county: the national tables are a county's."));
    auto picked = m_ws.reports().forRound(round, county);
    if (!picked)
        return picked.error();
    std::vector<Assessment> filed;
    int drafts = 0;
    for (const Assessment& a : *picked) {
        if (a.status == AssessmentStatus::Submitted || a.status == AssessmentStatus::Approved)
            filed.push_back(a);
        else
            ++drafts;
    }
    if (skipped)
        *skipped = drafts;
    if (filed.empty())
        return makeError(ErrorCode::NotFound,
                         tr("No submitted or approved check of round %1 in county %2.").arg(round.toString(), county));
    auto projects = m_ws.projects().list({{}, county, false});
    if (!projects)
        return projects.error();
    QHash<QString, std::vector<Project>> projectsOf;
    for (Project& p : *projects)
        projectsOf[p.communityId.toString()].push_back(std::move(p));

    // What each check's row refers to lives here, at addresses that do not move.
    struct Held
    {
        ScoredAssessment scored;
        std::vector<LedgerEntry> ledger;
        std::vector<Building> buildings;
    };
    std::deque<Held> held;
    static const std::vector<Project> none;
    std::vector<report::NationalCheck> checks;
    int done = 0;
    for (const Assessment& a : filed) {
        auto scored = m_ws.assessments().score(a.id);
        if (!scored)
            return scored.error();
        auto ledger = m_ws.buildings().ledger(a.id);
        if (!ledger)
            return ledger.error();
        auto buildings = m_ws.buildings().list(a.communityCode);
        if (!buildings)
            return buildings.error();
        held.push_back({std::move(scored).value(), std::move(ledger).value(), std::move(buildings).value()});
        const Held& h = held.back();
        const auto found = projectsOf.constFind(a.communityId.toString());
        checks.push_back({h.scored.community,
                          h.scored.assessment,
                          *h.scored.set,
                          h.scored.score,
                          h.scored.responses,
                          h.ledger,
                          h.buildings,
                          found != projectsOf.constEnd() ? *found : none});
        if (progress)
            progress(++done, static_cast<int>(filed.size()));
    }
    return report::buildNationalTables(checks);
}

Result<NationalExported> NationalExport::write(const QString& county,
                                               const Round& round,
                                               const QString& directory,
                                               const std::function<void(int, int)>& progress,
                                               const MoreFiles& more)
{
    NationalExported out;
    auto tables = build(county, round, &out.skipped, progress);
    if (!tables)
        return tables.error();
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    const QStringList names = fileNames();
    const QDir dir(directory);
    const std::vector<std::pair<QString, std::vector<io::Table>>> files {
        {names.at(0), {tables->survey}},
        {names.at(1), {tables->survey}},
        {names.at(2), tables->problems},
        {names.at(3), tables->remediation},
        {names.at(4), {tables->ledger}},
    };
    for (const auto& [name, sheets] : files) {
        const QString path = dir.filePath(name);
        if (auto written = io::TableExport::write(sheets, path); !written) {
            for (const QString& earlier : out.files) // all or nothing
                QFile::remove(earlier);
            return written.error();
        }
        out.files << path;
    }
    if (more) {
        auto added = more(*tables, directory);
        if (!added) {
            for (const QString& earlier : out.files)
                QFile::remove(earlier);
            return added.error();
        }
        out.files << *added;
    }
    QSet<QString> communities;
    for (const QVariantList& row : tables->survey.rows)
        communities.insert(row.at(3).toString());
    out.communities = static_cast<int>(communities.size());
    out.surveyRows = static_cast<int>(tables->survey.rows.size());
    for (const io::Table& t : tables->problems)
        out.problemRows += static_cast<int>(t.rows.size());
    out.ledgerRows = static_cast<int>(tables->ledger.rows.size());
    return out;
}

} // namespace cc
