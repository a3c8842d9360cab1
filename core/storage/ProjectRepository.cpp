// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cc::storage {

namespace {

const QString kProjectColumns = QStringLiteral(
    "p.uuid, c.uuid, c.code, c.name, c.county, a.uuid, p.origin_key, p.template_code, p.problem_codes, p.name,"
    " p.scope, p.quantity, p.unit, p.unit_cost, p.cost, p.responsible_unit, p.class, p.time_bound, p.worst_score,"
    " p.status, p.decision_reason, b.uuid, p.is_bundle, p.planned_year, p.sequence, p.edited, p.created_at,"
    " p.updated_at, p.id, p.cooperating_units, p.implementer, p.location, p.deadline, p.start_year, p.end_year,"
    " p.alternative_templates");
const QString kProjectFrom = QStringLiteral(" FROM projects p JOIN communities c ON c.id = p.community_id"
                                            " LEFT JOIN assessments a ON a.id = p.assessment_id"
                                            " LEFT JOIN projects b ON b.id = p.bundle_id");

} // namespace

// ---- projects ----

namespace {

void bindProject(QSqlQuery& q, const Project& p)
{
    q.bindValue(QStringLiteral(":uuid"), p.id.toString());
    q.bindValue(QStringLiteral(":origin"), p.originKey);
    q.bindValue(QStringLiteral(":template"), notNull(p.templateCode));
    q.bindValue(QStringLiteral(":problems"), joinCodes(p.problemCodes));
    q.bindValue(QStringLiteral(":name"), notNull(p.name));
    q.bindValue(QStringLiteral(":scope"), notNull(p.scope));
    q.bindValue(QStringLiteral(":quantity"), nullable(p.quantity));
    q.bindValue(QStringLiteral(":unit"), notNull(p.unit));
    q.bindValue(QStringLiteral(":unitCost"), nullable(p.unitCost));
    q.bindValue(QStringLiteral(":cost"), nullable(p.cost));
    q.bindValue(QStringLiteral(":responsible"), notNull(p.responsibleUnit));
    q.bindValue(QStringLiteral(":class"), notNull(p.projectClass));
    q.bindValue(QStringLiteral(":timeBound"), p.timeBound ? 1 : 0);
    q.bindValue(QStringLiteral(":worst"), nullable(p.worstScore));
    q.bindValue(QStringLiteral(":status"), toString(p.status));
    q.bindValue(QStringLiteral(":reason"), notNull(p.decisionReason));
    q.bindValue(QStringLiteral(":isBundle"), p.isBundle ? 1 : 0);
    q.bindValue(QStringLiteral(":year"), nullable(p.plannedYear));
    q.bindValue(QStringLiteral(":sequence"), p.sequence);
    q.bindValue(QStringLiteral(":edited"), p.edited ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), now());
    q.bindValue(QStringLiteral(":cooperating"), joinCodes(p.cooperatingUnits));
    q.bindValue(QStringLiteral(":implementer"), notNull(p.implementer));
    q.bindValue(QStringLiteral(":location"), notNull(p.location));
    q.bindValue(QStringLiteral(":deadline"), notNull(p.deadline.toString(Qt::ISODate)));
    q.bindValue(QStringLiteral(":startYear"), nullable(p.startYear));
    q.bindValue(QStringLiteral(":endYear"), nullable(p.endYear));
    q.bindValue(QStringLiteral(":alternatives"), joinCodes(p.alternativeTemplates));
}

} // namespace

