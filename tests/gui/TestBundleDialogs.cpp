// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import bundle: the preview, the conflicts side by side, decided one by one or all at once;
// nothing imported while one is undecided.
#include "app/common/AppEnvironment.h"
#include "app/gui/BundleDialogs.h"
#include "app/gui/MainWindow.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

namespace {

double answerOf(cc::Workspace& ws, const cc::AssessmentId& id, const char* code)
{
    const std::vector<cc::Response> all = testing::valueOf(ws.assessments().responses(id));
    for (const cc::Response& r : all) {
        if (r.indicatorCode == QString::fromLatin1(code))
            return std::get<double>(r.value);
    }
    return -1;
}

} // namespace

TEST_CASE("gui: the import dialog shows each conflict side by side and imports only once all are decided",
          "[gui][bundle]")
{
    testing::Fixture office({.user = QStringLiteral("王审核"), .set = testing::FixtureSet::Default});
    const cc::AssessmentId check = office.check;
    office.ws.reset();
    for (const char* suffix : {".sqlite", ".photos.sqlite"})
        REQUIRE(QFile::copy(QString(office.path).replace(QStringLiteral(".sqlite"), QString::fromLatin1(suffix)),
                            office.file(QStringLiteral("laptop") + QString::fromLatin1(suffix))));
    office.ws = testing::valueOf(
        cc::Workspace::open(office.path, cc::Workspace::OpenMode::MustExist, QStringLiteral("王审核")));
    auto laptop = testing::valueOf(cc::Workspace::open(
        office.file(QStringLiteral("laptop.sqlite")), cc::Workspace::OpenMode::MustExist, QStringLiteral("李明")));
    // Both change A2-01 and A2-04; the laptop alone A1-02.
    REQUIRE_OK(office.ws->assessments().saveResponses(check,
                                                      {{QStringLiteral("A2-01"), 70.0, false, {}, false, {}},
                                                       {QStringLiteral("A2-04"), 10.0, false, {}, false, {}}}));
    REQUIRE_OK(laptop->assessments().saveResponses(check,
                                                   {{QStringLiteral("A2-01"), 90.0, false, {}, false, {}},
                                                    {QStringLiteral("A2-04"), 20.0, false, {}, false, {}},
                                                    {QStringLiteral("A1-02"), 3.0, false, {}, false, {}}}));
    const QString path = office.file(QStringLiteral("laptop.ccbundle"));
    REQUIRE(laptop->exchange().exportBundle({check}, path, QStringLiteral("test")));

    auto preview = testing::valueOf(office.ws->exchange().importBundle(path, true, cc::ExchangeService::Resolve::None));
    REQUIRE(preview.conflicts.size() == 2);
    BundleImportDialog dialog(*office.ws, path, preview);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictsTableWidget"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 2);
    // Side by side: this database's value and the bundle's, with who changed it.
    const int a201 = table->item(0, 1)->text() == u"A2-01" ? 0 : 1;
    CHECK(table->item(a201, 2)->text() == u"70");
    CHECK(table->item(a201, 4)->text() == u"90");
    CHECK(table->item(a201, 5)->text().startsWith(u"李明"));
    QPushButton* import = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(import->isEnabled()); // undecided
    dialog.decide(a201, BundleImportDialog::Resolve::Theirs);
    CHECK_FALSE(import->isEnabled());
    dialog.decide(1 - a201, BundleImportDialog::Resolve::Ours);
    CHECK(import->isEnabled());
    const auto done = dialog.apply();
    REQUIRE(done);
    CHECK(done->applied);
    CHECK(answerOf(*office.ws, check, "A2-01") == 90); // taken
    CHECK(answerOf(*office.ws, check, "A2-04") == 10); // kept
    CHECK(answerOf(*office.ws, check, "A1-02") == 3); // only the laptop changed it

    // "Keep ours for all" decides every row at once.
    BundleImportDialog again(*office.ws, path, preview);
    again.findChild<QPushButton*>(QStringLiteral("keepOursPushButton"))->click();
    for (const auto& [key, choice] : again.decisions().asKeyValueRange())
        CHECK(choice == BundleImportDialog::Resolve::Ours);
}

TEST_CASE("gui: a bundle given on the command line is told from a database and opens the import preview",
          "[gui][bundle]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default});
    const QString bundle = f.file(QStringLiteral("sent.bin")); // renamed: the header decides
    REQUIRE(f.ws->exchange().exportBundle({f.check}, bundle, QStringLiteral("test")));
    CHECK(appenv::isBundleFile(bundle));
    CHECK_FALSE(appenv::isBundleFile(f.path)); // a database, whatever it is called
    CHECK(appenv::isBundleFile(f.file(QStringLiteral("missing.ccbundle")))); // unreadable: by suffix
    CHECK_FALSE(appenv::isBundleFile(f.file(QStringLiteral("missing.sqlite"))));

    f.ws.reset();
    MainWindow window(testing::valueOf(cc::Workspace::open(f.path, cc::Workspace::OpenMode::MustExist, {})));
    bool shown = false;
    QTimer poll; // the preview is read first, then the dialog opens: close it once it is there
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* dialog = window.findChild<BundleImportDialog*>()) {
            shown = true;
            poll.stop();
            dialog->reject();
        }
    });
    poll.start(10);
    window.importBundle(bundle);
    CHECK(shown); // the preview of that file, without a file dialog
}
