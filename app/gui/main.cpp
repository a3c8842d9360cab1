// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppEnvironment.h"
#include "app/common/Settings.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/BuildingsDialog.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/DatabaseOpener.h"
#include "app/gui/DateFields.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReportPreviewDialog.h"
#include "app/gui/SetEditorDialog.h"
#include "app/gui/SubmitDialog.h"
#include "app/gui/WindowFit.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QIcon>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <exception>

namespace {

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    // Opens the database, offering another file when it cannot be opened. Null: the user quit.
    static std::unique_ptr<cc::Workspace> openWorkspace(QString path, const QString& user)
    {
        for (;;) {
            // Checked once the window is up (verifyDatabaseInBackground): a big file opens at once.
            auto workspace = DatabaseOpener::open(nullptr, path, user, true);
            if (workspace) {
                if (auto installed = appenv::installDefaultSetIfNone(**workspace); !installed)
                    ErrorPresenter::show(nullptr, installed.error()); // the app opens; the sets tab is empty
                return std::move(workspace).value();
            }
            QMessageBox box(QMessageBox::Critical, tr("CommunityCheck"), workspace.error().message);
            box.setDetailedText(workspace.error().detail);
            QPushButton* other = box.addButton(tr("Open another database…"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            if (box.clickedButton() != other)
                return nullptr;
            path = QFileDialog::getSaveFileName(nullptr,
                                                tr("Open or create a database"),
                                                path,
                                                tr("CommunityCheck databases (*.sqlite);;All files (*)"),
                                                nullptr,
                                                QFileDialog::DontConfirmOverwrite);
            if (path.isEmpty())
                return nullptr;
        }
    }

    static void askAssessorName()
    {
        bool ok = false;
        const QString name = QInputDialog::getText(nullptr,
                                                   tr("Welcome to CommunityCheck"),
                                                   tr("Your name, as it appears in the audit trail and on reports:"),
                                                   QLineEdit::Normal,
                                                   QString(),
                                                   &ok);
        if (ok && !name.trimmed().isEmpty())
            settings::assessorName.setValue(name.trimmed());
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    appenv::setIdentity();
    appenv::installQuietMessages();
    // Our modules log progress at info level; show it only when asked (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QStringLiteral("cc.*.info=false"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/communitycheck-256.png")));
    WindowFit::install(app); // every window and dialog fits the screen, its size kept per screen
    DateFields::install(app); // Tab leaves a date field

    QString language = appenv::normalizeLanguage(settings::language.value());
    // --lang applies to --help too (the man pages are made from `--lang en --help`).
    if (const auto at = app.arguments().indexOf(QStringLiteral("--lang")); at > 0 && at + 1 < app.arguments().size()) {
        if (const QString asked = appenv::normalizeLanguage(app.arguments().at(at + 1)); !asked.isEmpty())
            language = asked;
    }
    appenv::installTranslations(app, language.isEmpty() ? QStringLiteral("zh_CN") : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Startup", "CommunityCheck (社区体检)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("Startup", "Open (or create) this database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("Startup", "Interface language: zh_CN or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Startup", "Save a picture of the main window to FILE and quit (for docs)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QCoreApplication::translate("Startup",
                                    "Start on a tab: communities, sets, checks, dashboard, failed (the failed "
                                    "indicators), rounds (round over round), spread (programme scores), lists, "
                                    "projects or plan."),
        QStringLiteral("TAB"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QCoreApplication::translate("Startup", "Open a check at start: its ID or first 8 characters."),
        QStringLiteral("ID"));
    const QCommandLineOption submitOption(
        QStringLiteral("show-submit"),
        QCoreApplication::translate("Startup", "With --open: show the submit dialog of that check (for docs)."));
    const QCommandLineOption indicatorOption(
        QStringLiteral("indicator"),
        QCoreApplication::translate("Startup", "With --open: start on this indicator."),
        QStringLiteral("CODE"));
    const QCommandLineOption reportOption(
        QStringLiteral("show-report"),
        QCoreApplication::translate("Startup", "With --open: show the report preview of that check (for docs)."));
    const QCommandLineOption buildingsOption(
        QStringLiteral("buildings"),
        QCoreApplication::translate("Startup", "Open the buildings of a community at start: its code."),
        QStringLiteral("CODE"));
    const QCommandLineOption editSetOption(
        QStringLiteral("edit-set"),
        QCoreApplication::translate("Startup", "Open the set editor at start on a stored set: CODE or CODE@VERSION."),
        QStringLiteral("SET"));
    const QCommandLineOption wholeScreenOption(
        QStringLiteral("whole-screen"),
        QCoreApplication::translate(
            "Startup", "With --screenshot: picture the whole screen, to show how the windows fit (for docs)."));
    parser.addOptions({dbOption,
                       langOption,
                       screenshotOption,
                       wholeScreenOption,
                       tabOption,
                       openOption,
                       submitOption,
                       indicatorOption,
                       reportOption,
                       buildingsOption,
                       editSetOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("Startup",
                                    "A database to open, or a bundle (.ccbundle) to import into the database "
                                    "last used."),
        QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    const QString bundle = files.size() == 1 && appenv::isBundleFile(files.front()) ? files.front() : QString();
    if (files.size() > 1 || (files.size() == 1 && bundle.isEmpty() && parser.isSet(dbOption))) {
        fprintf(
            stderr,
            "%s\n",
            qUtf8Printable(QCoreApplication::translate("Startup", "error: give one database, as FILE or --db FILE")));
        return 2;
    }
    const QString givenDatabase = files.size() == 1 && bundle.isEmpty() ? files.front() : parser.value(dbOption);

    if (parser.isSet(langOption)) {
        language = appenv::normalizeLanguage(parser.value(langOption));
        if (language.isEmpty()) {
            fprintf(stderr, "error: unknown language (use zh_CN or en)\n");
            return 2;
        }
        settings::language.setValue(language);
        appenv::installTranslations(app, language);
    }

    try {
        const bool screenshot = parser.isSet(screenshotOption);
        if (!screenshot && settings::assessorName.value().isEmpty())
            Startup::askAssessorName();
        QString path = givenDatabase;
        if (path.isEmpty())
            path = settings::lastDatabase.value();
        if (path.isEmpty())
            path = appenv::defaultDatabasePath();
        auto workspace = Startup::openWorkspace(path, appenv::userName());
        if (!workspace)
            return EXIT_FAILURE;
        if (!givenDatabase.isEmpty() || settings::lastDatabase.value().isEmpty())
            settings::lastDatabase.setValue(workspace->path());

        MainWindow window(std::move(workspace));
        const QString tab = parser.value(tabOption);
        const QStringList tabs {QStringLiteral("communities"),
                                QStringLiteral("sets"),
                                QStringLiteral("checks"),
                                QStringLiteral("dashboard"),
                                QStringLiteral("lists"),
                                QStringLiteral("projects"),
                                QStringLiteral("plan")};
        if (tabs.contains(tab))
            window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))
                ->setCurrentIndex(static_cast<int>(tabs.indexOf(tab)));
        if (tab == u"failed") { // the dashboard's failed-indicators page
            window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))->setCurrentWidget(window.dashboardPanel());
            window.dashboardPanel()->showHeatMap(cc::report::HeatMap::Columns::Community);
        }
        if (tab == u"spread") { // the dashboard's programme scores page
            window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))->setCurrentWidget(window.dashboardPanel());
            window.dashboardPanel()->showSpread();
        }
        if (tab == u"rounds") { // the dashboard's round over round page, against the round before
            window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))->setCurrentWidget(window.dashboardPanel());
            window.dashboardPanel()->showRoundChanges({});
        }
        window.show();
        window.verifyDatabaseInBackground();
        if (!bundle.isEmpty())
            QTimer::singleShot(0, &window, [&window, bundle] { window.importBundle(bundle); });
        QWidget* shown = &window;
        if (parser.isSet(openOption)) {
            auto assessment = window.workspace().assessments().resolve(parser.value(openOption));
            if (!assessment)
                ErrorPresenter::show(&window, assessment.error());
            else if (AssessmentWindow* opened = window.openAssessment(assessment->id))
                shown = opened;
            if (auto* opened = qobject_cast<AssessmentWindow*>(shown); opened && parser.isSet(indicatorOption))
                opened->showIndicator(parser.value(indicatorOption));
            if (assessment && parser.isSet(reportOption)) {
                if (auto* dialog = window.openReport(assessment->id)) {
                    dialog->show();
                    shown = dialog;
                }
            }
            if (auto* opened = qobject_cast<AssessmentWindow*>(shown); opened && parser.isSet(submitOption)) {
                auto* dialog = new SubmitDialog(opened->document(), window.language(), opened);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
                shown = dialog;
            }
        }
        if (parser.isSet(buildingsOption)) {
            auto community = window.workspace().communities().byCode(parser.value(buildingsOption));
            if (!community) {
                ErrorPresenter::show(&window, community.error());
            } else {
                auto* dialog = new BuildingsDialog(window.history(), *community, &window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
                shown = dialog;
            }
        }
        if (parser.isSet(editSetOption)) {
            const QString code = parser.value(editSetOption).section(u'@', 0, 0);
            auto stored = window.workspace().sets().find(code, parser.value(editSetOption).section(u'@', 1));
            if (!stored) {
                ErrorPresenter::show(&window, stored.error());
            } else {
                auto* editor = new SetEditorDialog(window.history(), stored->code, stored->version, &window);
                editor->setAttribute(Qt::WA_DeleteOnClose);
                editor->show();
                shown = editor;
            }
        }
        if (screenshot) {
            const QString file = parser.value(screenshotOption);
            const bool wholeScreen = parser.isSet(wholeScreenOption);
            QTimer::singleShot(800, shown, [shown, file, wholeScreen] {
                const QPixmap picture = wholeScreen ? shown->screen()->grabWindow(0) : shown->grab();
                const bool saved = picture.save(file);
                QCoreApplication::exit(saved ? EXIT_SUCCESS : EXIT_FAILURE);
            });
        }
        return QApplication::exec();
    } catch (const std::exception& e) {
        ErrorPresenter::show(
            nullptr,
            cc::makeError(
                cc::ErrorCode::Io,
                QCoreApplication::translate("Startup", "Internal error: %1").arg(QString::fromLocal8Bit(e.what()))));
        return EXIT_FAILURE;
    }
}