void ProjectRepository::insertProject(const Project& p)
{
    const QString op = QStringLiteral("saving a project");
    const qint64 community = rowIdOf(m_db, "communities", p.communityId.toString(), op);
    QVariant assessment, bundle;
    if (p.assessmentId)
        assessment = rowIdOf(m_db, "assessments", p.assessmentId->toString(), op);
    if (p.bundleId)
        bundle = rowIdOf(m_db, "projects", p.bundleId->toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO projects (uuid, community_id, assessment_id, origin_key, template_code,"
            " problem_codes, name, scope, quantity, unit, unit_cost, cost, responsible_unit, class,"
            " time_bound, worst_score, status, decision_reason, bundle_id, is_bundle, planned_year, sequence,"
            " edited, created_at, updated_at, cooperating_units, implementer, location, deadline, start_year,"
            " end_year, alternative_templates) VALUES (:uuid, :community, :assessment, :origin, :template,"
            " :problems, :name, :scope, :quantity, :unit, :unitCost, :cost, :responsible, :class, :timeBound,"
            " :worst, :status, :reason, :bundle, :isBundle, :year, :sequence, :edited, :at, :at, :cooperating,"
            " :implementer, :location, :deadline, :startYear, :endYear, :alternatives) RETURNING id"),
        op);
    bindProject(q, p);
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":assessment"), assessment);
    q.bindValue(QStringLiteral(":bundle"), bundle);
    execOrThrow(q, op);
    q.next();
    writeLinks(q.value(0).toLongLong(), p);
}

void ProjectRepository::updateProject(const Project& p)
{
    const QString op = QStringLiteral("saving a project");
    const qint64 row = rowIdOf(m_db, "projects", p.id.toString(), op);
    QVariant bundle;
    if (p.bundleId)
        bundle = rowIdOf(m_db, "projects", p.bundleId->toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("UPDATE projects SET origin_key = :origin, template_code = :template, problem_codes = :problems,"
                       " name = :name, scope = :scope, quantity = :quantity, unit = :unit, unit_cost = :unitCost,"
                       " cost = :cost, responsible_unit = :responsible, class = :class, time_bound = :timeBound,"
                       " worst_score = :worst, status = :status, decision_reason = :reason, bundle_id = :bundle,"
                       " is_bundle = :isBundle, planned_year = :year, sequence = :sequence, edited = :edited,"
                       " updated_at = :at, cooperating_units = :cooperating, implementer = :implementer,"
                       " location = :location, deadline = :deadline, start_year = :startYear, end_year = :endYear,"
                       " alternative_templates = :alternatives WHERE uuid = :uuid"),
        op);
    bindProject(q, p);
    q.bindValue(QStringLiteral(":bundle"), bundle);
    execOrThrow(q, op);
    writeLinks(row, p);
}

