// SPDX-License-Identifier: GPL-3.0-or-later
// The projects and annual-plan views: generate from a check, accept / reject / edit with undo and
// redo (each change stored and audited), build the plan, keep its texts, export.
#include "app/commands/History.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/ListsPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PlanPanel.h"
#include "app/gui/ProjectEditDialog.h"
#include "app/gui/ProjectsPanel.h"
#include "app/models/ProjectListModel.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

namespace {

cc::AssessmentId latestOf(cc::Workspace& ws, const QString& community)
{
    auto checks = ws.assessments().list(community);
    REQUIRE(checks);
    REQUIRE_FALSE(checks->empty());
    return checks->front().id; // newest round first
}

} // namespace

TEST_CASE("gui: generating projects fills the projects view; decisions and edits undo and redo", "[gui][projects]")
{
    testing::Fixture f({.user = QStringLiteral("planner"), .set = testing::FixtureSet::Demo});
    MainWindow window(std::move(f.ws));
    const auto check = latestOf(window.workspace(), QStringLiteral("NC-DH-001"));
    REQUIRE(window.generateProjects(check));
    ProjectsPanel* panel = window.projectsPanel();
    REQUIRE(panel);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(panel->model()->rowCount() > 3);
    // generation itself is undoable: undo removes its projects, redo brings them back
    const int generated = panel->model()->rowCount();
    window.history().undo();
    CHECK(panel->model()->rowCount() == 0);
    window.history().redo();
    CHECK(panel->model()->rowCount() == generated);
    const cc::Project first = *panel->model()->project(0);
    CHECK(first.status == cc::ProjectStatus::Candidate);

    panel->select(first.id);
    REQUIRE(panel->accept({first}));
    auto stored = window.workspace().projects().resolve(first.id.toString());
    REQUIRE(stored);
    CHECK(stored->status == cc::ProjectStatus::Accepted);
    window.history().undo();
    stored = window.workspace().projects().resolve(first.id.toString());
    REQUIRE(stored);
    CHECK(stored->status == cc::ProjectStatus::Candidate);
    // the view re-read it and kept the selection
    REQUIRE(panel->selection().size() == 1);
    CHECK(panel->selection().front().id == first.id);
    CHECK(panel->selection().front().status == cc::ProjectStatus::Candidate);
    window.history().redo();
    stored = window.workspace().projects().resolve(first.id.toString());
    REQUIRE(stored);
    CHECK(stored->status == cc::ProjectStatus::Accepted);

    cc::Project edited = *stored;
    edited.name = QStringLiteral("改名后的项目");
    edited.cost = 88.0;
    REQUIRE(panel->store(edited));
    CHECK(window.workspace().projects().resolve(first.id.toString())->name == u"改名后的项目");
    window.history().undo();
    CHECK(window.workspace().projects().resolve(first.id.toString())->name == first.name);
    auto history = window.workspace().projects().history(first.id);
    REQUIRE(history);
    CHECK(history->size() >= 4); // accept, undo, redo, edit, undo: every change audited

    // a refused change never reaches the undo stack
    const int depth = window.history().stack().count();
    cc::Project bad = *window.workspace().projects().resolve(first.id.toString());
    bad.name.clear();
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(panel->store(bad));
    CHECK(window.history().stack().count() == depth);
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(panel->reject({first}, QString())); // a rejection needs a reason

    // bundling is undone and redone too
    const cc::Project a = *panel->model()->project(1);
    const cc::Project b = *panel->model()->project(2);
    REQUIRE(panel->bundleProjects(QStringLiteral("综合整治（打包）"), {a.id, b.id}));
    CHECK(window.workspace().projects().resolve(a.id.toString())->bundleId.has_value());
    window.history().undo();
    CHECK_FALSE(window.workspace().projects().resolve(a.id.toString())->bundleId.has_value());
    window.history().redo();
    CHECK(window.workspace().projects().resolve(b.id.toString())->bundleId.has_value());

    // the edit dialog shows the origin and the fields (a picture for the docs when CC_TEST_KEEP is set)
    {
        ProjectEditDialog dialog(*window.workspace().projects().resolve(first.id.toString()), {}, &window);
        dialog.show();
        if (const QString keep = qEnvironmentVariable("CC_TEST_KEEP"); !keep.isEmpty())
            dialog.grab().save(keep + QStringLiteral("/project-edit.png"));
        CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text() == first.name);
        // Years and funding: a split that does not add up is said beside the table and refused.
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        tabs->setCurrentIndex(2);
        dialog.findChild<QSpinBox*>(QStringLiteral("startYearSpinBox"))->setValue(2027);
        dialog.findChild<QSpinBox*>(QStringLiteral("endYearSpinBox"))->setValue(2028);
        auto* years = dialog.findChild<QTableWidget*>(QStringLiteral("yearsTableWidget"));
        CHECK(years->rowCount() == 2);
        auto* funding = dialog.findChild<QTableWidget*>(QStringLiteral("fundingTableWidget"));
        REQUIRE(funding->rowCount() == 7);
        funding->item(0, 0)->setText(QStringLiteral("1"));
        auto* check = dialog.findChild<QLabel*>(QStringLiteral("moneyCheckLabel"));
        CHECK(check->styleSheet().contains(QStringLiteral("#b00020")));
        if (const QString keep = qEnvironmentVariable("CC_TEST_KEEP"); !keep.isEmpty())
            dialog.grab().save(keep + QStringLiteral("/project-edit-money.png"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
        if (first.cost) {
            funding->item(0, 0)->setText(QString::number(*first.cost, 'f', 2));
            CHECK_FALSE(check->styleSheet().contains(QStringLiteral("#b00020")));
            dialog.accept();
            CHECK(dialog.result() == QDialog::Accepted);
            CHECK(dialog.project().funding.size() == 1);
            CHECK(dialog.project().startYear == std::optional<int>(2027));
            CHECK(dialog.project().endYear == std::optional<int>(2028));
        }
    }

    const QString xlsx = f.file(QStringLiteral("projects.xlsx"));
    REQUIRE(panel->exportTo(xlsx));
    CHECK(QFileInfo(xlsx).size() > 1000);
}

TEST_CASE("gui: the annual plan view builds within the budget and keeps its texts", "[gui][plan]")
{
    testing::Fixture f({.user = QStringLiteral("planner"), .set = testing::FixtureSet::Demo});
    MainWindow window(std::move(f.ws));
    for (const QString& code : {QStringLiteral("NC-DH-001"), QStringLiteral("NC-DH-002"), QStringLiteral("NC-DH-003")})
        REQUIRE(window.generateProjects(latestOf(window.workspace(), code)));
    auto all = window.workspace().projects().list({{}, QStringLiteral("东湖区"), false});
    REQUIRE(all);
    for (const cc::Project& p : *all)
        REQUIRE(window.workspace().projects().decide(p.id, true, {}));
    PlanPanel* plan = window.planPanel();
    REQUIRE(plan->build(QStringLiteral("东湖区"), 2027, 150));
    REQUIRE(plan->plan());
    const auto withinBudget = [&] { // or, with a shortfall, the obligations alone
        const cc::Plan& built = plan->plan()->plan;
        return built.shortfall > 0 ? built.totalCost == built.mandatoryCost : built.totalCost <= 150;
    };
    CHECK(withinBudget());
    bool deferred = false;
    for (const auto& line : plan->plan()->lines)
        deferred = deferred || !line.line.selected;
    CHECK(deferred);
    // a change made after the build survives the build's undo
    cc::Project later;
    for (const auto& line : plan->plan()->lines) {
        if (!line.line.selected) {
            later = line.project;
            break;
        }
    }
    REQUIRE_FALSE(later.id.isNull());
    later.status = cc::ProjectStatus::UnderWay;
    REQUIRE(window.workspace().projects().update(later, QStringLiteral("开工")));
    // the build is undone: no plan, the projects accepted again; redo builds it again
    window.history().undo();
    auto none = window.workspace().plans().plan(QStringLiteral("东湖区"), 2027);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    auto after = window.workspace().projects().list({{}, QStringLiteral("东湖区"), false});
    REQUIRE(after);
    for (const cc::Project& p : *after) {
        if (p.isBundle || p.bundleId)
            continue;
        CHECK(p.status == (p.id == later.id ? cc::ProjectStatus::UnderWay : cc::ProjectStatus::Accepted));
    }
    window.history().redo();
    REQUIRE(plan->plan());
    CHECK(withinBudget());
    auto* tasks = plan->findChild<QPlainTextEdit*>(QStringLiteral("tasksPlainTextEdit"));
    REQUIRE(tasks);
    tasks->setPlainText(QStringLiteral("完成东湖区 3 个社区体检问题整改"));
    REQUIRE(plan->saveTexts());
    auto stored = window.workspace().plans().plan(QStringLiteral("东湖区"), 2027);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->plan.tasks == u"完成东湖区 3 个社区体检问题整改");
    const QString pdf = f.file(QStringLiteral("plan.pdf"));
    REQUIRE(plan->exportTo(pdf));
    QPdfDocument document;
    REQUIRE(document.load(pdf) == QPdfDocument::Error::None);
    QString pdfText;
    for (int page = 0; page < document.pageCount(); ++page)
        pdfText += document.getAllText(page).text();
    CHECK(pdfText.contains(QStringLiteral("东湖区")));
    CHECK(pdfText.contains(QStringLiteral("完成东湖区")));
    CHECK(pdfText.contains(plan->plan()->lines.front().project.name.left(6)));
    const QString csv = f.file(QStringLiteral("plan.csv"));
    REQUIRE(plan->exportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(plan->plan()->lines.front().project.name));
    // The parts nobody wrote show a draft from the data, and print it, but stay empty in storage so
    // that the next build drafts them afresh.
    CHECK((*stored)->plan.keyProjects.trimmed().isEmpty());
    auto* keyProjects = plan->findChild<QPlainTextEdit*>(QStringLiteral("keyProjectsPlainTextEdit"));
    REQUIRE(keyProjects);
    CHECK_FALSE(keyProjects->toPlainText().trimmed().isEmpty());
    CHECK(pdfText.contains(keyProjects->toPlainText().left(8)));
    auto* textsStatus = plan->findChild<QLabel*>(QStringLiteral("textsStatusLabel"));
    REQUIRE(textsStatus);
    CHECK_FALSE(textsStatus->text().isEmpty());

    // 章贡区's 限时解决 projects with no money: they stay in, the shortfall is shown in red.
    for (const QString& code : {QStringLiteral("GZ-ZG-001"), QStringLiteral("GZ-ZG-002")})
        REQUIRE(window.generateProjects(latestOf(window.workspace(), code)));
    double obligations = 0;
    const auto ganzhou = testing::valueOf(window.workspace().projects().list({{}, QStringLiteral("章贡区"), false}));
    for (const cc::Project& p : ganzhou) {
        REQUIRE(window.workspace().projects().decide(p.id, true, {}));
        if (p.timeBound)
            obligations += p.cost.value_or(0);
    }
    REQUIRE(obligations > 0);
    REQUIRE(plan->build(QStringLiteral("章贡区"), 2027, 0));
    auto* shortfall = plan->findChild<QLabel*>(QStringLiteral("shortfallLabel"));
    REQUIRE(shortfall);
    CHECK(shortfall->isVisibleTo(plan));
    const cc::Plan& shortPlan = plan->plan()->plan;
    CHECK(shortPlan.shortfall == shortPlan.mandatoryCost);
    CHECK(shortPlan.mandatoryCost <= obligations); // an alternative of a selected one is not counted
    for (const auto& line : plan->plan()->lines) {
        const bool replaced = std::any_of(line.alternatives.begin(), line.alternatives.end(), [&](const auto& id) {
            return std::any_of(plan->plan()->lines.begin(), plan->plan()->lines.end(), [&](const auto& other) {
                return other.project.id == id && other.line.selected;
            });
        });
        CHECK(line.line.selected == (line.line.measure || (line.project.timeBound && !replaced)));
    }
    const QString shortPdf = f.file(QStringLiteral("short.pdf"));
    REQUIRE(plan->exportTo(shortPdf));
    REQUIRE(document.load(shortPdf) == QPdfDocument::Error::None);
    QString shortText;
    for (int page = 0; page < document.pageCount(); ++page)
        shortText += document.getAllText(page).text();
    CHECK(shortText.contains(QString::number(shortPlan.shortfall, 'f', 2)));
    if (const QString keep = qEnvironmentVariable("CC_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(shortPdf, keep + QStringLiteral("/plan-shortfall.pdf"));
    REQUIRE(plan->build(QStringLiteral("章贡区"), 2027, obligations + 1000));
    CHECK_FALSE(shortfall->isVisibleTo(plan));
}

TEST_CASE("gui: demands and resources are added, undone and redone; a linked demand is not removed", "[gui][lists]")
{
    testing::Fixture f({.user = QStringLiteral("planner"), .set = testing::FixtureSet::Demo});
    MainWindow window(std::move(f.ws));
    ListsPanel* lists = window.listsPanel();
    REQUIRE(lists);
    CHECK(lists->demandCount() == 0);
    cc::Demand d;
    d.text = QStringLiteral("楼道照明不足，希望加装声控灯");
    d.taskCode = QStringLiteral("C7");
    d.support = 40;
    REQUIRE(lists->addDemand(d, QStringLiteral("NC-DH-001")));
    CHECK(lists->demandCount() == 1);
    window.history().undo();
    CHECK(lists->demandCount() == 0);
    window.history().redo();
    CHECK(lists->demandCount() == 1);
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(lists->addDemand(cc::Demand {}, QStringLiteral("NC-DH-001"))); // no text: refused, not stacked
    CHECK(window.history().stack().count() == 1);

    cc::Resource fund;
    fund.kind = cc::ResourceKind::Fund;
    fund.name = QStringLiteral("老旧小区改造中央补助");
    fund.county = QStringLiteral("东湖区");
    fund.amountWan = 800;
    REQUIRE(lists->addResource(fund, {}));
    CHECK(lists->resourceCount() == 1);

    // once a generation made elsewhere (not in this history) links the demand to a project, undoing
    // its addition is refused with a message, and the step leaves the history
    REQUIRE_OK(window.workspace().projects().generate(latestOf(window.workspace(), QStringLiteral("NC-DH-001")),
                                                      QStringLiteral("zh_CN")));
    const QUndoStack& history = window.history().stack();
    REQUIRE(history.count() == 2);
    window.history().undo(); // the resource: not linked, removed
    CHECK(lists->resourceCount() == 0);
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    window.history().undo(); // the demand: linked, kept
    CHECK(lists->demandCount() == 1);
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("声控灯")));
    CHECK(history.count() == 1); // the refused step is gone: nothing claims the demand was removed
    CHECK(history.index() == 0);
    CHECK_FALSE(history.canUndo());
    CHECK(history.redoText() == history.command(0)->text()); // what is left to redo: the resource
    window.history().redo();
    CHECK(lists->resourceCount() == 1);
}
