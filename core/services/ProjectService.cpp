// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProjectService.h"

#include "core/planning/Priority.h"
#include "core/planning/ProjectGeneration.h"
#include "core/planning/ProjectMoney.h"
#include "core/planning/StatusName.h"
#include "core/services/AssessmentService.h"
#include "core/services/CommunityService.h"
#include "core/storage/ListsRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace cc {

using storage::ProjectRepository;

namespace {

// How years and funding are written in the audit trail: "2026=50;2027=70", "central=50;local=70".
QString yearAmountsText(const std::vector<YearShare>& years)
{
    QStringList parts;
    for (const YearShare& y : years)
        parts << QString::number(y.year) + u'=' + AuditLog::number(std::optional<double>(y.amount));
    return parts.join(u';');
}

QString fundingText(const std::vector<FundingShare>& funding)
{
    QStringList parts;
    for (const FundingShare& f : funding)
        parts << toString(f.source) + u'=' + AuditLog::number(std::optional<double>(f.amount));
    return parts.join(u';');
}

} // namespace

ProjectService::ProjectService(storage::Database& db,
                               AssessmentService& assessments,
                               CommunityService& communities,
                               const QString& userName)
    : m_db(db)
    , m_assessments(assessments)
    , m_communities(communities)
    , m_audit(db, userName)
{ }

void ProjectService::fillDerived(std::vector<Project>& projects)
{
    QHash<QString, int> support;
    for (const Demand& d : storage::ListsRepository(m_db.connection()).demands())
        support.insert(d.id.toString(), d.support);
    QHash<QString, double> bundleCost;
    QHash<QString, bool> bundleComplete;
    QHash<QString, std::vector<std::pair<CommunityId, QString>>> bundleTemplates;
    QHash<QString, QStringList> bundleAlternatives;
    for (Project& p : projects) {
        p.support = 0;
        for (const DemandId& d : p.demandIds)
            p.support += support.value(d.toString());
        if (p.bundleId) {
            const QString key = p.bundleId->toString();
            bundleCost[key] += p.cost.value_or(0);
            bundleComplete[key] = bundleComplete.value(key, true) && p.cost.has_value();
            if (!p.templateCode.isEmpty())
                bundleTemplates[key].emplace_back(p.communityId, p.templateCode);
            bundleAlternatives[key] += p.alternativeTemplates;
        }
    }
    for (Project& p : projects) {
        if (p.isBundle) {
            const QString key = p.id.toString();
            p.cost = bundleComplete.value(key, false) ? std::optional<double>(planning::roundWan(bundleCost.value(key)))
                                                      : std::nullopt;
            // A bundle answers for its members when a plan looks for alternatives.
            p.memberTemplates = bundleTemplates.value(key);
            p.alternativeTemplates = bundleAlternatives.value(key);
            p.alternativeTemplates.removeDuplicates();
        }
    }
}

