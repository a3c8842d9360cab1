// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProjectService.h"

#include "core/io/ResponsesCsv.h"
#include "core/planning/ProjectGeneration.h"
#include "core/services/AssessmentService.h"
#include "core/services/CommunityService.h"
#include "core/storage/Database.h"
#include "core/storage/PlanningRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlError.h"
#include "core/storage/TransactionGuard.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace cc {

using storage::PlanningRepository;
using storage::StorageError;

namespace {

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

QString number(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

ProjectService::ProjectService(storage::Database& db,
                               AssessmentService& assessments,
                               CommunityService& communities,
                               const QString& userName)
    : m_db(db)
    , m_assessments(assessments)
    , m_communities(communities)
    , m_user(userName)
{ }

void ProjectService::audit(
    const Project& p, const QString& field, const QString& oldValue, const QString& newValue, const QString& reason)
{
    record(QStringLiteral("project"), p.id.toString(), field, oldValue, newValue, reason);
}

void ProjectService::record(const QString& entity,
                            const QString& uuid,
                            const QString& field,
                            const QString& oldValue,
                            const QString& newValue,
                            const QString& reason)
{
    storage::SettingsRepository(m_db.connection())
        .appendAudit({QDateTime::currentDateTimeUtc(), m_user, entity, uuid, field, oldValue, newValue, reason});
}

QString ProjectService::statusName(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Candidate:
        return tr("candidate");
    case ProjectStatus::Accepted:
        return tr("accepted");
    case ProjectStatus::Rejected:
        return tr("rejected");
    case ProjectStatus::InLibrary:
        return tr("in library");
    case ProjectStatus::Scheduled:
        return tr("scheduled");
    case ProjectStatus::UnderWay:
        return tr("under way");
    case ProjectStatus::Done:
        return tr("done");
    case ProjectStatus::Obsolete:
        return tr("obsolete");
    }
    return {};
}

// ---- 需求清单 ----

Result<Demand> ProjectService::addDemand(Demand d, const QString& communityCode)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    d.text = d.text.trimmed();
    if (d.text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A demand needs its text."));
    if (d.support < 0)
        return makeError(ErrorCode::InvalidInput, tr("The support count cannot be negative (%1).").arg(d.support));
    d.id = DemandId::create();
    d.communityId = community->id;
    d.communityCode = community->code;
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository(m_db.connection()).insertDemand(d);
        record(QStringLiteral("demand"), d.id.toString(), QStringLiteral("added"), {}, d.text, {});
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        return d;
    } catch (const StorageError& e) {
        return e.error;
    }
}

namespace {

// A record still referred to: SQLite's foreign key refuses the delete.
Error stillUsed(const QString& what)
{
    return makeError(ErrorCode::Conflict, ProjectService::tr("%1 is linked to a project; unlink it first.").arg(what));
}

} // namespace

Result<void> ProjectService::removeDemand(const DemandId& id)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        const auto demand = repository.demand(id);
        if (!demand)
            return makeError(ErrorCode::NotFound, tr("No demand has the ID %1.").arg(id.toString()));
        try {
            repository.removeDemand(id);
        } catch (const StorageError&) {
            return stillUsed(tr("The demand \"%1\"").arg(demand->text));
        }
        record(QStringLiteral("demand"), id.toString(), QStringLiteral("removed"), demand->text, {}, {});
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::restoreDemand(const Demand& d)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository(m_db.connection()).insertDemand(d);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::removeResource(const ResourceId& id)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        QString name = id.toString();
        for (const Resource& r : repository.resources()) {
            if (r.id == id)
                name = r.name;
        }
        try {
            repository.removeResource(id);
        } catch (const StorageError&) {
            return stillUsed(tr("The resource \"%1\"").arg(name));
        }
        record(QStringLiteral("resource"), id.toString(), QStringLiteral("removed"), name, {}, {});
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::restoreResource(const Resource& r)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository(m_db.connection()).insertResource(r);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::optional<CommunityId>> ProjectService::communityFilter(const QString& communityCode)
{
    if (communityCode.isEmpty())
        return std::optional<CommunityId>();
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    return std::optional<CommunityId>(community->id);
}

