// SPDX-License-Identifier: GPL-3.0-or-later
// The one undo history of an open database: changes made in different windows undo in reverse
// order from any of them, and a step the database refuses leaves the history agreeing with it.
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/gui/AssessmentDocument.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PlanPanel.h"
#include "app/gui/ProjectsPanel.h"
#include "app/models/ProjectListModel.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QPointer>
#include <QUndoStack>

namespace {

// A yes/no indicator of the check that applies to its community: the one the tests answer.
QString booleanIndicator(const cc::ScoredAssessment& s)
{
    for (const cc::Indicator* ind : s.set->indicatorsInOrder()) {
        if (ind->type == cc::IndicatorType::Boolean && (!ind->appliesTo || ind->appliesTo->contains(s.community.type)))
            return ind->code;
    }
    FAIL("the set has no yes/no indicator");
    return {};
}

} // namespace

TEST_CASE("gui: an answer, a project decision and a plan build undo in reverse order through one history",
          "[gui][undo]")
{
    testing::Fixture f({.user = QStringLiteral("planner"), .set = testing::FixtureSet::Demo});
    cc::Workspace& ws = *f.ws;
    // A draft re-check to answer in the entry screen, and candidates to decide on in the projects view.
    const auto draft = testing::valueOf(ws.assessments().create(
        {QStringLiteral("NC-DH-002"), QStringLiteral("JX-HSQ"), {}, cc::Round {2027, QStringLiteral("复检")}, {}}));
    const auto latest = testing::valueOf(ws.assessments().list(QStringLiteral("NC-DH-001"))).front().id;
    REQUIRE_OK(ws.projects().generate(latest, QStringLiteral("zh_CN")));
    MainWindow window(std::move(f.ws));
    History& history = window.history();
    const QUndoStack& stack = history.stack();
    REQUIRE(stack.count() == 0);

    // 1. the entry screen
    QPointer<AssessmentWindow> entry = window.openAssessment(draft.assessment.id);
    REQUIRE(entry);
    AssessmentDocument& document = entry->document();
    const QString code = booleanIndicator(document.scored());
    REQUIRE_OK(document.setResponse({code, true, false, QStringLiteral("已核实"), false, {}}));
    // 2. the projects view
    ProjectsPanel* projects = window.projectsPanel();
    const cc::Project candidate = *projects->model()->project(0);
    REQUIRE(candidate.status == cc::ProjectStatus::Candidate);
    REQUIRE(projects->accept({candidate}));
    // 3. the annual plan
    REQUIRE(window.planPanel()->build(candidate.county, 2028, 5000));
    const auto project = [&] { return testing::valueOf(ws.projects().resolve(candidate.id.toString())); };
    REQUIRE(project().status == cc::ProjectStatus::Scheduled);

    REQUIRE(stack.count() == 3);
    CHECK(stack.undoText().contains(QStringLiteral("2028")));
    history.undo(); // the plan: gone, the project accepted again
    CHECK_FALSE(testing::valueOf(ws.plans().plan(candidate.county, 2028)).has_value());
    CHECK(project().status == cc::ProjectStatus::Accepted);
    CHECK_FALSE(window.planPanel()->plan().has_value()); // the view follows the hub
    history.undo(); // the decision
    CHECK(project().status == cc::ProjectStatus::Candidate);
    CHECK(projects->model()->project(projects->model()->rowOf(candidate.id))->status == cc::ProjectStatus::Candidate);
    history.undo(); // the answer, from the main window, in the entry screen's check
    CHECK_FALSE(testing::valueOf(ws.assessments().responses(draft.assessment.id)).size() > 0);
    CHECK_FALSE(document.response(code).hasValue()); // the open entry screen re-read it
    CHECK_FALSE(stack.canUndo());

    // and forward again, in order
    history.redo();
    CHECK(std::get<bool>(document.response(code).value));
    history.redo();
    CHECK(project().status == cc::ProjectStatus::Accepted);
    history.redo();
    CHECK(project().status == cc::ProjectStatus::Scheduled);
    CHECK(testing::valueOf(ws.plans().plan(candidate.county, 2028)).has_value());
    CHECK(stack.index() == 3);
}

