// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LedgerRepository.h"

#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace cc::storage {

std::vector<LedgerEntry> LedgerRepository::list(const AssessmentId& assessment)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("SELECT b.uuid, e.name, b.number, l.item, l.present, l.severity, l.note,"
                                      " l.updated_at, l.updated_by FROM ledger_entries l"
                                      " JOIN assessments a ON a.id = l.assessment_id"
                                      " JOIN buildings b ON b.id = l.building_id"
                                      " JOIN estates e ON e.id = b.estate_id WHERE a.uuid = :assessment"
                                      " ORDER BY e.name, b.number, l.item"),
                       QStringLiteral("reading the building ledger"));
    q.bindValue(QStringLiteral(":assessment"), assessment.toString());
    execOrThrow(q, QStringLiteral("reading the building ledger"));
    std::vector<LedgerEntry> out;
    while (q.next())
        out.push_back(entryAt(q));
    return out;
}

LedgerEntry LedgerRepository::entryAt(const QSqlQuery& q)
{
    return {BuildingId::fromString(q.value(0).toString()),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toInt() != 0,
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString()};
}

void LedgerRepository::putAll(const AssessmentId& assessment, const std::vector<LedgerEntry>& entries)
{
    if (entries.empty())
        return;
    QSqlQuery q = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO ledger_entries (uuid, assessment_id, building_id, item, present, severity, note,"
            " updated_at, updated_by) SELECT :uuid, a.id, b.id, :item, :present, :severity, :note, :at, :user"
            " FROM assessments a, buildings b WHERE a.uuid = :assessment AND b.uuid = :building"
            " ON CONFLICT (assessment_id, building_id, item) DO UPDATE SET present = excluded.present,"
            " severity = excluded.severity, note = excluded.note, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by"),
        QStringLiteral("saving a ledger entry"));
    const QString at = now();
    for (const LedgerEntry& entry : entries) {
        q.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.bindValue(QStringLiteral(":item"), entry.item);
        q.bindValue(QStringLiteral(":present"), entry.present ? 1 : 0);
        q.bindValue(QStringLiteral(":severity"), notNull(entry.severity));
        q.bindValue(QStringLiteral(":note"), notNull(entry.note));
        q.bindValue(QStringLiteral(":at"), entry.updatedAt.isEmpty() ? at : entry.updatedAt);
        q.bindValue(QStringLiteral(":user"), notNull(entry.updatedBy));
        q.bindValue(QStringLiteral(":assessment"), assessment.toString());
        q.bindValue(QStringLiteral(":building"), entry.building.toString());
        execOrThrow(q, QStringLiteral("saving a ledger entry"));
        if (q.numRowsAffected() != 1)
            throw StorageError {makeError(
                ErrorCode::NotFound,
                QStringLiteral("no check %1 or building %2").arg(assessment.toString(), entry.building.toString()))};
    }
}

void LedgerRepository::remove(const AssessmentId& assessment, const BuildingId& building, const QString& item)
{
    QSqlQuery q =
        prepareOrThrow(m_db,
                       QStringLiteral("DELETE FROM ledger_entries WHERE item = :item"
                                      " AND assessment_id = (SELECT id FROM assessments WHERE uuid = :assessment)"
                                      " AND building_id = (SELECT id FROM buildings WHERE uuid = :building)"),
                       QStringLiteral("removing a ledger entry"));
    q.bindValue(QStringLiteral(":item"), item);
    q.bindValue(QStringLiteral(":assessment"), assessment.toString());
    q.bindValue(QStringLiteral(":building"), building.toString());
    execOrThrow(q, QStringLiteral("removing a ledger entry"));
}

int LedgerRepository::entriesOf(const BuildingId& building)
{
    QSqlQuery q = prepareOrThrow(m_db,
                                 QStringLiteral("SELECT count(*) FROM ledger_entries l JOIN buildings b"
                                                " ON b.id = l.building_id WHERE b.uuid = :building"),
                                 QStringLiteral("counting ledger entries"));
    q.bindValue(QStringLiteral(":building"), building.toString());
    execOrThrow(q, QStringLiteral("counting ledger entries"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace cc::storage