Result<GenerationOutcome> ProjectService::generate(const AssessmentId& assessmentId,
                                                   const QString& language,
                                                   const std::map<QString, ProjectId>& idsByOrigin)
{
    auto scored = m_assessments.score(assessmentId);
    if (!scored)
        return scored.error();
    auto checks = m_assessments.list(scored->community.code);
    if (!checks)
        return checks.error();
    const Community& community = scored->community;
    return storage::inTransaction(m_db, [&]() -> Result<GenerationOutcome> {
        storage::ListsRepository lists(m_db.connection());
        ProjectRepository repository(m_db.connection());
        auto candidates = planning::candidatesFromScore(
            *scored->set,
            community,
            scored->score,
            [&](const QString& code) { return lists.price(code, community.county); },
            language);
        // Demands: to the candidate of an indicator they speak to, else a project of their own.
        for (const Demand& d : lists.demands(community.id)) {
            // A demand that already has a project of its own stays with it (its support counts once).
            if (repository.projectByOrigin(community.id, QStringLiteral("D:") + d.id.toString(), std::nullopt))
                continue;
            const QStringList codes = d.indicatorCodes + d.problemCodes;
            auto target = std::find_if(candidates.begin(), candidates.end(), [&](const Project& p) {
                return std::any_of(
                    p.problemCodes.begin(), p.problemCodes.end(), [&](const QString& c) { return codes.contains(c); });
            });
            if (target != candidates.end()) {
                target->demandIds.push_back(d.id);
                continue;
            }
            Project p;
            p.communityId = community.id;
            p.communityCode = community.code;
            p.originKey = QStringLiteral("D:") + d.id.toString();
            p.name = d.text.left(60);
            p.scope = d.place.isEmpty() ? d.text : d.text + QStringLiteral(" (") + d.place + u')';
            p.projectClass = QStringLiteral("完善");
            p.demandIds = {d.id};
            candidates.push_back(std::move(p));
        }
        GenerationOutcome outcome;
        int nextSequence = 0;
        for (const Project& p : repository.projects({community.id, {}, {}, {}, {}}))
            nextSequence = std::max(nextSequence, p.sequence);
        for (Project& c : candidates) {
            const std::optional<AssessmentId> owner =
                c.originKey.startsWith(u'D') ? std::nullopt : std::optional<AssessmentId>(assessmentId);
            c.assessmentId = owner;
            auto existing = repository.projectByOrigin(community.id, c.originKey, owner);
            if (!existing) {
                const auto again = idsByOrigin.find(c.originKey);
                c.id = again != idsByOrigin.end() ? again->second : ProjectId::create();
                c.sequence = ++nextSequence;
                repository.insertProject(c);
                m_audit.recordProject(c, QStringLiteral("generated"), {}, c.name, scored->assessment.round.toString());
                outcome.addedIds.push_back(c.id);
                outcome.addedByOrigin.emplace(c.originKey, c.id);
                ++outcome.added;
                continue;
            }
            outcome.changedBefore.push_back(*existing);
            Project p = *existing;
            // The origins always follow the assessment; what a person changed stays theirs.
            p.problemCodes = c.problemCodes;
            p.worstScore = c.worstScore;
            p.alternativeTemplates = c.alternativeTemplates;
            for (const DemandId& d : c.demandIds) {
                if (std::find(p.demandIds.begin(), p.demandIds.end(), d) == p.demandIds.end())
                    p.demandIds.push_back(d);
            }
            if (!p.edited) {
                p.timeBound = c.timeBound;
                p.quantity = c.quantity;
                p.unitCost = c.unitCost;
                p.cost = c.cost;
                p.responsibleUnit = c.responsibleUnit;
                p.cooperatingUnits = c.cooperatingUnits;
                p.deadline = c.deadline;
                if (p.implementer.isEmpty())
                    p.implementer = c.implementer;
            }
            repository.updateProject(p);
            ++outcome.updated;
        }
        // A check of an earlier round than another of the community is superseded: its candidates
        // are kept (with their origin) but obsolete from the start.
        const auto later = [](const Assessment& a, const Assessment& b) { // a is a later round than b
            return a.round.year > b.round.year || (a.round.year == b.round.year && a.createdAt > b.createdAt);
        };
        const bool superseded = std::any_of(
            checks->begin(), checks->end(), [&](const Assessment& a) { return later(a, scored->assessment); });
        const auto touched = [&](const ProjectId& id) {
            return std::any_of(outcome.changedBefore.begin(),
                               outcome.changedBefore.end(),
                               [&](const Project& b) { return b.id == id; })
                || std::find(outcome.addedIds.begin(), outcome.addedIds.end(), id) != outcome.addedIds.end();
        };
        if (superseded) {
            for (Project p : repository.projects({community.id, {}, assessmentId, {}, {}})) {
                if (p.status != ProjectStatus::Candidate)
                    continue;
                if (!touched(p.id))
                    outcome.changedBefore.push_back(p);
                p.status = ProjectStatus::Obsolete;
                repository.updateProject(p);
                m_audit.recordProject(p,
                                      QStringLiteral("status"),
                                      toString(ProjectStatus::Candidate),
                                      toString(ProjectStatus::Obsolete),
                                      tr("the community has a check of a later round"));
                ++outcome.obsoleted;
            }
        }
        // Candidates of the community's earlier assessments are superseded by this one.
        for (Project& old : repository.candidatesOfOtherAssessments(community.id, assessmentId)) {
            auto then = m_assessments.find(*old.assessmentId);
            if (!then || !later(scored->assessment, *then))
                continue;
            outcome.changedBefore.push_back(old);
            old.status = ProjectStatus::Obsolete;
            repository.updateProject(old);
            m_audit.recordProject(old,
                                  QStringLiteral("status"),
                                  toString(ProjectStatus::Candidate),
                                  toString(ProjectStatus::Obsolete),
                                  tr("superseded by the check of %1").arg(scored->assessment.round.toString()));
            ++outcome.obsoleted;
        }
        // What the caller shows, read before the commit: an error here leaves nothing stored.
        auto projects = list({community.code, {}, true});
        if (!projects)
            return projects.error();
        std::erase_if(*projects, [&](const Project& p) {
            return p.assessmentId ? !(*p.assessmentId == assessmentId) : !p.originKey.startsWith(u'D');
        });
        outcome.projects = std::move(projects).value();
        return outcome;
    });
}

