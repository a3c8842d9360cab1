// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QObject>

// What changed in the open database, said once by whoever changed it (a command when it is done,
// undone or redone; a dialog that saved; a workflow step) so that every view re-reads what it
// shows. Views listen here and never reload one another by hand.
class ChangeHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHub)

public:
    using QObject::QObject;

signals:
    void registerChanged(); // communities added or edited
    void setsChanged(); // an indicator set imported
    void assessmentsChanged(); // a check created (the list of checks)
    void answersChanged(const cc::AssessmentId& assessment, const QString& indicatorCode);
    void photosChanged(const cc::AssessmentId& assessment);
    void ledgerChanged(const cc::AssessmentId& assessment); // its building ledger
    void workflowChanged(const cc::AssessmentId& assessment); // submitted, returned, approved, reopened, confirmed
    void listsChanged(); // demands, survey tallies, resources, prices
    void projectsChanged(); // the project library: generated, decided, edited, bundled
    void plansChanged(); // an annual plan built, undone, or its texts saved
    // Another program (or another connection) changed the file: every view re-reads. Said after all
    // the signals above, so a view that listens to one of them need not listen here too.
    void changedElsewhere();
};