void ProjectRepository::deleteProject(const ProjectId& id)
{
    const QString op = QStringLiteral("removing a project");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM projects WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

void ProjectRepository::writeLinks(qint64 projectRow, const Project& p)
{
    const QString op = QStringLiteral("saving a project's links");
    for (const char* table : {"project_demands", "project_resources", "project_funding", "project_years"}) {
        QSqlQuery clear =
            prepareOrThrow(m_db, QStringLiteral("DELETE FROM %1 WHERE project_id = :p").arg(QLatin1String(table)), op);
        clear.bindValue(QStringLiteral(":p"), projectRow);
        execOrThrow(clear, op);
    }
    QSet<QString> seen;
    for (const DemandId& d : p.demandIds) {
        if (seen.contains(d.toString()))
            continue;
        seen.insert(d.toString());
        QSqlQuery q = prepareOrThrow(
            m_db, QStringLiteral("INSERT INTO project_demands (project_id, demand_id) VALUES (:p, :d)"), op);
        q.bindValue(QStringLiteral(":p"), projectRow);
        q.bindValue(QStringLiteral(":d"), rowIdOf(m_db, "demands", d.toString(), op));
        execOrThrow(q, op);
    }
    for (const ResourceId& r : p.resourceIds) {
        QSqlQuery q =
            prepareOrThrow(m_db,
                           QStringLiteral("INSERT INTO project_resources (project_id, resource_id) VALUES (:p, :r)"
                                          " ON CONFLICT DO NOTHING"),
                           op);
        q.bindValue(QStringLiteral(":p"), projectRow);
        q.bindValue(QStringLiteral(":r"), rowIdOf(m_db, "resources", r.toString(), op));
        execOrThrow(q, op);
    }
    for (const FundingShare& f : p.funding) {
        QSqlQuery q = prepareOrThrow(
            m_db, QStringLiteral("INSERT INTO project_funding (project_id, source, amount) VALUES (:p, :s, :a)"), op);
        q.bindValue(QStringLiteral(":p"), projectRow);
        q.bindValue(QStringLiteral(":s"), toString(f.source));
        q.bindValue(QStringLiteral(":a"), f.amount);
        execOrThrow(q, op);
    }
    for (const YearShare& y : p.yearAmounts) {
        QSqlQuery q = prepareOrThrow(
            m_db, QStringLiteral("INSERT INTO project_years (project_id, year, amount) VALUES (:p, :y, :a)"), op);
        q.bindValue(QStringLiteral(":p"), projectRow);
        q.bindValue(QStringLiteral(":y"), y.year);
        q.bindValue(QStringLiteral(":a"), y.amount);
        execOrThrow(q, op);
    }
}

namespace {

Project toProject(const QSqlQuery& q)
{
    Project p;
    p.id = ProjectId::fromString(q.value(0).toString());
    p.communityId = CommunityId::fromString(q.value(1).toString());
    p.communityCode = q.value(2).toString();
    p.communityName = q.value(3).toString();
    p.county = q.value(4).toString();
    if (!q.value(5).isNull())
        p.assessmentId = AssessmentId::fromString(q.value(5).toString());
    p.originKey = q.value(6).toString();
    p.templateCode = q.value(7).toString();
    p.problemCodes = splitCodes(q.value(8));
    p.name = q.value(9).toString();
    p.scope = q.value(10).toString();
    p.quantity = optionalDouble(q.value(11));
    p.unit = q.value(12).toString();
    p.unitCost = optionalDouble(q.value(13));
    p.cost = optionalDouble(q.value(14));
    p.responsibleUnit = q.value(15).toString();
    p.projectClass = q.value(16).toString();
    p.timeBound = q.value(17).toInt() != 0;
    p.worstScore = optionalDouble(q.value(18));
    p.status = projectStatusFromString(q.value(19).toString()).value_or(ProjectStatus::Candidate);
    p.decisionReason = q.value(20).toString();
    if (!q.value(21).isNull())
        p.bundleId = ProjectId::fromString(q.value(21).toString());
    p.isBundle = q.value(22).toInt() != 0;
    p.plannedYear = optionalInt(q.value(23));
    p.sequence = q.value(24).toInt();
    p.edited = q.value(25).toInt() != 0;
    p.createdAt = toDateTime(q.value(26));
    p.updatedAt = toDateTime(q.value(27));
    p.cooperatingUnits = splitCodes(q.value(29));
    p.implementer = q.value(30).toString();
    p.location = q.value(31).toString();
    p.deadline = toDate(q.value(32));
    p.startYear = optionalInt(q.value(33));
    p.endYear = optionalInt(q.value(34));
    p.alternativeTemplates = splitCodes(q.value(35));
    return p;
}

} // namespace

std::vector<Project> ProjectRepository::projects(const Filter& f)
{
    const QString op = QStringLiteral("reading projects");
    QStringList where;
    if (f.community)
        where << QStringLiteral("c.uuid = :community");
    if (!f.county.isEmpty())
        where << QStringLiteral("c.county = :county");
    if (f.assessment)
        where << QStringLiteral("a.uuid = :assessment");
    if (f.bundle)
        where << QStringLiteral("b.uuid = :bundle");
    if (f.id)
        where << QStringLiteral("p.uuid = :id");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT ") + kProjectColumns + kProjectFrom
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY c.code, p.sequence, p.id"),
        op);
    if (f.community)
        q.bindValue(QStringLiteral(":community"), f.community->toString());
    if (!f.county.isEmpty())
        q.bindValue(QStringLiteral(":county"), f.county);
    if (f.assessment)
        q.bindValue(QStringLiteral(":assessment"), f.assessment->toString());
    if (f.bundle)
        q.bindValue(QStringLiteral(":bundle"), f.bundle->toString());
    if (f.id)
        q.bindValue(QStringLiteral(":id"), f.id->toString());
    execOrThrow(q, op);
    std::vector<Project> out;
    std::vector<qint64> rows;
    while (q.next()) {
        out.push_back(toProject(q));
        rows.push_back(q.value(28).toLongLong());
    }
    // The links, in two reads for the whole list.
    QHash<qint64, size_t> index;
    for (size_t i = 0; i < rows.size(); ++i)
        index.insert(rows[i], i);
    QSqlQuery demands = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT pd.project_id, d.uuid FROM project_demands pd JOIN demands d ON d.id = pd.demand_id"
                       " ORDER BY d.id"),
        op);
    execOrThrow(demands, op);
    while (demands.next()) {
        if (const auto it = index.constFind(demands.value(0).toLongLong()); it != index.constEnd())
            out[*it].demandIds.push_back(DemandId::fromString(demands.value(1).toString()));
    }
    QSqlQuery resources =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT pr.project_id, r.uuid FROM project_resources pr JOIN resources r"
                                      " ON r.id = pr.resource_id ORDER BY r.id"),
                       op);
    execOrThrow(resources, op);
    while (resources.next()) {
        if (const auto it = index.constFind(resources.value(0).toLongLong()); it != index.constEnd())
            out[*it].resourceIds.push_back(ResourceId::fromString(resources.value(1).toString()));
    }
    QSqlQuery funding = prepareOrThrow(
        m_db, QStringLiteral("SELECT project_id, source, amount FROM project_funding ORDER BY project_id"), op);
    execOrThrow(funding, op);
    while (funding.next()) {
        const auto it = index.constFind(funding.value(0).toLongLong());
        const auto source = fundingSourceFromString(funding.value(1).toString());
        if (it != index.constEnd() && source)
            out[*it].funding.push_back({*source, funding.value(2).toDouble()});
    }
    for (Project& p : out) { // in the order of the plan's table, whatever the stored order
        std::sort(p.funding.begin(), p.funding.end(), [](const FundingShare& a, const FundingShare& b) {
            return static_cast<int>(a.source) < static_cast<int>(b.source);
        });
    }
    QSqlQuery years = prepareOrThrow(
        m_db, QStringLiteral("SELECT project_id, year, amount FROM project_years ORDER BY project_id, year"), op);
    execOrThrow(years, op);
    while (years.next()) {
        if (const auto it = index.constFind(years.value(0).toLongLong()); it != index.constEnd())
            out[*it].yearAmounts.push_back({years.value(1).toInt(), years.value(2).toDouble()});
    }
    return out;
}