Result<void> ProjectService::undoGeneration(const GenerationOutcome& outcome)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        ProjectRepository repository(m_db.connection());
        for (const ProjectId& id : outcome.addedIds) {
            const auto p = repository.project(id);
            if (!p)
                continue;
            if (const auto usage = repository.usage(id); usage.inPlan || usage.inBundle)
                return makeError(
                    ErrorCode::Conflict,
                    tr("\"%1\" is in an annual plan or a bundle now; the generation cannot be undone.").arg(p->name));
            repository.deleteProject(id);
            m_audit.recordProject(*p, QStringLiteral("generated"), p->name, {}, tr("undone"));
        }
        for (const Project& before : outcome.changedBefore) {
            if (auto updated = update(before, tr("undone"), true); !updated)
                return updated.error();
        }
        return {};
    });
}

Result<std::vector<Project>> ProjectService::list(const ProjectFilter& filter)
{
    auto community = m_communities.idForFilter(filter.communityCode);
    if (!community)
        return community.error();
    return storage::reading([&] {
        auto projects = ProjectRepository(m_db.connection()).projects({*community, filter.county, {}, {}, {}});
        if (!filter.includeObsolete)
            std::erase_if(projects, [](const Project& p) { return p.status == ProjectStatus::Obsolete; });
        fillDerived(projects);
        return projects;
    });
}

Result<Project> ProjectService::load(const ProjectId& id)
{
    return storage::reading([&]() -> Result<Project> {
        ProjectRepository repository(m_db.connection());
        auto found = repository.projects({{}, {}, {}, {}, id});
        if (found.empty())
            return makeError(ErrorCode::NotFound, tr("No project has the ID %1.").arg(id.toString()));
        if (found.front().isBundle) { // its cost is its sub-items'
            auto items = repository.itemsOf(id);
            found.insert(found.end(), items.begin(), items.end());
        }
        fillDerived(found);
        return std::move(found.front());
    });
}

