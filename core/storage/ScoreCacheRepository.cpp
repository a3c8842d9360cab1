// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ScoreCacheRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc::storage {

namespace {

const QString kSelect = QStringLiteral("SELECT a.uuid, c.overall, c.grade, c.coverage, c.provisional,"
                                       " c.bottom_line_failures, c.open_time_bound"
                                       " FROM score_cache c JOIN assessments a ON a.id = c.assessment_id"
                                       " WHERE c.engine = :engine");

ScoreSummary toSummary(const QSqlQuery& q)
{
    ScoreSummary s;
    if (!q.value(1).isNull())
        s.overall = q.value(1).toDouble();
    s.grade = q.value(2).toString();
    if (!q.value(3).isNull())
        s.coverage = q.value(3).toDouble();
    s.provisional = q.value(4).toInt() != 0;
    s.bottomLineFailures = q.value(5).toInt();
    s.openTimeBound = q.value(6).toInt();
    return s;
}

} // namespace

QHash<QString, ScoreSummary> ScoreCacheRepository::all(int engine)
{
    QSqlQuery q = prepareOrThrow(m_db, kSelect, QStringLiteral("reading the score cache"));
    q.bindValue(QStringLiteral(":engine"), engine);
    q.setForwardOnly(true);
    execOrThrow(q, QStringLiteral("reading the score cache"));
    QHash<QString, ScoreSummary> out;
    while (q.next())
        out.insert(q.value(0).toString(), toSummary(q));
    return out;
}

std::optional<ScoreSummary> ScoreCacheRepository::find(const AssessmentId& assessment, int engine)
{
    QSqlQuery q = prepareOrThrow(
        m_db, kSelect + QStringLiteral(" AND a.uuid = :uuid"), QStringLiteral("reading the score cache"));
    q.bindValue(QStringLiteral(":engine"), engine);
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("reading the score cache"));
    if (!q.next())
        return std::nullopt;
    return toSummary(q);
}

void ScoreCacheRepository::put(const AssessmentId& assessment, int engine, const ScoreSummary& s)
{
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO score_cache (assessment_id, engine, overall, grade, coverage, provisional,"
                       " bottom_line_failures, open_time_bound)"
                       " SELECT id, :engine, :overall, :grade, :coverage, :provisional, :failures, :timeBound"
                       " FROM assessments WHERE uuid = :uuid"
                       " ON CONFLICT (assessment_id) DO UPDATE SET engine = excluded.engine,"
                       " overall = excluded.overall, grade = excluded.grade, coverage = excluded.coverage,"
                       " provisional = excluded.provisional, bottom_line_failures = excluded.bottom_line_failures,"
                       " open_time_bound = excluded.open_time_bound"),
        QStringLiteral("caching a score"));
    q.bindValue(QStringLiteral(":engine"), engine);
    q.bindValue(QStringLiteral(":overall"), s.overall ? QVariant(*s.overall) : QVariant());
    q.bindValue(QStringLiteral(":grade"), notNull(s.grade));
    q.bindValue(QStringLiteral(":coverage"), s.coverage ? QVariant(*s.coverage) : QVariant());
    q.bindValue(QStringLiteral(":provisional"), s.provisional ? 1 : 0);
    q.bindValue(QStringLiteral(":failures"), s.bottomLineFailures);
    q.bindValue(QStringLiteral(":timeBound"), s.openTimeBound);
    q.bindValue(QStringLiteral(":uuid"), assessment.toString());
    execOrThrow(q, QStringLiteral("caching a score"));
}

} // namespace cc::storage
