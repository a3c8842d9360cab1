// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlanningRepository.h"

#include "core/storage/SqlError.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString codes(const QStringList& list)
{
    return notNull(list.join(u';'));
}

QStringList codes(const QVariant& text)
{
    return text.toString().split(u';', Qt::SkipEmptyParts);
}

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QString kProjectColumns = QStringLiteral(
    "p.uuid, c.uuid, c.code, c.name, c.county, a.uuid, p.origin_key, p.template_code, p.problem_codes, p.name,"
    " p.scope, p.quantity, p.unit, p.unit_cost, p.cost, p.responsible_unit, p.class, p.time_bound, p.worst_score,"
    " p.status, p.decision_reason, b.uuid, p.is_bundle, p.planned_year, p.sequence, p.edited, p.created_at,"
    " p.updated_at, p.id");
const QString kProjectFrom = QStringLiteral(" FROM projects p JOIN communities c ON c.id = p.community_id"
                                            " LEFT JOIN assessments a ON a.id = p.assessment_id"
                                            " LEFT JOIN projects b ON b.id = p.bundle_id");

} // namespace

qint64 PlanningRepository::rowId(const char* table, const QString& uuid, const QString& operation)
{
    QSqlQuery q = prepareOrThrow(
        m_db, QStringLiteral("SELECT id FROM %1 WHERE uuid = :uuid").arg(QLatin1String(table)), operation);
    q.bindValue(QStringLiteral(":uuid"), uuid);
    execOrThrow(q, operation);
    if (!q.next())
        throw StorageError {
            makeError(ErrorCode::NotFound, QStringLiteral("%1: no %2 %3").arg(operation, QLatin1String(table), uuid))};
    return q.value(0).toLongLong();
}

// ---- demands and tallies ----

void PlanningRepository::insertDemand(const Demand& d)
{
    const QString op = QStringLiteral("saving a demand");
    const qint64 community = rowId("communities", d.communityId.toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO demands (uuid, community_id, text, task_code, place, source, demand_date, support,"
                       " indicator_codes, problem_codes, created_at, updated_at) VALUES (:uuid, :community, :text,"
                       " :task, :place, :source, :date, :support, :indicators, :problems, :at, :at)"),
        op);
    q.bindValue(QStringLiteral(":uuid"), d.id.toString());
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":text"), notNull(d.text));
    q.bindValue(QStringLiteral(":task"), notNull(d.taskCode));
    q.bindValue(QStringLiteral(":place"), notNull(d.place));
    q.bindValue(QStringLiteral(":source"), toString(d.source));
    q.bindValue(QStringLiteral(":date"), date(d.date));
    q.bindValue(QStringLiteral(":support"), d.support);
    q.bindValue(QStringLiteral(":indicators"), codes(d.indicatorCodes));
    q.bindValue(QStringLiteral(":problems"), codes(d.problemCodes));
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, op);
}

void PlanningRepository::removeDemand(const DemandId& id)
{
    const QString op = QStringLiteral("removing a demand");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM demands WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

void PlanningRepository::removeResource(const ResourceId& id)
{
    const QString op = QStringLiteral("removing a resource");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM resources WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

std::vector<Demand> PlanningRepository::demands(const std::optional<CommunityId>& community)
{
    const QString op = QStringLiteral("reading demands");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "SELECT d.uuid, c.uuid, c.code, d.text, d.task_code, d.place, d.source, d.demand_date, d.support,"
            " d.indicator_codes, d.problem_codes FROM demands d JOIN communities c ON c.id = d.community_id")
            + (community ? QStringLiteral(" WHERE c.uuid = :community") : QString())
            + QStringLiteral(" ORDER BY c.code, d.support DESC, d.id"),
        op);
    if (community)
        q.bindValue(QStringLiteral(":community"), community->toString());
    execOrThrow(q, op);
    std::vector<Demand> out;
    while (q.next()) {
        Demand d;
        d.id = DemandId::fromString(q.value(0).toString());
        d.communityId = CommunityId::fromString(q.value(1).toString());
        d.communityCode = q.value(2).toString();
        d.text = q.value(3).toString();
        d.taskCode = q.value(4).toString();
        d.place = q.value(5).toString();
        d.source = demandSourceFromString(q.value(6).toString()).value_or(DemandSource::Meeting);
        d.date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        d.support = q.value(8).toInt();
        d.indicatorCodes = codes(q.value(9));
        d.problemCodes = codes(q.value(10));
        out.push_back(std::move(d));
    }
    return out;
}