TEST_CASE("gui: an undo or redo the database refuses leaves the history and the database agreeing", "[gui][undo]")
{
    testing::Fixture f({.user = QStringLiteral("李明")});
    History history(*f.ws);
    AssessmentWindow entry(history, f.check, QStringLiteral("en"));
    REQUIRE(entry.isLoaded());
    QAction* undoAction = history.createUndoAction(&entry);
    QAction* redoAction = history.createRedoAction(&entry);
    AssessmentDocument& document = entry.document();
    REQUIRE_OK(document.setResponse({QStringLiteral("A-02"), 12.0, false, {}, false, {}}));
    REQUIRE_OK(document.setResponse({QStringLiteral("A-02"), 34.0, false, {}, false, {}}));
    history.undo(); // back to 12: a redo is waiting
    REQUIRE(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 12);
    REQUIRE(history.stack().count() == 2);
    REQUIRE(redoAction->isEnabled());

    // Someone else submits the check meanwhile (another window, the CLI): it is read-only now.
    REQUIRE_OK(f.ws->assessments().setStatus(f.check, cc::AssessmentStatus::Submitted, QStringLiteral("提交")));
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    history.redo(); // refused: the redo step leaves the history
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("A-02")));
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 12);
    CHECK(history.stack().count() == 1);
    CHECK_FALSE(history.canRedo());
    CHECK_FALSE(redoAction->isEnabled()); // the controls say so too, not only the stack
    CHECK(undoAction->isEnabled());
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    history.undo(); // refused too: the database keeps 12, and nothing claims otherwise
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 12);
    CHECK(history.stack().count() == 0);
    CHECK_FALSE(history.canUndo());
    CHECK_FALSE(history.canRedo());
    CHECK_FALSE(undoAction->isEnabled());
    CHECK_FALSE(redoAction->isEnabled());
    CHECK(std::get<double>(document.response(QStringLiteral("A-02")).value) == 12); // the view agrees
    CHECK_FALSE(document.isEditable());
}

TEST_CASE("gui: submitting a check retires its steps and keeps the others", "[gui][undo]")
{
    testing::Fixture f({.user = QStringLiteral("李明"), .responses = QStringLiteral("scoring/responses.csv")});
    History history(*f.ws);
    AssessmentWindow entry(history, f.check, QStringLiteral("en"));
    REQUIRE(entry.isLoaded());
    QAction* undoAction = history.createUndoAction(&entry);
    REQUIRE_OK(entry.document().setResponse({QStringLiteral("A-02"), 60.0, false, {}, false, {}}));
    cc::Demand demand;
    demand.text = QStringLiteral("增设夜间照明");
    REQUIRE_OK(commands::addDemand(history, demand, f.community.code));
    REQUIRE_OK(entry.document().setResponse({QStringLiteral("A-02"), 61.0, false, {}, false, {}}));
    REQUIRE(history.stack().count() == 3);

    REQUIRE_OK(entry.document().submit());
    // The check's two answers are retired; the demand, made between them, can still be undone.
    CHECK(history.canUndo());
    CHECK(history.undoText() == history.stack().text(1));
    CHECK(undoAction->text().contains(history.stack().text(1)));
    history.undo(); // one press: past the retired answer, to the demand
    CHECK(testing::valueOf(f.ws->lists().demands()).empty());
    CHECK_FALSE(history.canUndo()); // the first answer is retired too
    CHECK(std::get<double>(f.stored(QStringLiteral("A-02")).value) == 61); // the answers stay
    history.redo();
    CHECK(testing::valueOf(f.ws->lists().demands()).size() == 1);
    CHECK_FALSE(history.canRedo());
}

TEST_CASE("gui: a generation undone and redone keeps its projects, so the decisions after it redo too", "[gui][undo]")
{
    testing::Fixture f({.user = QStringLiteral("planner"), .set = testing::FixtureSet::Demo});
    const auto latest = testing::valueOf(f.ws->assessments().list(QStringLiteral("NC-DH-001"))).front().id;
    MainWindow window(std::move(f.ws));
    History& history = window.history();
    REQUIRE(window.generateProjects(latest));
    ProjectsPanel* projects = window.projectsPanel();
    const cc::Project candidate = *projects->model()->project(0);
    REQUIRE(projects->accept({candidate}));
    history.undo(); // the decision
    history.undo(); // the generation: its projects are gone
    CHECK_FALSE(window.workspace().projects().resolve(candidate.id.toString()).has_value());
    history.redo(); // generated again, under the same IDs
    history.redo(); // so the decision applies again instead of being refused
    CHECK(history.stack().count() == 2);
    CHECK(testing::valueOf(window.workspace().projects().resolve(candidate.id.toString())).status
          == cc::ProjectStatus::Accepted);
}
