// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/EveryWindow.h"

#include "app/gui/AboutDialog.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/BuildingsDialog.h"
#include "app/gui/CheckDateDialog.h"
#include "app/gui/CommunityDialog.h"
#include "app/gui/LedgerDialog.h"
#include "app/gui/ListDialogs.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NewAssessmentDialog.h"
#include "app/gui/ProjectEditDialog.h"
#include "app/gui/ReportPreviewDialog.h"
#include "app/gui/ReportSettingsDialog.h"
#include "app/gui/ServerConnectDialog.h"
#include "app/gui/SetDiffDialog.h"
#include "app/gui/SetEditorDialog.h"
#include "app/gui/SubmitDialog.h"
#include "core/services/Workspace.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QPointer>

namespace testing {

void forEveryWindow(MainWindow& main, const std::function<void(QWidget&)>& visit)
{
    visit(main);
    cc::Workspace& ws = main.workspace();
    const QString language = main.language();
    const auto checks = valueOf(ws.assessments().list());
    REQUIRE_FALSE(checks.empty());
    const auto communities = valueOf(ws.communities().list());
    REQUIRE_FALSE(communities.empty());

    QPointer<AssessmentWindow> entry = main.openAssessment(checks.front().id);
    REQUIRE(entry);
    visit(*entry);
    {
        LedgerDialog dialog(main.history(), checks.front(), language, entry);
        visit(dialog);
    }
    {
        SubmitDialog dialog(entry->document(), language, entry);
        visit(dialog);
    }
    {
        CheckDateDialog dialog(QDate(2025, 6, 1), entry);
        visit(dialog);
    }
    {
        ServerConnectDialog dialog(&main, [](const QString&) { return cc::Result<void>(); });
        visit(dialog);
    }
    {
        std::unique_ptr<ReportPreviewDialog> preview(
            ReportPreviewDialog::create(ws, checks.front().id, language, entry));
        REQUIRE(preview);
        visit(*preview);
    }
    entry->close();
    {
        NewAssessmentDialog dialog(ws, language, communities.front().code, &main);
        visit(dialog);
    }
    {
        CommunityDialog dialog(ws, language, &communities.front(), &main);
        visit(dialog);
    }
    {
        BuildingsDialog dialog(main.history(), communities.front(), &main);
        visit(dialog);
    }
    {
        ReportSettingsDialog dialog(ws, language, &main);
        visit(dialog);
    }
    {
        const auto sets = valueOf(ws.sets().list());
        REQUIRE_FALSE(sets.empty());
        SetEditorDialog editor(main.history(), sets.front().code, sets.front().version, &main);
        visit(editor);
        auto set = ws.sets().load(sets.front().code, sets.front().version);
        REQUIRE_OK(set);
        SetDiffDialog diff(ws, **set, **set, &main);
        visit(diff);
    }
    {
        AboutDialog dialog(ws.path(), ws.facts().schemaVersion, &main);
        visit(dialog);
    }
    {
        DemandDialog dialog(communities, &main);
        visit(dialog);
    }
    {
        ResourceDialog dialog(communities, &main);
        visit(dialog);
    }
    auto projects = valueOf(ws.projects().list({}));
    if (projects.empty()) {
        REQUIRE(main.generateProjects(checks.front().id));
        projects = valueOf(ws.projects().list({}));
    }
    REQUIRE_FALSE(projects.empty());
    {
        ProjectEditDialog dialog(projects.front(), {}, &main);
        visit(dialog);
    }
}

} // namespace testing