std::optional<Demand> PlanningRepository::demand(const DemandId& id)
{
    for (Demand& d : demands()) {
        if (d.id == id)
            return std::move(d);
    }
    return std::nullopt;
}

void PlanningRepository::insertTally(const SurveyTally& t)
{
    const QString op = QStringLiteral("saving a survey tally");
    const qint64 community = rowId("communities", t.communityId.toString(), op);
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("INSERT INTO survey_tallies (uuid, community_id, item, mean, respondents,"
                                      " task_code, indicator_codes, tally_date, created_at) VALUES (:uuid,"
                                      " :community, :item, :mean, :respondents, :task, :indicators, :date,"
                                      " :at)"),
                       op);
    q.bindValue(QStringLiteral(":uuid"), t.id.toString());
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":item"), notNull(t.item));
    q.bindValue(QStringLiteral(":mean"), t.mean);
    q.bindValue(QStringLiteral(":respondents"), t.respondents);
    q.bindValue(QStringLiteral(":task"), notNull(t.taskCode));
    q.bindValue(QStringLiteral(":indicators"), codes(t.indicatorCodes));
    q.bindValue(QStringLiteral(":date"), date(t.date));
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, op);
}

void PlanningRepository::removeTally(const TallyId& id)
{
    const QString op = QStringLiteral("removing a survey tally");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM survey_tallies WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

std::vector<SurveyTally> PlanningRepository::tallies(const std::optional<CommunityId>& community)
{
    const QString op = QStringLiteral("reading survey tallies");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT t.uuid, c.uuid, c.code, t.item, t.mean, t.respondents, t.task_code, t.indicator_codes,"
                       " t.tally_date FROM survey_tallies t JOIN communities c ON c.id = t.community_id")
            + (community ? QStringLiteral(" WHERE c.uuid = :community") : QString())
            + QStringLiteral(" ORDER BY c.code, t.id"),
        op);
    if (community)
        q.bindValue(QStringLiteral(":community"), community->toString());
    execOrThrow(q, op);
    std::vector<SurveyTally> out;
    while (q.next()) {
        SurveyTally t;
        t.id = TallyId::fromString(q.value(0).toString());
        t.communityId = CommunityId::fromString(q.value(1).toString());
        t.communityCode = q.value(2).toString();
        t.item = q.value(3).toString();
        t.mean = q.value(4).toDouble();
        t.respondents = q.value(5).toInt();
        t.taskCode = q.value(6).toString();
        t.indicatorCodes = codes(q.value(7));
        t.date = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        out.push_back(std::move(t));
    }
    return out;
}

// ---- resources ----

void PlanningRepository::insertResource(const Resource& r)
{
    const QString op = QStringLiteral("saving a resource");
    QVariant community;
    if (r.communityId)
        community = rowId("communities", r.communityId->toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO resources (uuid, community_id, county, kind, name, area_m2, place, owner, amount_wan,"
            " budget_year, note, created_at, updated_at) VALUES (:uuid, :community, :county, :kind, :name,"
            " :area, :place, :owner, :amount, :year, :note, :at, :at)"),
        op);
    q.bindValue(QStringLiteral(":uuid"), r.id.toString());
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":county"), notNull(r.county));
    q.bindValue(QStringLiteral(":kind"), toString(r.kind));
    q.bindValue(QStringLiteral(":name"), notNull(r.name));
    q.bindValue(QStringLiteral(":area"), optional(r.areaM2));
    q.bindValue(QStringLiteral(":place"), notNull(r.place));
    q.bindValue(QStringLiteral(":owner"), notNull(r.owner));
    q.bindValue(QStringLiteral(":amount"), optional(r.amountWan));
    q.bindValue(QStringLiteral(":year"), optional(r.year));
    q.bindValue(QStringLiteral(":note"), notNull(r.note));
    q.bindValue(QStringLiteral(":at"), now());
    execOrThrow(q, op);
}

