// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LedgerAnswers.h"

#include "core/domain/LedgerFigures.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/BuildingRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"

#include <QHash>

#include <algorithm>

namespace cc {

bool refreshLedgerAnswers(storage::Database& database,
                          const IndicatorSet& set,
                          const Assessment& check,
                          const QString& user)
{
    const auto computed = set.indicatorsInOrder();
    if (std::none_of(computed.begin(), computed.end(), [](const Indicator* i) { return i->isComputed(); }))
        return false;
    QSqlDatabase& db = database.connection();
    storage::AssessmentRepository answers(db);
    const std::vector<LedgerFigure> figures = ledgerFigures(
        set, storage::LedgerRepository(db).list(check.id), storage::BuildingRepository(db).list(check.communityId));
    QHash<QString, Response> stored;
    for (Response& r : answers.responses(check.id))
        stored.insert(r.indicatorCode, std::move(r));
    bool changed = false;
    std::vector<Response> toSave;
    for (const LedgerFigure& figure : figures) {
        const auto it = stored.constFind(figure.indicatorCode);
        if (it != stored.constEnd() && it->notApplicable)
            continue;
        if (!figure.answered) {
            if (it != stored.constEnd()) {
                answers.deleteResponse(check.id, figure.indicatorCode);
                changed = true;
            }
            continue;
        }
        Response r;
        r.indicatorCode = figure.indicatorCode;
        r.value = figure.value;
        r.note = figure.note(set.indicator(figure.indicatorCode)->unit);
        if (it != stored.constEnd() && it->value == r.value && it->note == r.note && !it->carriedOver)
            continue;
        toSave.push_back(std::move(r));
    }
    if (!toSave.empty()) {
        answers.saveResponses(check.id, toSave, user);
        changed = true;
    }
    return changed;
}

} // namespace cc
