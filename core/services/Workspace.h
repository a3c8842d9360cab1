// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportModel.h"
#include "core/services/AssessmentService.h"
#include "core/services/AssessmentWorkflow.h"
#include "core/services/CommunityService.h"
#include "core/services/PhotoService.h"
#include "core/services/ProjectService.h"
#include "core/services/ReportService.h"
#include "core/services/SetService.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <memory>

namespace cc {

// One open database and the services over it: what the GUI and the CLI hold. Built once in
// main() and passed down; never a singleton.
class Workspace final
{
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // `userName` is who acts, for the audit trail.
    static Result<std::unique_ptr<Workspace>>
    open(const QString& path, storage::Database::OpenMode mode, const QString& userName);

    storage::Database& database() { return *m_db; }
    SetService& sets() { return m_sets; }
    CommunityService& communities() { return m_communities; }
    AssessmentService& assessments() { return m_assessments; }
    AssessmentWorkflow& workflow() { return m_workflow; }
    PhotoService& photos() { return m_photos; }
    ReportService& reports() { return m_reports; }
    ProjectService& projects() { return m_projects; }
    const QString& userName() const { return m_user; }
    const QString& path() const { return m_db->path(); }

    // Installs the built-in default set (JSON bytes handed over by the app, which reads them from
    // its resources). Idempotent: the same content already stored is a no-op.
    Result<SetImportOutcome> installBuiltinSet(const QByteArray& json);

    // The report settings of this database (issuing unit, title, signature lines, logo); defaults
    // for what was never set.
    Result<report::ReportSettings> reportSettings(const QString& language);
    Result<void> setReportSettings(const report::ReportSettings& settings);

private:
    Workspace(std::unique_ptr<storage::Database> db, const QString& userName);

    std::unique_ptr<storage::Database> m_db;
    QString m_user;
    SetService m_sets;
    CommunityService m_communities;
    AssessmentService m_assessments;
    AssessmentWorkflow m_workflow;
    PhotoService m_photos;
    ReportService m_reports;
    ProjectService m_projects;
};

} // namespace cc