std::vector<Resource> PlanningRepository::resources(const QString& county)
{
    const QString op = QStringLiteral("reading resources");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT r.uuid, c.uuid, c.code, COALESCE(NULLIF(r.county, ''), c.county, ''), r.kind, r.name,"
                       " r.area_m2, r.place, r.owner, r.amount_wan, r.budget_year, r.note FROM resources r"
                       " LEFT JOIN communities c ON c.id = r.community_id")
            + (county.isEmpty() ? QString()
                                : QStringLiteral(" WHERE COALESCE(NULLIF(r.county, ''), c.county, '') = :county"))
            + QStringLiteral(" ORDER BY 4, c.code, r.kind, r.id"),
        op);
    if (!county.isEmpty())
        q.bindValue(QStringLiteral(":county"), county);
    execOrThrow(q, op);
    std::vector<Resource> out;
    while (q.next()) {
        Resource r;
        r.id = ResourceId::fromString(q.value(0).toString());
        if (!q.value(1).isNull())
            r.communityId = CommunityId::fromString(q.value(1).toString());
        r.communityCode = q.value(2).toString();
        r.county = q.value(3).toString();
        r.kind = resourceKindFromString(q.value(4).toString()).value_or(ResourceKind::Room);
        r.name = q.value(5).toString();
        r.areaM2 = optionalDouble(q.value(6));
        r.place = q.value(7).toString();
        r.owner = q.value(8).toString();
        r.amountWan = optionalDouble(q.value(9));
        r.year = optionalInt(q.value(10));
        r.note = q.value(11).toString();
        out.push_back(std::move(r));
    }
    return out;
}

// ---- prices ----

void PlanningRepository::setPrice(const PriceEntry& e)
{
    const QString op = QStringLiteral("saving a price");
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("INSERT INTO price_table (template_code, county, unit_cost, note)"
                                                " VALUES (:code, :county, :cost, :note) ON CONFLICT (template_code,"
                                                " county) DO UPDATE SET unit_cost = excluded.unit_cost,"
                                                " note = excluded.note"),
                                 op);
    q.bindValue(QStringLiteral(":code"), e.templateCode);
    q.bindValue(QStringLiteral(":county"), notNull(e.county));
    q.bindValue(QStringLiteral(":cost"), e.unitCost);
    q.bindValue(QStringLiteral(":note"), notNull(e.note));
    execOrThrow(q, op);
}

void PlanningRepository::removePrice(const QString& templateCode, const QString& county)
{
    const QString op = QStringLiteral("removing a price");
    QSqlQuery q = prepareOrThrow(
        m_db, QStringLiteral("DELETE FROM price_table WHERE template_code = :code AND county = :county"), op);
    q.bindValue(QStringLiteral(":code"), templateCode);
    q.bindValue(QStringLiteral(":county"), notNull(county));
    execOrThrow(q, op);
}

std::vector<PriceEntry> PlanningRepository::prices()
{
    const QString op = QStringLiteral("reading prices");
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT template_code, county, unit_cost, note FROM price_table ORDER BY template_code, county"),
        op);
    execOrThrow(q, op);
    std::vector<PriceEntry> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString()});
    return out;
}