std::optional<Project> ProjectRepository::project(const ProjectId& id)
{
    auto found = projects({{}, {}, {}, {}, id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<Project> ProjectRepository::projectByOrigin(const CommunityId& community,
                                                          const QString& originKey,
                                                          const std::optional<AssessmentId>& assessment)
{
    for (Project& p : projects({community, {}, {}, {}, {}})) {
        if (p.originKey == originKey && p.assessmentId == assessment)
            return std::move(p);
    }
    return std::nullopt;
}

std::vector<Project> ProjectRepository::candidatesOfOtherAssessments(const CommunityId& community,
                                                                     const AssessmentId& current)
{
    std::vector<Project> out;
    for (Project& p : projects({community, {}, {}, {}, {}})) {
        if (p.status == ProjectStatus::Candidate && p.assessmentId && !(*p.assessmentId == current))
            out.push_back(std::move(p));
    }
    return out;
}

ProjectRepository::Usage ProjectRepository::usage(const ProjectId& id)
{
    const QString op = QStringLiteral("checking what refers to a project");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM plan_items i WHERE i.project_id = p.id), p.bundle_id IS NOT NULL"
                       " FROM projects p WHERE p.uuid = :uuid"),
        op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
    Usage usage;
    if (q.next()) {
        usage.inPlan = q.value(0).toInt() != 0;
        usage.inBundle = q.value(1).toInt() != 0;
    }
    return usage;
}

} // namespace cc::storage