Result<std::vector<Demand>> ProjectService::demands(const QString& communityCode)
{
    try {
        auto id = communityFilter(communityCode);
        if (!id)
            return id.error();
        return PlanningRepository(m_db.connection()).demands(*id);
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::vector<SurveyTally>>
ProjectService::importTallies(const QString& communityCode, const QByteArray& csv, const QString& sourceName)
{
    auto community = m_communities.byCode(communityCode);
    if (!community)
        return community.error();
    auto text = io::decodeCsvText(csv, sourceName);
    if (!text)
        return text.error();
    auto records = io::parseCsv(text->text, sourceName);
    if (!records)
        return records.error();
    if (records->empty())
        return makeError(ErrorCode::InvalidInput, tr("%1: the file has no rows.").arg(sourceName));
    QHash<QString, int> column;
    const auto& header = records->front();
    for (int i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields[i].trimmed().toLower(), i);
    for (const char* required : {"item", "mean", "respondents"}) {
        if (!column.contains(QLatin1String(required)))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1, line %2: the header must name the columns item, mean and respondents (found: %3).")
                                 .arg(sourceName)
                                 .arg(header.line)
                                 .arg(header.fields.join(QStringLiteral(", "))));
    }
    const auto field = [&](const io::CsvRecord& r, const char* name) {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    };
    static const QRegularExpression decimal(QStringLiteral(R"(^[+-]?(\d+(\.\d+)?|\.\d+)$)"));
    std::vector<SurveyTally> tallies;
    QStringList problems;
    for (size_t i = 1; i < records->size(); ++i) {
        const io::CsvRecord& r = (*records)[i];
        if (std::all_of(r.fields.begin(), r.fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        const QString where = tr("%1, line %2").arg(sourceName).arg(r.line);
        SurveyTally t;
        t.id = TallyId::create();
        t.communityId = community->id;
        t.item = field(r, "item");
        const QString mean = field(r, "mean");
        const QString respondents = field(r, "respondents");
        if (t.item.isEmpty())
            problems << tr("%1: the item is empty").arg(where);
        if (!decimal.match(mean).hasMatch())
            problems << tr("%1: the mean \"%2\" is not a number").arg(where, mean);
        bool ok = false;
        t.mean = mean.toDouble();
        t.respondents = respondents.toInt(&ok);
        if (!ok || t.respondents < 0)
            problems << tr("%1: respondents \"%2\" is not a whole number of people").arg(where, respondents);
        t.taskCode = field(r, "task");
        t.indicatorCodes = field(r, "indicator").split(u';', Qt::SkipEmptyParts);
        const QString date = field(r, "date");
        t.date = QDate::fromString(date, Qt::ISODate);
        if (!date.isEmpty() && !t.date.isValid())
            problems << tr("%1: the date \"%2\" is not YYYY-MM-DD").arg(where, date);
        tallies.push_back(std::move(t));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.front(), problems.mid(1).join(u'\n'));
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        for (const SurveyTally& t : tallies)
            repository.insertTally(t);
        record(QStringLiteral("survey_tallies"),
               community->id.toString(),
               QStringLiteral("imported"),
               {},
               QString::number(tallies.size()),
               sourceName);
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        return tallies;
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::removeTallies(const std::vector<SurveyTally>& tallies)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        for (const SurveyTally& t : tallies)
            repository.removeTally(t.id);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::restoreTallies(const std::vector<SurveyTally>& tallies)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        for (const SurveyTally& t : tallies)
            repository.insertTally(t);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::vector<SurveyTally>> ProjectService::tallies(const QString& communityCode)
{
    try {
        auto id = communityFilter(communityCode);
        if (!id)
            return id.error();
        return PlanningRepository(m_db.connection()).tallies(*id);
    } catch (const StorageError& e) {
        return e.error;
    }
}

// ---- 资源清单 and prices ----

Result<Resource> ProjectService::addResource(Resource r, const QString& communityCode)
{
    if (!communityCode.isEmpty()) {
        auto community = m_communities.byCode(communityCode);
        if (!community)
            return community.error();
        r.communityId = community->id;
        r.communityCode = community->code;
        if (r.county.isEmpty())
            r.county = community->county;
    } else if (r.county.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A resource belongs to a community or, county-wide, to a county."));
    }
    r.name = r.name.trimmed();
    if (r.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A resource needs a name."));
    if ((r.areaM2 && *r.areaM2 < 0) || (r.amountWan && *r.amountWan < 0))
        return makeError(ErrorCode::InvalidInput, tr("Areas and amounts cannot be negative."));
    r.id = ResourceId::create();
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository(m_db.connection()).insertResource(r);
        record(QStringLiteral("resource"), r.id.toString(), QStringLiteral("added"), {}, r.name, {});
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        return r;
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::vector<Resource>> ProjectService::resources(const QString& county)
{
    try {
        return PlanningRepository(m_db.connection()).resources(county);
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::setPrice(const PriceEntry& entry)
{
    if (entry.templateCode.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A price needs the project template's code."));
    if (!(entry.unitCost >= 0))
        return makeError(ErrorCode::InvalidInput, tr("A unit cost cannot be negative."));
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        const auto before = repository.price(entry.templateCode, entry.county);
        repository.setPrice(entry);
        record(QStringLiteral("price"),
               entry.templateCode + u'@' + entry.county,
               QStringLiteral("unit_cost"),
               before ? QString::number(*before, 'g', 12) : QString(),
               QString::number(entry.unitCost, 'g', 12),
               entry.note);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::vector<PriceEntry>> ProjectService::prices()
{
    try {
        return PlanningRepository(m_db.connection()).prices();
    } catch (const StorageError& e) {
        return e.error;
    }
}

// ---- 项目清单 ----

void ProjectService::fillDerived(std::vector<Project>& projects)
{
    // Support from the linked demands; a bundle's cost is the sum of its sub-items'.
    QHash<QString, int> support;
    for (const Demand& d : PlanningRepository(m_db.connection()).demands())
        support.insert(d.id.toString(), d.support);
    QHash<QString, double> bundleCost;
    QHash<QString, bool> bundleComplete;
    for (Project& p : projects) {
        p.support = 0;
        for (const DemandId& d : p.demandIds)
            p.support += support.value(d.toString());
        if (p.bundleId) {
            const QString key = p.bundleId->toString();
            bundleCost[key] += p.cost.value_or(0);
            bundleComplete[key] = bundleComplete.value(key, true) && p.cost.has_value();
        }
    }
    for (Project& p : projects) {
        if (p.isBundle) {
            const QString key = p.id.toString();
            p.cost = bundleComplete.value(key, false) ? std::optional<double>(planning::roundWan(bundleCost.value(key)))
                                                      : std::nullopt;
        }
    }
}

Result<GenerationOutcome> ProjectService::generate(const AssessmentId& assessmentId, const QString& language)
{
    auto scored = m_assessments.score(assessmentId);
    if (!scored)
        return scored.error();
    const Community& community = scored->community;
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        auto candidates = planning::candidatesFromScore(
            *scored->set,
            community,
            scored->score,
            [&](const QString& code) { return repository.price(code, community.county); },
            language);
        // Demands: to the candidate of an indicator they speak to, else a project of their own.
        for (const Demand& d : repository.demands(community.id)) {
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
        const auto stored = repository.projects({community.id, {}, {}, {}, {}});
        int nextSequence = 0;
        for (const Project& p : stored)
            nextSequence = std::max(nextSequence, p.sequence);
        for (Project& c : candidates) {
            const std::optional<AssessmentId> owner =
                c.originKey.startsWith(u'D') ? std::nullopt : std::optional<AssessmentId>(assessmentId);
            c.assessmentId = owner;
            auto existing = repository.projectByOrigin(community.id, c.originKey, owner);
            if (!existing) {
                c.id = ProjectId::create();
                c.sequence = ++nextSequence;
                repository.insertProject(c);
                audit(c, QStringLiteral("generated"), {}, c.name, scored->assessment.round.toString());
                outcome.addedIds.push_back(c.id);
                ++outcome.added;
                continue;
            }
            outcome.changedBefore.push_back(*existing);
            Project p = *existing;
            // The origins always follow the assessment; what a person changed stays theirs.
            p.problemCodes = c.problemCodes;
            p.worstScore = c.worstScore;
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
            }
            repository.updateProject(p);
            ++outcome.updated;
        }
        // A check of an earlier round than another of the community is superseded: its candidates
        // are kept (with their origin) but obsolete from the start.
        auto checks = m_assessments.list(community.code);
        if (!checks)
            return checks.error();
        const auto later = [](const Assessment& a, const Assessment& b) { // a is a later round than b
            return a.round.year > b.round.year || (a.round.year == b.round.year && a.createdAt > b.createdAt);
        };
        const bool superseded = std::any_of(
            checks->begin(), checks->end(), [&](const Assessment& a) { return later(a, scored->assessment); });
        if (superseded) {
            for (Project p : repository.projects({community.id, {}, assessmentId, {}, {}})) {
                if (p.status != ProjectStatus::Candidate)
                    continue;
                if (std::none_of(outcome.changedBefore.begin(),
                                 outcome.changedBefore.end(),
                                 [&](const Project& b) { return b.id == p.id; })
                    && std::none_of(outcome.addedIds.begin(), outcome.addedIds.end(), [&](const ProjectId& a) {
                           return a == p.id;
                       }))
                    outcome.changedBefore.push_back(p);
                p.status = ProjectStatus::Obsolete;
                repository.updateProject(p);
                audit(p,
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
            audit(old,
                  QStringLiteral("status"),
                  toString(ProjectStatus::Candidate),
                  toString(ProjectStatus::Obsolete),
                  tr("superseded by the check of %1").arg(scored->assessment.round.toString()));
            ++outcome.obsoleted;
        }
        if (auto committed = guard->commit(); !committed)
            return committed.error();
        auto projects = repository.projects({community.id, {}, {}, {}, {}});
        std::erase_if(projects, [&](const Project& p) {
            return p.assessmentId ? !(*p.assessmentId == assessmentId) : !p.originKey.startsWith(u'D');
        });
        fillDerived(projects);
        outcome.projects = std::move(projects);
        return outcome;
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::undoGeneration(const GenerationOutcome& outcome)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        for (const ProjectId& id : outcome.addedIds) {
            const auto p = repository.project(id);
            if (!p)
                continue;
            try {
                repository.deleteProject(id);
            } catch (const StorageError&) {
                return makeError(
                    ErrorCode::Conflict,
                    tr("\"%1\" is in an annual plan or a bundle now; the generation cannot be undone.").arg(p->name));
            }
            audit(*p, QStringLiteral("generated"), p->name, {}, tr("undone"));
        }
        for (const Project& before : outcome.changedBefore) {
            auto updated = update(before, tr("undone"), true);
            if (!updated)
                return updated.error();
        }
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::vector<Project>> ProjectService::list(const ProjectFilter& filter)
{
    try {
        PlanningRepository::ProjectFilter f;
        auto community = communityFilter(filter.communityCode);
        if (!community)
            return community.error();
        f.community = *community;
        f.county = filter.county;
        auto projects = PlanningRepository(m_db.connection()).projects(f);
        if (!filter.includeObsolete)
            std::erase_if(projects, [](const Project& p) { return p.status == ProjectStatus::Obsolete; });
        fillDerived(projects);
        return projects;
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<Project> ProjectService::load(const ProjectId& id)
{
    try {
        PlanningRepository repository(m_db.connection());
        auto found = repository.projects({{}, {}, {}, {}, id});
        if (found.empty())
            return makeError(ErrorCode::NotFound, tr("No project has the ID %1.").arg(id.toString()));
        if (found.front().isBundle) { // its cost is its sub-items'
            auto items = repository.projects({{}, {}, {}, id, {}});
            found.insert(found.end(), items.begin(), items.end());
        }
        fillDerived(found);
        return std::move(found.front());
    } catch (const StorageError& e) {
        return e.error;
    }
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
    change("quantity", number(p.quantity), number(e.quantity));
    change("unit", p.unit, e.unit);
    change("unit_cost", number(p.unitCost), number(e.unitCost));
    // The cost follows quantity × unit cost unless it was given on its own.
    std::optional<double> cost = e.cost;
    if (cost == p.cost && (e.quantity != p.quantity || e.unitCost != p.unitCost) && e.quantity && e.unitCost)
        cost = *e.quantity * *e.unitCost;
    if (cost)
        cost = planning::roundWan(*cost);
    change("cost", number(p.cost), number(cost));
    change("responsible_unit", p.responsibleUnit, e.responsibleUnit);
    change("class", p.projectClass, e.projectClass);
    change("time_bound",
           p.timeBound ? QStringLiteral("1") : QStringLiteral("0"),
           e.timeBound ? QStringLiteral("1") : QStringLiteral("0"));
    change("planned_year", number(p.plannedYear), number(e.plannedYear));
    change("sequence", QString::number(p.sequence), QString::number(e.sequence));
    QStringList before, after;
    for (const auto& r : p.resourceIds)
        before << r.toString();
    for (const auto& r : e.resourceIds)
        after << r.toString();
    change("resources", before.join(u';'), after.join(u';'));
    const bool statusChanges = e.status != p.status;
    if (changes.empty() && !statusChanges && (!restore || e.edited == p.edited))
        return p;
    p.name = e.name.trimmed();
    p.scope = e.scope;
    p.quantity = e.quantity;
    p.unit = e.unit;
    p.unitCost = e.unitCost;
    p.cost = cost;
    p.responsibleUnit = e.responsibleUnit;
    p.projectClass = e.projectClass;
    p.timeBound = e.timeBound;
    p.plannedYear = e.plannedYear;
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
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        repository.updateProject(p);
        for (const auto& [field, oldValue, newValue] : changes)
            audit(p, field, oldValue, newValue, reason);
        if (statusChanges) {
            audit(p, QStringLiteral("status"), toString(statusBefore), toString(p.status), reason);
            if (p.isBundle) { // a bundle carries its sub-items along
                for (Project item : repository.projects({{}, {}, {}, p.id, {}})) {
                    const ProjectStatus was = item.status;
                    item.status = p.status;
                    item.plannedYear = p.plannedYear;
                    repository.updateProject(item);
                    audit(item, QStringLiteral("status"), toString(was), toString(item.status), reason);
                }
            }
        }
        if (auto committed = guard->commit(); !committed)
            return committed.error();
    } catch (const StorageError& e) {
        return e.error;
    }
    return load(p.id);
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
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        repository.updateProject(p);
        audit(p, QStringLiteral("status"), toString(before), toString(status), reason);
        // A bundle carries its sub-items along.
        if (p.isBundle) {
            for (Project item : repository.projects({{}, {}, {}, p.id, {}})) {
                const ProjectStatus was = item.status;
                item.status = status;
                repository.updateProject(item);
                audit(item, QStringLiteral("status"), toString(was), toString(status), reason);
            }
        }
        if (auto committed = guard->commit(); !committed)
            return committed.error();
    } catch (const StorageError& e) {
        return e.error;
    }
    return load(id);
}

Result<std::vector<Project>>
ProjectService::decideAll(const std::vector<ProjectId>& ids, bool accept, const QString& reason)
{
    // All or none: one transaction, the decisions inside as savepoints.
    auto guard = storage::TransactionGuard::begin(m_db.connection());
    if (!guard)
        return guard.error();
    std::vector<Project> decided;
    for (const ProjectId& id : ids) {
        auto d = decide(id, accept, reason);
        if (!d)
            return d.error(); // the guard rolls everything back
        decided.push_back(*d);
    }
    if (auto committed = guard->commit(); !committed)
        return committed.error();
    return decided;
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
                             .arg(current->name, statusName(current->status)));
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
    for (const ProjectId& id : items) {
        auto p = load(id);
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
                                 .arg(p->name, statusName(p->status)));
        if (!members.empty() && p->status != members.front().status)
            return makeError(
                ErrorCode::InvalidInput,
                tr("The projects of a bundle share one status: \"%1\" is %2, \"%3\" is %4.")
                    .arg(members.front().name, statusName(members.front().status), p->name, statusName(p->status)));
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
    for (const Project& m : members) {
        b.timeBound = b.timeBound || m.timeBound;
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
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        repository.insertProject(b);
        audit(b, QStringLiteral("bundle"), {}, b.name, {});
        for (Project m : members) {
            m.bundleId = b.id;
            repository.updateProject(m);
            audit(m, QStringLiteral("bundle"), {}, b.id.toString(), b.name);
        }
        if (auto committed = guard->commit(); !committed)
            return committed.error();
    } catch (const StorageError& e) {
        return e.error;
    }
    return load(b.id);
}

Result<void> ProjectService::unbundle(const ProjectId& bundleId)
{
    auto b = load(bundleId);
    if (!b)
        return b.error();
    if (!b->isBundle)
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a bundle.").arg(b->name));
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        for (Project item : repository.projects({{}, {}, {}, bundleId, {}})) {
            item.bundleId.reset();
            repository.updateProject(item);
            audit(item, QStringLiteral("bundle"), bundleId.toString(), {}, b->name);
        }
        try {
            repository.deleteProject(bundleId);
        } catch (const StorageError&) {
            return makeError(
                ErrorCode::Conflict,
                tr("The bundle \"%1\" is in an annual plan; rebuild the plan without it first.").arg(b->name));
        }
        audit(*b, QStringLiteral("bundle"), b->name, {}, tr("unbundled"));
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<std::vector<storage::AuditEntry>> ProjectService::history(const ProjectId& id)
{
    try {
        return storage::SettingsRepository(m_db.connection()).auditTrail(id.toString());
    } catch (const StorageError& e) {
        return e.error;
    }
}

// ---- 年度实施计划 ----

Result<PlanView> ProjectService::buildPlan(const QString& county, int year, double budgetWan)
{
    if (county.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the county of the plan."));
    if (year < 2000 || year > 2200)
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a plan year.").arg(year));
    if (!(budgetWan >= 0) || budgetWan > 1e9)
        return makeError(ErrorCode::InvalidInput, tr("The budget must be between 0 and 1,000,000,000 万元."));
    auto communities = m_communities.list();
    if (!communities)
        return communities.error();
    if (std::none_of(communities->begin(), communities->end(), [&](const Community& c) {
            return c.county.trimmed() == county.trimmed();
        }))
        return makeError(ErrorCode::NotFound, tr("No community of the register is in the county \"%1\".").arg(county));
    auto all = list({{}, county.trimmed(), false});
    if (!all)
        return all.error();
    // Eligible: top-level projects accepted or in the library (or scheduled for this very year),
    // not planned for another year.
    std::vector<const Project*> eligible;
    for (const Project& p : *all) {
        if (p.bundleId)
            continue;
        const bool open = p.status == ProjectStatus::Accepted || p.status == ProjectStatus::InLibrary
            || (p.status == ProjectStatus::Scheduled && p.plannedYear == year);
        if (open && (!p.plannedYear || *p.plannedYear == year))
            eligible.push_back(&p);
    }
    const planning::FillResult filled = planning::BudgetFill::fill(eligible, budgetWan);

    PlanView view;
    auto existing = plan(county.trimmed(), year);
    if (!existing)
        return existing.error();
    Plan& plan = view.plan;
    if (*existing)
        plan = (*existing)->plan; // the five parts keep their text
    plan.id = PlanId::create();
    plan.county = county.trimmed();
    plan.year = year;
    plan.budget = budgetWan;
    plan.totalCost = filled.totalCost;
    plan.builtAt = QDateTime::currentDateTimeUtc();
    plan.lines.clear();
    for (const planning::FillItem& item : filled.items) {
        PlanLine line {
            item.project->id, item.selected, item.rank, item.project->cost, item.priority.total, item.reason};
        plan.lines.push_back(line);
        view.lines.push_back({*item.project, item.priority, line});
    }
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        repository.savePlan(plan);
        const QString reason = tr("annual plan %1 %2").arg(plan.county).arg(year);
        for (auto& line : view.lines) {
            Project p = line.project;
            const ProjectStatus target = line.line.selected ? ProjectStatus::Scheduled : ProjectStatus::InLibrary;
            const std::optional<int> plannedYear = line.line.selected ? std::optional<int>(year) : std::nullopt;
            if (p.status == target && p.plannedYear == plannedYear)
                continue;
            if (p.status != target)
                audit(p, QStringLiteral("status"), toString(p.status), toString(target), reason);
            if (p.plannedYear != plannedYear)
                audit(p, QStringLiteral("planned_year"), number(p.plannedYear), number(plannedYear), reason);
            p.status = target;
            p.plannedYear = plannedYear;
            repository.updateProject(p);
            if (p.isBundle) { // a bundle's sub-items follow it
                for (Project item : repository.projects({{}, {}, {}, p.id, {}})) {
                    if (item.status != target)
                        audit(item, QStringLiteral("status"), toString(item.status), toString(target), reason);
                    item.status = target;
                    item.plannedYear = plannedYear;
                    repository.updateProject(item);
                }
            }
            line.project = p;
        }
        if (auto committed = guard->commit(); !committed)
            return committed.error();
    } catch (const StorageError& e) {
        return e.error;
    }
    return view;
}

Result<std::optional<PlanView>> ProjectService::plan(const QString& county, int year)
{
    try {
        auto stored = PlanningRepository(m_db.connection()).plan(county.trimmed(), year);
        if (!stored)
            return std::optional<PlanView>();
        auto all = list({{}, {}, true});
        if (!all)
            return all.error();
        PlanView view;
        view.plan = *stored;
        for (const PlanLine& line : stored->lines) {
            const auto it =
                std::find_if(all->begin(), all->end(), [&](const Project& p) { return p.id == line.projectId; });
            if (it != all->end())
                view.lines.push_back({*it, planning::priorityOf(*it), line});
        }
        return std::optional<PlanView>(std::move(view));
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::restorePlan(const QString& county,
                                         int year,
                                         const std::optional<Plan>& plan,
                                         const std::vector<Project>& projects,
                                         const std::vector<Project>& built)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        const QString reason = tr("annual plan %1 %2 undone").arg(county).arg(year);
        for (const Project& was : projects) {
            auto now = repository.project(was.id);
            if (!now)
                continue;
            Project p = *now;
            if (p.status == was.status && p.plannedYear == was.plannedYear)
                continue;
            // Only what the build did: a project changed since (accepted, rejected …) keeps that change.
            const auto result =
                std::find_if(built.begin(), built.end(), [&](const Project& b) { return b.id == was.id; });
            if (result == built.end() || result->status != p.status || result->plannedYear != p.plannedYear)
                continue;
            audit(p, QStringLiteral("status"), toString(p.status), toString(was.status), reason);
            if (p.plannedYear != was.plannedYear)
                audit(p, QStringLiteral("planned_year"), number(p.plannedYear), number(was.plannedYear), reason);
            p.status = was.status;
            p.plannedYear = was.plannedYear;
            repository.updateProject(p);
            if (p.isBundle) {
                for (Project item : repository.projects({{}, {}, {}, p.id, {}})) {
                    item.status = was.status;
                    item.plannedYear = was.plannedYear;
                    repository.updateProject(item);
                }
            }
        }
        if (plan)
            repository.savePlan(*plan);
        else
            repository.deletePlan(county.trimmed(), year);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

Result<void> ProjectService::setPlanTexts(const QString& county, int year, const Plan& texts)
{
    try {
        auto guard = storage::TransactionGuard::begin(m_db.connection());
        if (!guard)
            return guard.error();
        PlanningRepository repository(m_db.connection());
        auto stored = repository.plan(county.trimmed(), year);
        if (!stored)
            return makeError(ErrorCode::NotFound,
                             tr("%1 has no plan for %2 yet; build it first.").arg(county).arg(year));
        const std::pair<const char*, std::pair<QString, QString>> parts[] = {
            {"tasks", {stored->tasks, texts.tasks}},
            {"key_projects", {stored->keyProjects, texts.keyProjects}},
            {"requirements", {stored->requirements, texts.requirements}},
            {"schedule", {stored->schedule, texts.schedule}},
            {"safeguards", {stored->safeguards, texts.safeguards}}};
        for (const auto& [field, change] : parts) {
            if (change.first != change.second)
                record(QStringLiteral("plan"),
                       stored->id.toString(),
                       QString::fromLatin1(field),
                       change.first,
                       change.second,
                       {});
        }
        stored->tasks = texts.tasks;
        stored->keyProjects = texts.keyProjects;
        stored->requirements = texts.requirements;
        stored->schedule = texts.schedule;
        stored->safeguards = texts.safeguards;
        repository.savePlan(*stored);
        return guard->commit();
    } catch (const StorageError& e) {
        return e.error;
    }
}

} // namespace cc
