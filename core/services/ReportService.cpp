// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ReportService.h"

#include "core/services/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace cc {

ReportService::ReportService(Workspace& workspace)
    : m_ws(workspace)
{ }

namespace {

report::ScoredCheck view(const ScoredAssessment& s)
{
    return {
        s.assessment, s.community, *s.set, s.responses, s.score, AssessmentService::statusName(s.assessment.status)};
}

} // namespace

Result<report::ReportModel> ReportService::build(const AssessmentId& id, const QString& language, const QDate& date)
{
    auto settings = m_ws.reportSettings(language);
    if (!settings)
        return settings.error();
    if (!settings->logoPath.isEmpty()) {
        const QFileInfo logo(settings->logoPath);
        if (!logo.isFile() || !logo.isReadable()) {
            return makeError(ErrorCode::Io,
                             tr("The report logo %1 cannot be read; choose another one in the report settings or "
                                "remove it.")
                                 .arg(QDir::toNativeSeparators(settings->logoPath)));
        }
    }
    auto current = m_ws.assessments().score(id);
    if (!current)
        return current.error();

    // The earlier round: the stored link, else the community's check with the highest lower year.
    std::optional<AssessmentId> earlierId = current->assessment.previous;
    if (!earlierId) {
        auto all = m_ws.assessments().list(current->community.code);
        if (!all)
            return all.error();
        int best = 0;
        for (const Assessment& a : *all) {
            if (a.round.year < current->assessment.round.year && a.round.year > best) {
                best = a.round.year;
                earlierId = a.id;
            }
        }
    }
    std::optional<ScoredAssessment> earlier;
    if (earlierId) {
        auto scored = m_ws.assessments().score(*earlierId);
        if (!scored)
            return scored.error();
        earlier = std::move(scored).value();
    }
    auto photos = m_ws.photos().list(id);
    if (!photos)
        return photos.error();
    const auto currentView = view(*current);
    std::optional<report::ScoredCheck> earlierView;
    if (earlier)
        earlierView.emplace(view(*earlier));
    report::ReportModel model = report::ReportBuilder::build(
        currentView, earlierView ? &*earlierView : nullptr, *photos, *settings, language, date);
    auto remediation = m_ws.assessments().remediation(id, date);
    if (!remediation)
        return remediation.error();
    model.remediation = std::move(remediation).value();
    return model;
}

Result<QByteArray> ReportService::photo(const report::PhotoItem& item)
{
    auto found = m_ws.photos().find(item.id);
    if (!found)
        return found.error();
    return m_ws.photos().image(*found);
}

Result<std::vector<Assessment>> ReportService::forRound(const Round& round, const QString& county)
{
    auto all = m_ws.assessments().list();
    if (!all)
        return all.error();
    // The county of each community, looked up by ID: a province has thousands of both.
    QHash<QString, QString> countyOf;
    if (!county.isEmpty()) {
        auto communities = m_ws.communities().list();
        if (!communities)
            return communities.error();
        for (const Community& c : *communities)
            countyOf.insert(c.id.toString(), c.county.trimmed());
    }
    std::vector<Assessment> picked;
    for (const Assessment& a : *all) {
        if (a.round.year != round.year || (!round.label.isEmpty() && a.round.label != round.label))
            continue;
        if (!county.isEmpty() && countyOf.value(a.communityId.toString()) != county.trimmed())
            continue;
        picked.push_back(a);
    }
    std::stable_sort(picked.begin(), picked.end(), [](const Assessment& x, const Assessment& y) {
        return std::tie(x.communityCode, x.round.label) < std::tie(y.communityCode, y.round.label);
    });
    return picked;
}

QString ReportService::fileName(const Assessment& a)
{
    return report::ReportBuilder::fileStem(a) + QStringLiteral(".pdf");
}

} // namespace cc
