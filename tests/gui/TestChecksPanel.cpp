// SPDX-License-Identifier: GPL-3.0-or-later
// The checks list as a reviewer works in it: filters, the review queue's order, and approving or
// returning many checks in one all-or-nothing, audited step.
#include "app/commands/History.h"
#include "app/gui/AssessmentDocument.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/ChecksPanel.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/models/AssessmentListModel.h"
#include "app/models/CheckFilterModel.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <cmath>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using testing::Fixture;
using testing::FixtureSet;

namespace {

// Chooses the item whose data is `value` (the filters keep values, the texts are translated).
void choose(ChecksPanel& panel, const char* combo, const QString& value)
{
    auto* box = panel.findChild<QComboBox*>(QString::fromLatin1(combo));
    REQUIRE(box);
    const int index = box->findData(value);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QStringList shownCommunities(ChecksPanel& panel)
{
    auto* table = panel.findChild<QTableView*>(QStringLiteral("assessmentsTableView"));
    QStringList out;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        out << table->model()->index(row, AssessmentListModel::Community).data().toString().section(u' ', 0, 0);
    return out;
}

// Reopens approved checks and files them as submitted again: the review queue's material, in this order.
std::vector<cc::Assessment> resubmit(cc::Workspace& ws, const QStringList& communities)
{
    std::vector<cc::Assessment> out;
    for (const QString& code : communities) {
        const auto all = ws.assessments().list().value();
        for (const cc::Assessment& a : all) {
            if (a.communityCode != code || a.status != cc::AssessmentStatus::Approved)
                continue;
            // The demo's answers leave some indicators open: filed as the demo files its checks.
            REQUIRE(ws.workflow().reopen(a.id, QStringLiteral("复核")));
            QTest::qWait(5); // distinct submission times
            REQUIRE(ws.assessments().setStatus(a.id, cc::AssessmentStatus::Submitted, QStringLiteral("复核")));
            out.push_back(ws.assessments().find(a.id).value());
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("gui: the check filter model passes the model tester and filters by place, round, state and grade",
          "[gui][checks]")
{
    Fixture f({.set = FixtureSet::Demo});
    cc::Workspace& ws = *f.ws;
    auto checks = ws.assessments().list().value();
    QSet<QString> ids;
    for (const cc::Assessment& a : checks)
        ids.insert(a.id.toString());
    auto scores = ws.scores().summaries(ids).value();
    AssessmentListModel model;
    model.setAssessments(checks, scores);
    CheckFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    QHash<QString, cc::Community> communities;
    const auto registered = ws.communities().list().value();
    for (const cc::Community& c : registered)
        communities.insert(c.id.toString(), c);
    filter.setCommunities(communities);
    REQUIRE(filter.rowCount() == static_cast<int>(checks.size()));

    // Expected counts straight from the data.
    const auto count = [&](auto pred) { return static_cast<int>(std::count_if(checks.begin(), checks.end(), pred)); };
    const auto countyOf = [&](const cc::Assessment& a) { return communities.value(a.communityId.toString()).county; };
    CheckFilterModel::Filter byCounty;
    byCounty.county = QStringLiteral("章贡区");
    filter.setFilter(byCounty);
    const int inCounty = count([&](const cc::Assessment& a) { return countyOf(a) == byCounty.county; });
    CHECK(inCounty > 0);
    CHECK(filter.rowCount() == inCounty);

    CheckFilterModel::Filter byRound;
    byRound.round = QStringLiteral("2025 体检");
    byRound.status = cc::AssessmentStatus::Approved;
    filter.setFilter(byRound);
    CHECK(filter.rowCount() == count([](const cc::Assessment& a) {
              return a.round.toString() == u"2025 体检" && a.status == cc::AssessmentStatus::Approved;
          }));

    const QString someGrade = scores.begin()->grade;
    REQUIRE_FALSE(someGrade.isEmpty());
    CheckFilterModel::Filter byGrade;
    byGrade.grade = someGrade;
    filter.setFilter(byGrade);
    CHECK(filter.rowCount()
          == count([&](const cc::Assessment& a) { return scores.value(a.id.toString()).grade == someGrade; }));

    CheckFilterModel::Filter pilots;
    pilots.pilotsOnly = true;
    filter.setFilter(pilots);
    CHECK(filter.rowCount()
          == count([&](const cc::Assessment& a) { return communities.value(a.communityId.toString()).pilot; }));
    CHECK(filter.rowCount() < static_cast<int>(checks.size()));

    CheckFilterModel::Filter search;
    search.search = QStringLiteral("  豫章里 ");
    filter.setFilter(search);
    CHECK(filter.rowCount() == count([](const cc::Assessment& a) { return a.communityName.contains(u"豫章里"); }));
}

TEST_CASE("gui: the review queue lists the submitted checks, the one waiting longest first", "[gui][checks]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("queue.sqlite")});
    // The demo's 2026 re-check of NC-DH-001 is waiting; then these two, in this order.
    const auto waiting = resubmit(*f.ws, {QStringLiteral("NC-DH-002"), QStringLiteral("GZ-ZG-001")});
    REQUIRE(waiting.size() == 2);
    MainWindow window(std::move(f.ws));
    window.show();
    ChecksPanel& panel = *window.checksPanel();
    panel.findChild<QCheckBox*>(QStringLiteral("reviewQueueCheckBox"))->setChecked(true);
    CHECK(shownCommunities(panel)
          == QStringList({QStringLiteral("NC-DH-001"), QStringLiteral("NC-DH-002"), QStringLiteral("GZ-ZG-001")}));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("checkCountLabel"))->text().startsWith(u'3'));
    // The other filters still apply in the queue.
    choose(panel, "checkCountyComboBox", QStringLiteral("章贡区"));
    CHECK(shownCommunities(panel) == QStringList({QStringLiteral("GZ-ZG-001")}));
    // Off again: every check, sorted by the header.
    choose(panel, "checkCountyComboBox", QString());
    panel.findChild<QCheckBox*>(QStringLiteral("reviewQueueCheckBox"))->setChecked(false);
    CHECK(panel.shownCount() == 6);
}

TEST_CASE("gui: approving several checks is one step, all or nothing, and audited", "[gui][checks]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("bulk.sqlite")});
    const auto waiting = resubmit(*f.ws, {QStringLiteral("NC-DH-002"), QStringLiteral("NC-DH-003")});
    REQUIRE(waiting.size() == 2);
    MainWindow window(std::move(f.ws));
    window.show();
    ChecksPanel& panel = *window.checksPanel();
    cc::Workspace& ws = window.workspace();
    const auto statusOf = [&](const cc::Assessment& a) { return ws.assessments().find(a.id).value().status; };

    // With a check that is not waiting for review among them, none is approved.
    std::vector<cc::Assessment> mixed = waiting;
    const auto all = ws.assessments().list().value();
    for (const cc::Assessment& a : all) {
        if (a.status == cc::AssessmentStatus::Approved) {
            mixed.push_back(a);
            break;
        }
    }
    REQUIRE(mixed.size() == 3);
    ErrorPresenter::setNextAnswer(QMessageBox::Ok); // the refusal is shown, not waited on
    CHECK_FALSE(panel.review(mixed, cc::ReviewStep::Approve, QStringLiteral("一致")));
    CHECK(ErrorPresenter::lastMessage().contains(mixed.back().communityCode));
    CHECK(statusOf(waiting[0]) == cc::AssessmentStatus::Submitted);
    CHECK(statusOf(waiting[1]) == cc::AssessmentStatus::Submitted);

    // The two submitted ones: both approved, each with the comment in its history.
    REQUIRE(panel.review(waiting, cc::ReviewStep::Approve, QStringLiteral("资料齐全，同意")));
    for (const cc::Assessment& a : waiting) {
        CHECK(statusOf(a) == cc::AssessmentStatus::Approved);
        bool audited = false;
        const auto trail = ws.assessments().history(a.id).value();
        for (const cc::AuditEntry& e : trail)
            audited = audited || e.reason.contains(u"资料齐全，同意");
        CHECK(audited);
    }
    // The list shows it at once: only the demo's 2026 re-check still waits.
    choose(panel, "assessmentStatusComboBox", toString(cc::AssessmentStatus::Submitted));
    REQUIRE(panel.shownCount() == 1);

    // Returned through the table's selection, with the reviewer's comment.
    auto* table = panel.findChild<QTableView*>(QStringLiteral("assessmentsTableView"));
    table->selectAll();
    const auto selected = panel.selection();
    REQUIRE(selected.size() == 1);
    CHECK(selected.front().round.toString() == u"2026 复检");
    REQUIRE(panel.review(selected, cc::ReviewStep::Return, QStringLiteral("补拍3号楼照片")));
    CHECK(statusOf(selected.front()) == cc::AssessmentStatus::Returned);
    CHECK(ws.assessments().find(selected.front().id).value().reviewComment == u"补拍3号楼照片");
    CHECK(panel.shownCount() == 0);
}

TEST_CASE("gui: an answer changes its check's row in the list, not the whole list", "[gui][checks]")
{
    Fixture f({.set = FixtureSet::Demo, .fileName = QStringLiteral("checks-refresh.sqlite")});
    cc::Assessment check;
    const std::vector<cc::Assessment> all = f.ws->assessments().list().value();
    for (const cc::Assessment& a : all) {
        if (a.status == cc::AssessmentStatus::Approved) {
            check = a;
            break;
        }
    }
    REQUIRE(f.ws->workflow().reopen(check.id, QStringLiteral("复核")));
    MainWindow window(std::move(f.ws));
    ChecksPanel& panel = *window.checksPanel();
    auto* table = panel.findChild<QTableView*>(QStringLiteral("assessmentsTableView"));
    auto* model = qobject_cast<CheckFilterModel*>(table->model());
    REQUIRE(model);
    auto* source = qobject_cast<AssessmentListModel*>(model->sourceModel());
    REQUIRE(source);
    const int row = source->rowOf(check.id);
    REQUIRE(row >= 0);
    int resets = 0;
    QObject::connect(source, &QAbstractItemModel::modelReset, [&] { ++resets; });

    AssessmentWindow* entry = window.openAssessment(check.id);
    REQUIRE(entry);
    const QDateTime before = source->assessment(row)->updatedAt;
    for (const double value : {0.0, 100.0}) {
        QTest::qWait(2); // a later last change
        const auto set = entry->document().setResponse({QStringLiteral("A2-01"), value, false, {}, false, {}});
        INFO((set ? QString() : set.error().message).toStdString());
        REQUIRE(set);
        auto scored = window.workspace().assessments().score(check.id);
        REQUIRE(scored);
        const cc::ScoreSummary* shown = source->summary(row);
        REQUIRE(shown);
        REQUIRE(shown->overall);
        CHECK(std::abs(*shown->overall - *scored->score.overall) < 1e-9);
        CHECK(source->assessment(row)->updatedAt > before);
    }
    CHECK(resets == 0); // one row changed, the list was not read again
    window.history().undo(); // undo goes the same way
    CHECK(resets == 0);
    CHECK(std::abs(*source->summary(row)->overall - *window.workspace().assessments().score(check.id)->score.overall)
          < 1e-9);
}