std::optional<double> PlanningRepository::price(const QString& templateCode, const QString& county)
{
    const QString op = QStringLiteral("reading a price");
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT unit_cost FROM price_table WHERE template_code = :code AND"
                                                " county IN (:county, '') ORDER BY county = '' LIMIT 1"),
                                 op);
    q.bindValue(QStringLiteral(":code"), templateCode);
    q.bindValue(QStringLiteral(":county"), notNull(county));
    execOrThrow(q, op);
    return q.next() ? std::optional<double>(q.value(0).toDouble()) : std::nullopt;
}

// ---- projects ----

namespace {

void bindProject(QSqlQuery& q, const Project& p)
{
    q.bindValue(QStringLiteral(":uuid"), p.id.toString());
    q.bindValue(QStringLiteral(":origin"), p.originKey);
    q.bindValue(QStringLiteral(":template"), notNull(p.templateCode));
    q.bindValue(QStringLiteral(":problems"), codes(p.problemCodes));
    q.bindValue(QStringLiteral(":name"), notNull(p.name));
    q.bindValue(QStringLiteral(":scope"), notNull(p.scope));
    q.bindValue(QStringLiteral(":quantity"), optional(p.quantity));
    q.bindValue(QStringLiteral(":unit"), notNull(p.unit));
    q.bindValue(QStringLiteral(":unitCost"), optional(p.unitCost));
    q.bindValue(QStringLiteral(":cost"), optional(p.cost));
    q.bindValue(QStringLiteral(":responsible"), notNull(p.responsibleUnit));
    q.bindValue(QStringLiteral(":class"), notNull(p.projectClass));
    q.bindValue(QStringLiteral(":timeBound"), p.timeBound ? 1 : 0);
    q.bindValue(QStringLiteral(":worst"), optional(p.worstScore));
    q.bindValue(QStringLiteral(":status"), toString(p.status));
    q.bindValue(QStringLiteral(":reason"), notNull(p.decisionReason));
    q.bindValue(QStringLiteral(":isBundle"), p.isBundle ? 1 : 0);
    q.bindValue(QStringLiteral(":year"), optional(p.plannedYear));
    q.bindValue(QStringLiteral(":sequence"), p.sequence);
    q.bindValue(QStringLiteral(":edited"), p.edited ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), now());
}

} // namespace

void PlanningRepository::insertProject(const Project& p)
{
    const QString op = QStringLiteral("saving a project");
    const qint64 community = rowId("communities", p.communityId.toString(), op);
    QVariant assessment, bundle;
    if (p.assessmentId)
        assessment = rowId("assessments", p.assessmentId->toString(), op);
    if (p.bundleId)
        bundle = rowId("projects", p.bundleId->toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO projects (uuid, community_id, assessment_id, origin_key, template_code,"
            " problem_codes, name, scope, quantity, unit, unit_cost, cost, responsible_unit, class,"
            " time_bound, worst_score, status, decision_reason, bundle_id, is_bundle, planned_year, sequence,"
            " edited, created_at, updated_at) VALUES (:uuid, :community, :assessment, :origin, :template,"
            " :problems, :name, :scope, :quantity, :unit, :unitCost, :cost, :responsible, :class, :timeBound,"
            " :worst, :status, :reason, :bundle, :isBundle, :year, :sequence, :edited, :at, :at)"),
        op);
    bindProject(q, p);
    q.bindValue(QStringLiteral(":community"), community);
    q.bindValue(QStringLiteral(":assessment"), assessment);
    q.bindValue(QStringLiteral(":bundle"), bundle);
    execOrThrow(q, op);
    writeProjectLinks(q.lastInsertId().toLongLong(), p);
}

void PlanningRepository::updateProject(const Project& p)
{
    const QString op = QStringLiteral("saving a project");
    const qint64 row = rowId("projects", p.id.toString(), op);
    QVariant bundle;
    if (p.bundleId)
        bundle = rowId("projects", p.bundleId->toString(), op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("UPDATE projects SET origin_key = :origin, template_code = :template, problem_codes = :problems,"
                       " name = :name, scope = :scope, quantity = :quantity, unit = :unit, unit_cost = :unitCost,"
                       " cost = :cost, responsible_unit = :responsible, class = :class, time_bound = :timeBound,"
                       " worst_score = :worst, status = :status, decision_reason = :reason, bundle_id = :bundle,"
                       " is_bundle = :isBundle, planned_year = :year, sequence = :sequence, edited = :edited,"
                       " updated_at = :at WHERE uuid = :uuid"),
        op);
    bindProject(q, p);
    q.bindValue(QStringLiteral(":bundle"), bundle);
    execOrThrow(q, op);
    writeProjectLinks(row, p);
}