Result<Project> ProjectService::resolve(const QString& idOrPrefix)
{
    const QString text = idOrPrefix.trimmed().toLower();
    const ProjectId exact = ProjectId::fromString(text);
    if (!exact.isNull())
        return load(exact);
    if (text.size() < 8)
        return makeError(
            ErrorCode::NotFound,
            tr("\"%1\" is not a project ID (give the full ID or at least its first 8 characters).").arg(idOrPrefix));
    auto all = list();
    if (!all)
        return all.error();
    std::vector<Project> matches;
    for (const Project& p : *all) {
        if (p.id.toString().startsWith(text))
            matches.push_back(p);
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        return makeError(ErrorCode::NotFound, tr("No project has an ID beginning with %1.").arg(idOrPrefix));
    return makeError(ErrorCode::InvalidInput,
                     tr("Several projects have IDs beginning with %1; give more characters.").arg(idOrPrefix));
}

Result<Project> ProjectService::update(const Project& e, const QString& reason, bool restore)
{
    auto current = load(e.id);
    if (!current)
        return current.error();
    Project p = *current;
    if (!restore) {
        if (e.status != p.status && e.status == ProjectStatus::Obsolete)
            return makeError(ErrorCode::InvalidInput,
                             tr("Only a newer check makes a project obsolete; reject it instead (with a reason)."));
        if (e.status == ProjectStatus::Scheduled && !e.plannedYear)
            return makeError(ErrorCode::InvalidInput, tr("A scheduled project needs its planned year."));
        if (e.status != p.status && p.bundleId)
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is part of a bundle: change the bundle's status instead.").arg(p.name));
    }
    if (e.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A project needs a name."));
    if ((e.quantity && *e.quantity < 0) || (e.unitCost && *e.unitCost < 0) || (e.cost && *e.cost < 0))
        return makeError(ErrorCode::InvalidInput, tr("Quantities and costs cannot be negative."));
    static const QStringList classes {
        QStringLiteral("基础"), QStringLiteral("完善"), QStringLiteral("提升"), QStringLiteral("管理"), QString()};
    if (!classes.contains(e.projectClass))
        return makeError(ErrorCode::InvalidInput,
                         tr("The class \"%1\" is not one of 基础, 完善, 提升, 管理.").arg(e.projectClass));
    std::vector<std::tuple<QString, QString, QString>> changes;
    const auto change = [&](const char* field, const QString& before, const QString& after) {
        if (before != after)
            changes.emplace_back(QString::fromLatin1(field), before, after);
    };
    change("name", p.name, e.name.trimmed());
    change("scope", p.scope, e.scope);
    change("quantity", AuditLog::number(p.quantity), AuditLog::number(e.quantity));
    change("unit", p.unit, e.unit);
    change("unit_cost", AuditLog::number(p.unitCost), AuditLog::number(e.unitCost));
    // The cost follows quantity × unit cost unless it was given on its own.
    std::optional<double> cost = e.cost;
    if (cost == p.cost && (e.quantity != p.quantity || e.unitCost != p.unitCost) && e.quantity && e.unitCost)
        cost = *e.quantity * *e.unitCost;
    if (cost)
        cost = planning::roundWan(*cost);
    change("cost", AuditLog::number(p.cost), AuditLog::number(cost));
    change("responsible_unit", p.responsibleUnit, e.responsibleUnit);
    change("cooperating_units", p.cooperatingUnits.join(u';'), e.cooperatingUnits.join(u';'));
    change("implementer", p.implementer, e.implementer);
    change("location", p.location, e.location);
    change("class", p.projectClass, e.projectClass);
    change("time_bound",
           p.timeBound ? QStringLiteral("1") : QStringLiteral("0"),
           e.timeBound ? QStringLiteral("1") : QStringLiteral("0"));
    change("deadline", p.deadline.toString(Qt::ISODate), e.deadline.toString(Qt::ISODate));
    change("planned_year", AuditLog::number(p.plannedYear), AuditLog::number(e.plannedYear));
    change("start_year", AuditLog::number(p.startYear), AuditLog::number(e.startYear));
    change("end_year", AuditLog::number(p.endYear), AuditLog::number(e.endYear));
    change("year_amounts", yearAmountsText(p.yearAmounts), yearAmountsText(e.yearAmounts));
    change("funding", fundingText(p.funding), fundingText(e.funding));
    change("sequence", QString::number(p.sequence), QString::number(e.sequence));
    QStringList before, after;
    for (const auto& r : p.resourceIds)
        before << r.toString();
    for (const auto& r : e.resourceIds)
        after << r.toString();
    change("resources", before.join(u';'), after.join(u';'));
    if (restore) {
        // What generation keeps up to date (the origins) comes back as it was too.
        change("problem_codes", p.problemCodes.join(u';'), e.problemCodes.join(u';'));
        change("worst_score", AuditLog::number(p.worstScore), AuditLog::number(e.worstScore));
        QStringList demandsBefore, demandsAfter;
        for (const auto& d : p.demandIds)
            demandsBefore << d.toString();
        for (const auto& d : e.demandIds)
            demandsAfter << d.toString();
        change("demands", demandsBefore.join(u';'), demandsAfter.join(u';'));
        change("alternative_templates", p.alternativeTemplates.join(u';'), e.alternativeTemplates.join(u';'));
        p.problemCodes = e.problemCodes;
        p.worstScore = e.worstScore;
        p.demandIds = e.demandIds;
        p.alternativeTemplates = e.alternativeTemplates;
    }
    const bool statusChanges = e.status != p.status;
    if (changes.empty() && !statusChanges && (!restore || e.edited == p.edited))
        return p;
    {
        // Years and funding must agree with the cost the project will have.
        Project next = e;
        next.cost = cost;
        if (const QString problem = planning::ProjectMoney::problem(next); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("%1: %2").arg(p.name, problem));
    }
    p.name = e.name.trimmed();
    p.scope = e.scope;
    p.quantity = e.quantity;
    p.unit = e.unit;
    p.unitCost = e.unitCost;
    p.cost = cost;
    p.responsibleUnit = e.responsibleUnit;
    p.cooperatingUnits = e.cooperatingUnits;
    p.implementer = e.implementer;
    p.location = e.location;
    p.projectClass = e.projectClass;
    p.timeBound = e.timeBound;
    p.deadline = e.deadline;
    p.plannedYear = e.plannedYear;
    p.startYear = e.startYear;
    p.endYear = e.endYear;
    p.yearAmounts = e.yearAmounts;
    p.funding = e.funding;
    p.sequence = e.sequence;
    p.resourceIds = e.resourceIds;
    // A person's edit keeps its values through later generation; an undo puts the flag back as it was.
    p.edited = restore ? e.edited : (p.edited || !changes.empty());
    const ProjectStatus statusBefore = p.status;
    if (statusChanges) {
        p.status = e.status;
        if (e.status == ProjectStatus::Accepted || e.status == ProjectStatus::Rejected || restore)
            p.decisionReason = restore ? e.decisionReason : reason;
    }
    return storage::inTransaction(m_db, [&]() -> Result<Project> {
        ProjectRepository repository(m_db.connection());
        repository.updateProject(p);
        for (const auto& [field, oldValue, newValue] : changes)
            m_audit.recordProject(p, field, oldValue, newValue, reason);
        if (statusChanges) {
            m_audit.recordProject(p, QStringLiteral("status"), toString(statusBefore), toString(p.status), reason);
            for (Project item : p.isBundle ? repository.itemsOf(p.id) : std::vector<Project>()) {
                const ProjectStatus was = item.status; // a bundle carries its sub-items along
                item.status = p.status;
                item.plannedYear = p.plannedYear;
                repository.updateProject(item);
                m_audit.recordProject(item, QStringLiteral("status"), toString(was), toString(item.status), reason);
            }
        }
        return load(p.id); // read before the commit: an error here leaves nothing stored
    });
}

Result<Project> ProjectService::setStatus(const ProjectId& id, ProjectStatus status, const QString& reason)
{
    auto current = load(id);
    if (!current)
        return current.error();
    Project p = *current;
    if (p.status == status)
        return p;
    const ProjectStatus before = p.status;
    p.status = status;
    if (status == ProjectStatus::Accepted || status == ProjectStatus::Rejected)
        p.decisionReason = reason;
    return storage::inTransaction(m_db, [&]() -> Result<Project> {
        ProjectRepository repository(m_db.connection());
        repository.updateProject(p);
        m_audit.recordProject(p, QStringLiteral("status"), toString(before), toString(status), reason);
        for (Project item : p.isBundle ? repository.itemsOf(p.id) : std::vector<Project>()) {
            const ProjectStatus was = item.status; // a bundle carries its sub-items along
            item.status = status;
            repository.updateProject(item);
            m_audit.recordProject(item, QStringLiteral("status"), toString(was), toString(status), reason);
        }
        return load(id); // read before the commit: an error here leaves nothing stored
    });
}

Result<std::vector<Project>>
ProjectService::decideAll(const std::vector<ProjectId>& ids, bool accept, const QString& reason)
{
    // All or none: one transaction, the decisions inside as savepoints.
    return storage::inTransaction(m_db, [&]() -> Result<std::vector<Project>> {
        std::vector<Project> decided;
        for (const ProjectId& id : ids) {
            auto d = decide(id, accept, reason);
            if (!d)
                return d.error();
            decided.push_back(*d);
        }
        return decided;
    });
}

Result<Project> ProjectService::decide(const ProjectId& id, bool accept, const QString& reason)
{
    auto current = load(id);
    if (!current)
        return current.error();
    if (current->status != ProjectStatus::Candidate && current->status != ProjectStatus::Accepted
        && current->status != ProjectStatus::Rejected)
        return makeError(ErrorCode::Locked,
                         tr("The project \"%1\" is %2; only candidates are accepted or rejected.")
                             .arg(current->name, planning::statusName(current->status)));
    if (!accept && reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the project is rejected."));
    return setStatus(id, accept ? ProjectStatus::Accepted : ProjectStatus::Rejected, reason.trimmed());
}

Result<Project>
ProjectService::bundle(const QString& name, const std::vector<ProjectId>& items, const std::optional<ProjectId>& id)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A bundle needs a name."));
    if (items.size() < 2)
        return makeError(ErrorCode::InvalidInput, tr("A bundle gathers at least two projects."));
    std::vector<Project> members;
    for (const ProjectId& item : items) {
        auto p = load(item);
        if (!p)
            return p.error();
        if (p->isBundle || p->bundleId)
            return makeError(ErrorCode::Conflict, tr("\"%1\" is already part of a bundle.").arg(p->name));
        const bool open = p->status == ProjectStatus::Candidate || p->status == ProjectStatus::Accepted
            || p->status == ProjectStatus::InLibrary;
        if (!open)
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is %2: only candidates, accepted projects and projects in the library are "
                                "bundled.")
                                 .arg(p->name, planning::statusName(p->status)));
        if (!members.empty() && p->status != members.front().status)
            return makeError(ErrorCode::InvalidInput,
                             tr("The projects of a bundle share one status: \"%1\" is %2, \"%3\" is %4.")
                                 .arg(members.front().name,
                                      planning::statusName(members.front().status),
                                      p->name,
                                      planning::statusName(p->status)));
        if (!members.empty() && p->county != members.front().county)
            return makeError(ErrorCode::InvalidInput,
                             tr("A bundle stays within one county: \"%1\" is in %2, \"%3\" in %4.")
                                 .arg(members.front().name, members.front().county, p->name, p->county));
        members.push_back(*p);
    }
    Project b;
    b.id = id.value_or(ProjectId::create());
    b.communityId = members.front().communityId;
    b.communityCode = members.front().communityCode;
    b.originKey = QStringLiteral("B:") + b.id.toString();
    b.name = name.trimmed();
    b.isBundle = true;
    b.edited = true;
    b.status = members.front().status;
    b.projectClass = members.front().projectClass;
    b.responsibleUnit = members.front().responsibleUnit;
    QStringList implementers;
    for (const Project& m : members) {
        b.timeBound = b.timeBound || m.timeBound;
        // The earliest deadline of its 限时解决 members; every unit they name; who carries them out.
        if (m.timeBound && m.deadline.isValid() && (!b.deadline.isValid() || m.deadline < b.deadline))
            b.deadline = m.deadline;
        for (const QString& unit : m.units()) {
            if (unit != b.responsibleUnit && !b.cooperatingUnits.contains(unit))
                b.cooperatingUnits << unit;
        }
        if (!m.implementer.isEmpty() && !implementers.contains(m.implementer))
            implementers << m.implementer;
        if (m.worstScore)
            b.worstScore = std::min(b.worstScore.value_or(100.0), *m.worstScore);
        b.problemCodes += m.problemCodes;
        for (const DemandId& d : m.demandIds)
            b.demandIds.push_back(d);
        for (const ResourceId& r : m.resourceIds)
            b.resourceIds.push_back(r);
        b.sequence = std::min(b.sequence == 0 ? m.sequence : b.sequence, m.sequence);
    }
    b.problemCodes.removeDuplicates();
    b.implementer = implementers.join(QStringLiteral("、"));
    return storage::inTransaction(m_db, [&]() -> Result<Project> {
        ProjectRepository repository(m_db.connection());
        repository.insertProject(b);
        m_audit.recordProject(b, QStringLiteral("bundle"), {}, b.name, {});
        for (Project m : members) {
            m.bundleId = b.id;
            repository.updateProject(m);
            m_audit.recordProject(m, QStringLiteral("bundle"), {}, b.id.toString(), b.name);
        }
        return load(b.id); // read before the commit: an error here leaves nothing stored
    });
}

Result<void> ProjectService::unbundle(const ProjectId& bundleId)
{
    auto b = load(bundleId);
    if (!b)
        return b.error();
    if (!b->isBundle)
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a bundle.").arg(b->name));
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        ProjectRepository repository(m_db.connection());
        if (repository.usage(bundleId).inPlan)
            return makeError(
                ErrorCode::Conflict,
                tr("The bundle \"%1\" is in an annual plan; rebuild the plan without it first.").arg(b->name));
        for (Project item : repository.itemsOf(bundleId)) {
            item.bundleId.reset();
            repository.updateProject(item);
            m_audit.recordProject(item, QStringLiteral("bundle"), bundleId.toString(), {}, b->name);
        }
        repository.deleteProject(bundleId);
        m_audit.recordProject(*b, QStringLiteral("bundle"), b->name, {}, tr("unbundled"));
        return {};
    });
}

Result<std::vector<AuditEntry>> ProjectService::history(const ProjectId& id)
{
    return m_audit.trail(id.toString());
}

} // namespace cc
