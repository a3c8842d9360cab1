// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Access.h"
#include "core/report/ReportModel.h"
#include "core/services/AssessmentService.h"
#include "core/services/AssessmentWorkflow.h"
#include "core/services/BuildingService.h"
#include "core/services/CommunityService.h"
#include "core/services/ExchangeService.h"
#include "core/services/ListsService.h"
#include "core/services/PhotoService.h"
#include "core/services/PlanService.h"
#include "core/services/ProjectService.h"
#include "core/services/ReportService.h"
#include "core/services/ScoreBoard.h"
#include "core/services/ServerAdmin.h"
#include "core/services/SetService.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace cc::storage {
class Database;
}

namespace cc {

// One open database and the services over it: what the GUI and the CLI hold. Built once in
// main() and passed down; never a singleton. The database itself stays inside: callers see the
// services and a few read-only facts about the file.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Only CreateIfMissing and Upgrade upgrade an older database (after a complete backup); the
    // others refuse it with ErrorCode::OlderSchema and change nothing.
    enum class OpenMode {
        CreateIfMissing, // `init`, the GUI's first run and once the user agreed to an upgrade
        Upgrade, // `upgrade`
        ReadOnly, // a file on a read-only folder or medium, to look at
        MustExist, // every other CLI command
        // A helper process of a command that has just opened and checked the same file (the report
        // batch's workers): like MustExist without the integrity checks.
        MustExistChecked,
        // The GUI: opens at once; the window runs verify() in the background.
        CreateIfMissingCheckLater,
    };

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // `userName` is who acts, for the audit trail.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, OpenMode mode, const QString& userName);

    SetService& sets() { return m_sets; }
    CommunityService& communities() { return m_communities; }
    BuildingService& buildings() { return m_buildings; }
    AssessmentService& assessments() { return m_assessments; }
    AssessmentWorkflow& workflow() { return m_workflow; }
    PhotoService& photos() { return m_photos; }
    ReportService& reports() { return m_reports; }
    ListsService& lists() { return m_lists; }
    ProjectService& projects() { return m_projects; }
    PlanService& plans() { return m_plans; }
    // The planner's view: a round's checks ranked and rolled up (CLI `scores`, the dashboard).
    ScoreBoard& scores() { return m_scores; }
    // Bundles between field laptops and the county office (CLI `bundle`, File → Export/Import bundle).
    ExchangeService& exchange() { return m_exchange; }
    // The county server's users and the move of a file onto it (CLI `server …`).
    ServerAdmin& server() { return m_server; }

    // Who acts (on a server, the login role, whatever `userName` said).
    const QString& userName() const { return m_user; }
    // The file's path, or the server's address.
    const QString& path() const;
    struct Facts
    {
        int schemaVersion = 0;
        // Where the backup before the last schema upgrade went (empty when none was needed).
        QString lastBackupPath;
        // What the user may do: everything on a file, their role's share on a server.
        Access access;
    };
    Facts facts() const;

    // Whether another program (or another connection to the file) has committed a change since the
    // last call: the views then re-read what they show. The first call only takes note.
    Result<bool> changedElsewhere();

    // Runs several service calls as one all-or-nothing step: their own transactions become
    // savepoints of this one, and an Error from `body` leaves the database as it was.
    Result<void> allOrNothing(const std::function<Result<void>()>& body);

    // One review step over several checks, all of them or none: the first refusal names its check
    // (short id, community, round). `comment` goes with an approval into the audit trail; a return
    // needs one.
    Result<void> review(const std::vector<Assessment>& checks, ReviewStep step, const QString& comment);

    // The report settings of this database (issuing unit, title, signature lines, logo); defaults
    // for what was never set.
    Result<report::ReportSettings> reportSettings(const QString& language);
    Result<void> setReportSettings(const report::ReportSettings& settings);

private:
    Workspace(std::unique_ptr<storage::Database> db, const QString& userName);

    std::unique_ptr<storage::Database> m_db;
    qint64 m_seenDataVersion = -1; // PRAGMA data_version when changedElsewhere() last looked
    QString m_user;
    SetService m_sets;
    CommunityService m_communities;
    AssessmentService m_assessments;
    AssessmentWorkflow m_workflow;
    PhotoService m_photos;
    ReportService m_reports;
    ListsService m_lists;
    BuildingService m_buildings;
    ProjectService m_projects;
    PlanService m_plans;
    ScoreBoard m_scores;
    ExchangeService m_exchange;
    ServerAdmin m_server;
};

// The integrity checks a Workspace::OpenMode::CreateIfMissingCheckLater open left out, on a
// connection of their own (callable from a worker thread while the workspace is in use).
Result<void> verifyDatabase(const QString& path);

// Who hears that a write waits for another program holding the database (the CLI prints the line
// to stderr, the GUI shows it in the status bar); empty: nobody. Writers wait up to a minute.
void setDatabaseWaitNotice(std::function<void(const QString&)> notice);

} // namespace cc