void PlanningRepository::deleteProject(const ProjectId& id)
{
    const QString op = QStringLiteral("removing a project");
    QSqlQuery q = prepareOrThrow(m_db, QStringLiteral("DELETE FROM projects WHERE uuid = :uuid"), op);
    q.bindValue(QStringLiteral(":uuid"), id.toString());
    execOrThrow(q, op);
}

void PlanningRepository::writeProjectLinks(qint64 projectRow, const Project& p)
{
    const QString op = QStringLiteral("saving a project's links");
    for (const char* table : {"project_demands", "project_resources"}) {
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
        q.bindValue(QStringLiteral(":d"), rowId("demands", d.toString(), op));
        execOrThrow(q, op);
    }
    for (const ResourceId& r : p.resourceIds) {
        QSqlQuery q = prepareOrThrow(
            m_db,
            QStringLiteral("INSERT OR IGNORE INTO project_resources (project_id, resource_id) VALUES (:p, :r)"),
            op);
        q.bindValue(QStringLiteral(":p"), projectRow);
        q.bindValue(QStringLiteral(":r"), rowId("resources", r.toString(), op));
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
    p.problemCodes = codes(q.value(8));
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
    p.createdAt = QDateTime::fromString(q.value(26).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(27).toString(), Qt::ISODateWithMs);
    return p;
}

} // namespace

std::vector<Project> PlanningRepository::projects(const ProjectFilter& f)
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
    return out;
}

std::optional<Project> PlanningRepository::project(const ProjectId& id)
{
    auto found = projects({{}, {}, {}, {}, id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<Project> PlanningRepository::projectByOrigin(const CommunityId& community,
                                                           const QString& originKey,
                                                           const std::optional<AssessmentId>& assessment)
{
    for (Project& p : projects({community, {}, {}, {}, {}})) {
        if (p.originKey == originKey && p.assessmentId == assessment)
            return std::move(p);
    }
    return std::nullopt;
}

std::vector<Project> PlanningRepository::candidatesOfOtherAssessments(const CommunityId& community,
                                                                      const AssessmentId& current)
{
    std::vector<Project> out;
    for (Project& p : projects({community, {}, {}, {}, {}})) {
        if (p.status == ProjectStatus::Candidate && p.assessmentId && !(*p.assessmentId == current))
            out.push_back(std::move(p));
    }
    return out;
}

// ---- plans ----

void PlanningRepository::savePlan(const Plan& plan)
{
    const QString op = QStringLiteral("saving the plan");
    QSqlQuery drop =
        prepareOrThrow(m_db, QStringLiteral("DELETE FROM plans WHERE county = :county AND plan_year = :year"), op);
    drop.bindValue(QStringLiteral(":county"), plan.county);
    drop.bindValue(QStringLiteral(":year"), plan.year);
    execOrThrow(drop, op);
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO plans (uuid, county, plan_year, budget, total_cost, tasks, key_projects, requirements,"
            " schedule, safeguards, built_at, built_by) VALUES (:uuid, :county, :year, :budget, :total,"
            " :tasks, :key, :requirements, :schedule, :safeguards, :at, '')"),
        op);
    q.bindValue(QStringLiteral(":uuid"), plan.id.toString());
    q.bindValue(QStringLiteral(":county"), plan.county);
    q.bindValue(QStringLiteral(":year"), plan.year);
    q.bindValue(QStringLiteral(":budget"), plan.budget);
    q.bindValue(QStringLiteral(":total"), plan.totalCost);
    q.bindValue(QStringLiteral(":tasks"), notNull(plan.tasks));
    q.bindValue(QStringLiteral(":key"), notNull(plan.keyProjects));
    q.bindValue(QStringLiteral(":requirements"), notNull(plan.requirements));
    q.bindValue(QStringLiteral(":schedule"), notNull(plan.schedule));
    q.bindValue(QStringLiteral(":safeguards"), notNull(plan.safeguards));
    q.bindValue(QStringLiteral(":at"), plan.builtAt.toUTC().toString(Qt::ISODateWithMs));
    execOrThrow(q, op);
    const qint64 planRow = q.lastInsertId().toLongLong();
    for (const PlanLine& line : plan.lines) {
        QSqlQuery item = prepareOrThrow(
            m_db,
            QStringLiteral("INSERT INTO plan_items (plan_id, project_id, selected, rank, cost, priority, reason)"
                           " VALUES (:plan, :project, :selected, :rank, :cost, :priority, :reason)"),
            op);
        item.bindValue(QStringLiteral(":plan"), planRow);
        item.bindValue(QStringLiteral(":project"), rowId("projects", line.projectId.toString(), op));
        item.bindValue(QStringLiteral(":selected"), line.selected ? 1 : 0);
        item.bindValue(QStringLiteral(":rank"), line.rank);
        item.bindValue(QStringLiteral(":cost"), optional(line.cost));
        item.bindValue(QStringLiteral(":priority"), line.priority);
        item.bindValue(QStringLiteral(":reason"), notNull(line.reason));
        execOrThrow(item, op);
    }
}

void PlanningRepository::deletePlan(const QString& county, int year)
{
    const QString op = QStringLiteral("removing the plan");
    QSqlQuery q =
        prepareOrThrow(m_db, QStringLiteral("DELETE FROM plans WHERE county = :county AND plan_year = :year"), op);
    q.bindValue(QStringLiteral(":county"), county);
    q.bindValue(QStringLiteral(":year"), year);
    execOrThrow(q, op);
}

std::optional<Plan> PlanningRepository::plan(const QString& county, int year)
{
    const QString op = QStringLiteral("reading the plan");
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT id, uuid, budget, total_cost, tasks, key_projects, requirements,"
                                      " schedule, safeguards, built_at FROM plans WHERE county = :county AND"
                                      " plan_year = :year"),
                       op);
    q.bindValue(QStringLiteral(":county"), county);
    q.bindValue(QStringLiteral(":year"), year);
    execOrThrow(q, op);
    if (!q.next())
        return std::nullopt;
    Plan plan;
    const qint64 row = q.value(0).toLongLong();
    plan.id = PlanId::fromString(q.value(1).toString());
    plan.county = county;
    plan.year = year;
    plan.budget = q.value(2).toDouble();
    plan.totalCost = q.value(3).toDouble();
    plan.tasks = q.value(4).toString();
    plan.keyProjects = q.value(5).toString();
    plan.requirements = q.value(6).toString();
    plan.schedule = q.value(7).toString();
    plan.safeguards = q.value(8).toString();
    plan.builtAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    QSqlQuery items = prepareOrThrow(m_db,
                                     QStringLiteral("SELECT p.uuid, i.selected, i.rank, i.cost, i.priority, i.reason"
                                                    " FROM plan_items i JOIN projects p ON p.id = i.project_id"
                                                    " WHERE i.plan_id = :plan ORDER BY i.rank"),
                                     op);
    items.bindValue(QStringLiteral(":plan"), row);
    execOrThrow(items, op);
    while (items.next()) {
        plan.lines.push_back({ProjectId::fromString(items.value(0).toString()),
                              items.value(1).toInt() != 0,
                              items.value(2).toInt(),
                              optionalDouble(items.value(3)),
                              items.value(4).toDouble(),
                              items.value(5).toString()});
    }
    return plan;
}

} // namespace cc::storage
