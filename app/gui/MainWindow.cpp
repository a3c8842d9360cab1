// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/common/AppEnvironment.h"
#include "app/common/Settings.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/AccessGate.h"
#include "app/gui/AssessmentWindow.h"
#include "app/gui/BuildingsDialog.h"
#include "app/gui/BundleDialogs.h"
#include "app/gui/ChecklistAction.h"
#include "app/gui/ChecksPanel.h"
#include "app/gui/CommunityDialog.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/DatabaseCareActions.h"
#include "app/gui/DatabaseOpener.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/ListsPanel.h"
#include "app/gui/NationalExportDialog.h"
#include "app/gui/NewAssessmentDialog.h"
#include "app/gui/PlanPanel.h"
#include "app/gui/ProjectsPanel.h"
#include "app/gui/ReportPreviewDialog.h"
#include "app/gui/ReportSettingsDialog.h"
#include "app/gui/SavePath.h"
#include "app/gui/ServerConnectDialog.h"
#include "app/gui/SetDiffDialog.h"
#include "app/gui/SetEditorDialog.h"
#include "app/gui/TableImportActions.h"
#include "app/models/CommunityFilterModel.h"
#include "app/models/CommunityListModel.h"
#include "app/models/SetListModel.h"
#include "app/models/SetTreeModel.h"
#include "core/services/Workspace.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>

MainWindow::MainWindow(std::unique_ptr<cc::Workspace> workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(std::move(workspace))
    , m_language(appenv::normalizeLanguage(settings::language.value()))
    , m_communityModel(new CommunityListModel(this))
    , m_communityFilter(new CommunityFilterModel(this))
    , m_setModel(new SetListModel(this))
    , m_setTreeModel(new SetTreeModel(this))
{
    if (m_language.isEmpty())
        m_language = QStringLiteral("zh_CN");
    m_ui->setupUi(this);
    DatabaseCareActions::showDatabaseWaits(statusBar());
    setWindowIcon(QIcon(QStringLiteral(":/icons/communitycheck-256.png")));

    m_communityFilter->setSourceModel(m_communityModel);
    m_ui->communitiesTableView->setModel(m_communityFilter);
    m_ui->communitiesTableView->sortByColumn(CommunityListModel::Code, Qt::AscendingOrder);
    m_ui->communitiesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->communitiesTableView->verticalHeader()->hide();
    m_ui->setsTableView->setModel(m_setModel);
    m_ui->setsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->setsTableView->verticalHeader()->hide();
    m_ui->setTreeView->setModel(m_setTreeModel);
    m_ui->setTreeView->header()->setSectionResizeMode(SetTreeModel::Name, QHeaderView::Stretch);
    m_ui->setTreeView->header()->setStretchLastSection(false);
    m_ui->setsSplitter->setStretchFactor(0, 1);
    m_ui->setsSplitter->setStretchFactor(1, 4);
    m_ui->setsSplitter->setSizes({140, 560});
    m_ui->setDetailSplitter->setStretchFactor(0, 3);
    m_ui->setDetailSplitter->setStretchFactor(1, 2);

    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->chineseAction);
    languages->addAction(m_ui->englishAction);
    (m_language == u"en" ? m_ui->englishAction : m_ui->chineseAction)->setChecked(true);

    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::onOpenDatabaseTriggered);
    connect(m_ui->connectServerAction, &QAction::triggered, this, [this] {
        ServerConnectDialog::run(this, [this](const QString& address) { return switchDatabase(address); });
    });
    connect(m_ui->importSetAction, &QAction::triggered, this, &MainWindow::onImportSetTriggered);
    connect(m_ui->exportSetAction, &QAction::triggered, this, &MainWindow::onExportSetTriggered);
    connect(m_ui->editSetPushButton, &QPushButton::clicked, this, [this] {
        if (const auto* set = m_setModel->set(m_ui->setsTableView->currentIndex().row()))
            SetEditorDialog(*m_history, set->code, set->version, this).exec();
    });
    connect(m_ui->compareSetsPushButton, &QPushButton::clicked, this, [this] {
        if (const auto* set = m_setModel->set(m_ui->setsTableView->currentIndex().row()))
            SetDiffDialog::compareStored(*m_workspace, set->code, this);
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->exportBundleAction, &QAction::triggered, this, [this] {
        const std::vector<cc::Assessment> chosen = m_checksPanel->selection();
        if (BundleImportDialog::exportWithDialog(this, *m_workspace, chosen.empty() ? m_checksPanel->shown() : chosen))
            statusBar()->showMessage(tr("Bundle written."), 5000);
    });
    connect(m_ui->exportNationalAction, &QAction::triggered, this, [this] {
        // The county the register is filtered by, if any, is offered first.
        NationalExportDialog dialog(*m_workspace, m_ui->countyComboBox->currentData().toString(), this);
        dialog.exec();
    });
    connect(m_ui->importBundleAction, &QAction::triggered, this, [this] { importBundle(); });
    connect(m_ui->assessorNameAction, &QAction::triggered, this, &MainWindow::onAssessorNameTriggered);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::onAboutTriggered);
    connect(m_ui->photoSizeAction, &QAction::triggered, this, &MainWindow::onPhotoSizeTriggered);
    connect(m_ui->newCommunityAction, &QAction::triggered, this, &MainWindow::onNewCommunityTriggered);
    connect(m_ui->importCommunitiesAction, &QAction::triggered, this, [this] {
        if (TableImportActions::importCommunities(this, *m_workspace))
            emit m_history->changes().registerChanged();
    });
    connect(m_ui->editCommunityAction, &QAction::triggered, this, &MainWindow::onEditCommunityTriggered);
    connect(m_ui->newAssessmentAction, &QAction::triggered, this, &MainWindow::onNewAssessmentTriggered);
    connect(m_ui->openAssessmentAction, &QAction::triggered, this, &MainWindow::onOpenAssessmentTriggered);
    connect(m_ui->newCommunityPushButton, &QPushButton::clicked, this, &MainWindow::onNewCommunityTriggered);
    connect(m_ui->editCommunityPushButton, &QPushButton::clicked, this, &MainWindow::onEditCommunityTriggered);
    connect(m_ui->buildingsAction, &QAction::triggered, this, &MainWindow::onBuildingsTriggered);
    connect(m_ui->buildingsPushButton, &QPushButton::clicked, this, &MainWindow::onBuildingsTriggered);
    connect(m_ui->reportAction, &QAction::triggered, this, &MainWindow::onReportTriggered);
    connect(m_ui->printChecklistAction, &QAction::triggered, this, [this] { ChecklistAction::print(*this); });
    connect(m_ui->reportSettingsAction, &QAction::triggered, this, &MainWindow::onReportSettingsTriggered);
    DatabaseCareActions::connectActions(
        this, m_ui->checkDatabaseAction, m_ui->backupNowAction, m_ui->backupFolderAction, [this] {
            return m_workspace->path();
        });
    connect(m_ui->restoreBackupAction, &QAction::triggered, this, [this] {
        const QString path = m_workspace->path();
        if (!DatabaseCareActions::restore(this, path, [this] { return closeChecks(); }))
            return;
        if (openDatabase(path)) {
            statusBar()->showMessage(tr("Restored from the backup; every view shows the restored database."), 8000);
            return;
        }
        // The views still show what was there before the restore: they may not be used.
        ErrorPresenter::show(this,
                             cc::makeError(cc::ErrorCode::Io,
                                           tr("The backup was restored, but the database could not be opened again; "
                                              "CommunityCheck closes. Open it again to go on.")),
                             tr("Restore from backup"));
        close();
    });
    connect(m_ui->generateProjectsAction, &QAction::triggered, this, &MainWindow::onGenerateProjectsTriggered);
    connect(m_ui->communitiesTableView, &QAbstractItemView::activated, this, &MainWindow::onEditCommunityTriggered);
    connect(m_ui->chineseAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });
    connect(m_ui->setsTableView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::onSetSelectionChanged);
    connect(m_ui->setTreeView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::onIndicatorSelectionChanged);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &MainWindow::onFiltersChanged);
    connect(m_ui->countyComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::onFiltersChanged);
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::onFiltersChanged);
    connect(m_ui->pilotCheckBox, &QCheckBox::toggled, this, &MainWindow::onFiltersChanged);
    connect(m_communityFilter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_communityFilter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_communityFilter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_communityFilter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);

    attachDatabase();
    restoreState(settings::mainWindowState.value());
    reload();
    updateTitle();
}

MainWindow::~MainWindow()
{
    cc::setDatabaseWaitNotice({});
    if (m_verifier)
        m_verifier->wait(); // it reads the file on a connection of its own; it ends by itself
    for (QThread* backup : findChildren<QThread*>()) // the automatic backup, if still copying
        backup->wait();
    detachDatabase(); // the entry windows hold the workspace and its history
}

void MainWindow::verifyDatabaseInBackground(std::function<void(bool ok)> done)
{
    auto outcome = std::make_shared<cc::Result<void>>();
    m_verifier = QThread::create([path = m_workspace->path(), outcome] { *outcome = cc::verifyDatabase(path); });
    connect(m_verifier, &QThread::finished, this, [this, outcome, done = std::move(done)] {
        m_verifier->deleteLater();
        const bool ok = outcome->has_value();
        if (!ok) {
            ErrorPresenter::show(this, outcome->error(), tr("Database check"));
            close();
        } else {
            startAutomaticBackup(); // only a file that passed its checks is backed up
        }
        if (done)
            done(ok);
    });
    m_verifier->start(QThread::LowPriority);
}

void MainWindow::reload()
{
    reloadRegister();
    reloadSets();
    m_checksPanel->reload();
}

void MainWindow::reloadRegister()
{
    QMap<QString, QString> typeNames;
    if (auto types = m_workspace->sets().communityTypes(m_language); !types) {
        ErrorPresenter::show(this, types.error()); // the register is shown with type codes
    } else {
        for (const auto& [code, name] : *types)
            typeNames.insert(code, name);
    }
    auto communities = m_workspace->communities().list();
    if (!communities) {
        ErrorPresenter::show(this, communities.error());
        return;
    }
    m_communityModel->setCommunities(std::move(communities).value(), typeNames);
    m_ui->communitiesTableView->resizeColumnsToContents();
    fillFilterCombos();
    updateCount();
}

void MainWindow::reloadSets()
{
    auto sets = m_workspace->sets().list();
    if (!sets) {
        ErrorPresenter::show(this, sets.error());
        return;
    }
    m_setModel->setSets(std::move(sets).value(), m_language);
    m_ui->setsTableView->resizeColumnsToContents();
    if (m_setModel->rowCount() > 0)
        m_ui->setsTableView->selectRow(0);
}

void MainWindow::fillFilterCombos()
{
    const QString county = m_ui->countyComboBox->currentData().toString();
    const QString type = m_ui->typeComboBox->currentData().toString();
    QStringList counties;
    QMap<QString, QString> types;
    for (int row = 0; row < m_communityModel->rowCount(); ++row) {
        const cc::Community* c = m_communityModel->community(row);
        if (!c->county.isEmpty() && !counties.contains(c->county))
            counties.append(c->county);
        types.insert(c->type,
                     m_communityModel->data(m_communityModel->index(row, CommunityListModel::Type)).toString());
    }
    counties.sort();
    const QSignalBlocker blockCounty(m_ui->countyComboBox);
    const QSignalBlocker blockType(m_ui->typeComboBox);
    m_ui->countyComboBox->clear();
    m_ui->countyComboBox->addItem(tr("All counties"), QString());
    for (const QString& c : counties)
        m_ui->countyComboBox->addItem(c, c);
    m_ui->countyComboBox->setCurrentIndex(std::max(0, m_ui->countyComboBox->findData(county)));
    m_ui->typeComboBox->clear();
    m_ui->typeComboBox->addItem(tr("All types"), QString());
    for (auto it = types.begin(); it != types.end(); ++it)
        m_ui->typeComboBox->addItem(it.value(), it.key());
    m_ui->typeComboBox->setCurrentIndex(std::max(0, m_ui->typeComboBox->findData(type)));
    onFiltersChanged();
}

void MainWindow::onFiltersChanged()
{
    m_communityFilter->setSearchText(m_ui->searchLineEdit->text());
    m_communityFilter->setCounty(m_ui->countyComboBox->currentData().toString());
    m_communityFilter->setTypeCode(m_ui->typeComboBox->currentData().toString());
    m_communityFilter->setPilotsOnly(m_ui->pilotCheckBox->isChecked());
    updateCount();
}

void MainWindow::updateCount()
{
    m_ui->communityCountLabel->setText(
        tr("%1 of %n communities shown", nullptr, m_communityModel->rowCount()).arg(m_communityFilter->rowCount()));
}

void MainWindow::updateTitle()
{
    // A database on a read-only folder or medium was opened read-only (DatabaseOpener): said in the title.
    if (const QString server = AccessGate::serverTitle(m_workspace->facts().access, m_workspace->path());
        !server.isEmpty()) {
        setWindowTitle(tr("CommunityCheck") + QStringLiteral(" — ") + server);
        statusBar()->showMessage(tr("Database: %1").arg(m_workspace->path()));
        return;
    }
    const QFileInfo file(m_workspace->path());
    const bool readOnly = !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable();
    setWindowTitle(tr("CommunityCheck") + QStringLiteral(" — ") + QDir::toNativeSeparators(file.fileName())
                   + (readOnly ? tr(" (read-only)") : QString()));
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_workspace->path())));
}

void MainWindow::switchLanguage(const QString& language)
{
    const QString normalized = appenv::normalizeLanguage(language);
    if (normalized.isEmpty() || normalized == m_language)
        return;
    m_language = normalized;
    settings::language.setValue(normalized);
    appenv::installTranslations(*QCoreApplication::instance(), normalized); // sends LanguageChange
    (m_language == u"en" ? m_ui->englishAction : m_ui->chineseAction)->setChecked(true);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    if (m_projectsPanel) {
        m_ui->mainTabWidget->setTabText(m_ui->mainTabWidget->indexOf(m_checksPanel), tr("Chec&ks"));
        m_ui->mainTabWidget->setTabText(m_ui->mainTabWidget->indexOf(m_dashboardPanel), tr("Dashboard"));
        m_dashboardPanel->retranslate(m_language);
        m_ui->mainTabWidget->setTabText(m_ui->mainTabWidget->indexOf(m_projectsPanel), tr("Projects"));
        m_ui->mainTabWidget->setTabText(m_ui->mainTabWidget->indexOf(m_planPanel), tr("Annual plan"));
        m_ui->mainTabWidget->setTabText(m_ui->mainTabWidget->indexOf(m_listsPanel), tr("Demands and resources"));
        m_listsPanel->retranslate();
        m_projectsPanel->retranslate();
        m_planPanel->retranslate();
    }
    m_communityModel->retranslate();
    m_setModel->retranslate(m_language);
    m_setTreeModel->retranslate(m_language);
    if (m_checksPanel)
        m_checksPanel->retranslate(m_language);
    reload(); // type names come from the sets in the UI language
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The app ends with its main window: the entry windows close first, each asking about what it
    // holds unconfirmed; one that stays open keeps the app open. The plan's typed texts are saved.
    for (const auto& window : std::as_const(m_assessmentWindows)) {
        if (window && window->isVisible() && !window->close()) {
            event->ignore();
            return;
        }
    }
    if (m_planPanel && !m_planPanel->saveTextsIfChanged()) {
        event->ignore();
        return;
    }
    settings::mainWindowState.setValue(saveState());
    QMainWindow::closeEvent(event);
}

const cc::Assessment* MainWindow::currentAssessment() const
{
    return m_checksPanel->current();
}

bool MainWindow::openDatabase(const QString& path)
{
    auto switched = switchDatabase(path);
    if (!switched && switched.error().code != cc::ErrorCode::Locked)
        ErrorPresenter::show(this, switched.error(), tr("Open database"));
    return switched.has_value();
}

cc::Result<void> MainWindow::switchDatabase(const QString& path)
{
    auto workspace = DatabaseOpener::open(this, path, m_workspace->userName(), false);
    if (!workspace)
        return workspace.error();
    if (auto installed = appenv::installDefaultSetIfNone(**workspace); !installed)
        ErrorPresenter::show(this, installed.error(), tr("Open database")); // opens without the default set
    // The open checks, the panels and the history hold the current database: they go first, each
    // check asking about a value typed and not confirmed (one kept open keeps this database).
    if (!closeChecks())
        return cc::makeError(cc::ErrorCode::Locked, tr("A check was kept open."));
    const int tab = m_ui->mainTabWidget->currentIndex();
    detachDatabase();
    m_workspace = std::move(workspace).value();
    attachDatabase();
    m_ui->mainTabWidget->setCurrentIndex(tab); // the same page, of the other database
    settings::lastDatabase.setValue(m_workspace->path());
    reload();
    updateTitle();
    startAutomaticBackup();
    return {};
}

bool MainWindow::closeChecks()
{
    for (const auto& window : std::as_const(m_assessmentWindows)) {
        if (window && window->isVisible() && !window->close())
            return false;
    }
    return !m_planPanel || m_planPanel->saveTextsIfChanged();
}

void MainWindow::startAutomaticBackup()
{
    DatabaseCareActions::startAutomaticBackup(
        this, m_workspace->path(), [this](const QString& line) { statusBar()->showMessage(line, 8000); });
}

void MainWindow::onOpenDatabaseTriggered()
{
    const QString path = DatabaseOpener::askForFile(this, m_workspace->path(), statusBar());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::importBundle(const QString& path)
{
    if (const auto report = BundleImportDialog::importWithDialog(this, *m_workspace, path)) {
        // Every view reads again, open checks too: communities, sets, checks and answers may all be new.
        m_history->announceEverything();
        statusBar()->showMessage(tr("Bundle imported: %1 new checks, %2 answers or states taken.")
                                     .arg(report->newAssessments)
                                     .arg(report->updatedAnswers),
                                 8000);
    }
}

bool MainWindow::importSet(const QString& path)
{
    auto outcome = m_workspace->sets().importFile(path);
    if (!outcome) {
        ErrorPresenter::show(this, outcome.error(), tr("Import indicator set"));
        return false;
    }
    statusBar()->showMessage(outcome->created ? tr("Imported %1 %2").arg(outcome->code, outcome->version)
                                              : tr("%1 %2 was already stored with the same content; nothing changed.")
                                                    .arg(outcome->code, outcome->version),
                             8000);
    emit m_history->changes().setsChanged();
    return true;
}

void MainWindow::onImportSetTriggered()
{
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Import indicator set"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("Indicator sets (*.json *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importSet(path);
}

void MainWindow::onExportSetTriggered()
{
    const auto* set = m_setModel->set(m_ui->setsTableView->currentIndex().row());
    if (!set) {
        ErrorPresenter::show(this,
                             cc::makeError(cc::ErrorCode::InvalidInput, tr("Select an indicator set to export first.")),
                             tr("Export indicator set"));
        return;
    }
    const QString name = set->code + u'-' + set->version + QStringLiteral(".json"); // or .xlsx: a workbook
    const QString path = SavePath::ask(
        this, tr("Export indicator set"), name, tr("Indicator sets (*.json);;Workbooks for WPS or Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto written = m_workspace->sets().exportToFile(set->code, set->version, path); !written) {
        ErrorPresenter::show(this, written.error(), tr("Export indicator set"));
        return;
    }
    statusBar()->showMessage(tr("Written %1 %2 to %3").arg(set->code, set->version, QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::onAssessorNameTriggered()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Assessor name"),
                                               tr("Your name, as it appears in the audit trail and on reports:"),
                                               QLineEdit::Normal,
                                               settings::assessorName.value(),
                                               &ok);
    if (ok && !name.trimmed().isEmpty())
        settings::assessorName.setValue(name.trimmed());
}

void MainWindow::onPhotoSizeTriggered()
{
    bool ok = false;
    const int edge =
        QInputDialog::getInt(this,
                             tr("Photo size"),
                             tr("Photos are stored downscaled so that their longest edge is at most this many "
                                "pixels (the original file is not kept):"),
                             settings::photoLongestEdge.value(),
                             640,
                             8192,
                             256,
                             &ok);
    if (ok)
        settings::photoLongestEdge.setValue(edge);
}

void MainWindow::onAboutTriggered()
{
    AboutDialog dialog(m_workspace->path(), m_workspace->facts().schemaVersion, this);
    dialog.exec();
}

void MainWindow::onSetSelectionChanged()
{
    const auto* record = m_setModel->set(m_ui->setsTableView->currentIndex().row());
    if (!record) {
        const auto rows = m_ui->setsTableView->selectionModel()->selectedRows();
        record = rows.isEmpty() ? nullptr : m_setModel->set(rows.first().row());
    }
    if (!record) {
        m_setTreeModel->setIndicatorSet(nullptr, m_language);
        return;
    }
    auto set = m_workspace->sets().load(record->id);
    if (!set) {
        ErrorPresenter::show(this, set.error());
        return;
    }
    m_setTreeModel->setIndicatorSet(*set, m_language);
    m_ui->setTreeView->expandToDepth(1);
    // Show the first indicator's guidance so the detail pane is never empty.
    QModelIndex first = m_setTreeModel->index(0, 0);
    while (first.isValid() && !m_setTreeModel->indicator(first))
        first = m_setTreeModel->index(0, 0, first);
    m_ui->setTreeView->setCurrentIndex(first);
}

void MainWindow::onIndicatorSelectionChanged()
{
    const cc::Indicator* ind = m_setTreeModel->indicator(m_ui->setTreeView->currentIndex());
    if (!ind) {
        m_ui->indicatorTextBrowser->clear();
        return;
    }
    QString html =
        QStringLiteral("<h3>%1 %2</h3>").arg(ind->code.toHtmlEscaped(), ind->name.text(m_language).toHtmlEscaped());
    QStringList facts;
    facts << tr("Type: %1").arg(SetTreeModel::typeName(ind->type));
    if (!ind->unit.isEmpty())
        facts << tr("Unit: %1").arg(ind->unit.toHtmlEscaped());
    if (ind->type == cc::IndicatorType::Number)
        facts << (ind->direction == cc::Direction::HigherBetter ? tr("Target: at least %1") : tr("Target: at most %1"))
                     .arg(QLocale().toString(ind->target));
    if (ind->bottomLine)
        facts << QStringLiteral("<b style='color:#b00020'>%1</b>")
                     .arg(tr("Bottom-line indicator: any shortfall is a failure"));
    if (!ind->nationalRef.isEmpty())
        facts << tr("National basic indicator: %1").arg(ind->nationalRef.toHtmlEscaped());
    html += QStringLiteral("<p>") + facts.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (!ind->guidance.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Guidance"),
                         ind->guidance.text(m_language).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (!ind->source.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Source: %1").arg(ind->source.toHtmlEscaped()));
    m_ui->indicatorTextBrowser->setHtml(html);
}

void MainWindow::onNewCommunityTriggered()
{
    CommunityDialog dialog(*m_workspace, m_language, nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit m_history->changes().registerChanged();
        statusBar()->showMessage(tr("Added %1 %2").arg(dialog.community().code, dialog.community().name), 8000);
    }
}

void MainWindow::onEditCommunityTriggered()
{
    const QModelIndex current = m_communityFilter->mapToSource(m_ui->communitiesTableView->currentIndex());
    const cc::Community* community = m_communityModel->community(current.row());
    if (!community) {
        statusBar()->showMessage(tr("Select a community first."), 5000);
        return;
    }
    CommunityDialog dialog(*m_workspace, m_language, community, this);
    if (dialog.exec() == QDialog::Accepted)
        emit m_history->changes().registerChanged();
}

void MainWindow::onBuildingsTriggered()
{
    const QModelIndex current = m_communityFilter->mapToSource(m_ui->communitiesTableView->currentIndex());
    const cc::Community* community = m_communityModel->community(current.row());
    if (!community) {
        statusBar()->showMessage(tr("Select a community first."), 5000);
        return;
    }
    BuildingsDialog dialog(*m_history, *community, this);
    dialog.exec();
}

void MainWindow::onNewAssessmentTriggered()
{
    QString community;
    if (m_ui->mainTabWidget->currentWidget() == m_ui->communitiesTab) {
        const QModelIndex current = m_communityFilter->mapToSource(m_ui->communitiesTableView->currentIndex());
        if (const cc::Community* c = m_communityModel->community(current.row()))
            community = c->code;
    }
    NewAssessmentDialog dialog(*m_workspace, m_language, community, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.createdId())
        return;
    emit m_history->changes().assessmentsChanged();
    m_ui->mainTabWidget->setCurrentWidget(m_checksPanel);
    m_checksPanel->select(*dialog.createdId());
    openAssessment(*dialog.createdId());
}

void MainWindow::onOpenAssessmentTriggered()
{
    const cc::Assessment* a = currentAssessment();
    if (!a) {
        statusBar()->showMessage(tr("Select a check first."), 5000);
        return;
    }
    openAssessment(a->id);
}

void MainWindow::onReportTriggered()
{
    const cc::Assessment* a = currentAssessment();
    if (!a) {
        statusBar()->showMessage(tr("Select a check first."), 5000);
        return;
    }
    if (auto* dialog = openReport(a->id))
        dialog->exec();
}

ReportPreviewDialog* MainWindow::openReport(const cc::AssessmentId& id)
{
    return ReportPreviewDialog::create(*m_workspace, id, m_language, this);
}

void MainWindow::attachDatabase()
{
    m_history = new History(*m_workspace, this);
    ChangeHub& changes = m_history->changes();
    connect(&changes, &ChangeHub::registerChanged, this, &MainWindow::reloadRegister);
    connect(&changes, &ChangeHub::setsChanged, this, [this] {
        reloadSets();
        reloadRegister(); // the type names come from the sets
    });
    connect(m_history, &History::refused, this, [this](const cc::Error& error) {
        statusBar()->showMessage(error.message, 10000);
    });
    m_undoAction = m_history->createUndoAction(this);
    m_redoAction = m_history->createRedoAction(this);
    m_ui->editMenu->addAction(m_undoAction);
    m_ui->editMenu->addAction(m_redoAction);

    m_checksPanel = new ChecksPanel(*m_history, m_language, m_ui->mainTabWidget);
    m_ui->mainTabWidget->insertTab(2, m_checksPanel, tr("Chec&ks")); // after the register and the sets
    connect(m_checksPanel, &ChecksPanel::newCheckRequested, this, &MainWindow::onNewAssessmentTriggered);
    connect(m_checksPanel, &ChecksPanel::openRequested, this, &MainWindow::onOpenAssessmentTriggered);
    connect(m_checksPanel, &ChecksPanel::reportRequested, this, &MainWindow::onReportTriggered);
    connect(m_checksPanel, &ChecksPanel::generateProjectsRequested, this, &MainWindow::onGenerateProjectsTriggered);
    m_dashboardPanel = new DashboardPanel(*m_history, m_language, m_ui->mainTabWidget);
    m_ui->mainTabWidget->insertTab(3, m_dashboardPanel, tr("Dashboard"));
    connect(m_dashboardPanel,
            &DashboardPanel::openAnswerRequested,
            this,
            [this](const cc::AssessmentId& id, const QString& code) {
                if (AssessmentWindow* window = openAssessment(id))
                    window->showIndicator(code);
            });
    m_listsPanel = new ListsPanel(*m_history, m_ui->mainTabWidget);
    m_projectsPanel = new ProjectsPanel(*m_history, m_ui->mainTabWidget);
    m_planPanel = new PlanPanel(*m_history, m_ui->mainTabWidget);
    m_ui->mainTabWidget->addTab(m_listsPanel, tr("Demands and resources"));
    m_ui->mainTabWidget->addTab(m_projectsPanel, tr("Projects"));
    m_ui->mainTabWidget->addTab(m_planPanel, tr("Annual plan"));
    AccessGate::apply(this, m_workspace->facts().access);
}

void MainWindow::detachDatabase()
{
    for (const auto& window : std::as_const(m_assessmentWindows))
        delete window.data();
    m_assessmentWindows.clear();
    // Deleting the page shown would show the next one, which would load its data only to be deleted:
    // the register's page (kept) is shown meanwhile.
    m_ui->mainTabWidget->setCurrentIndex(0);
    delete m_checksPanel;
    delete m_dashboardPanel;
    delete m_listsPanel;
    delete m_projectsPanel;
    delete m_planPanel;
    delete m_undoAction;
    delete m_redoAction;
    delete m_history;
    m_checksPanel = nullptr;
    m_dashboardPanel = nullptr;
    m_listsPanel = nullptr;
    m_projectsPanel = nullptr;
    m_planPanel = nullptr;
    m_undoAction = nullptr;
    m_redoAction = nullptr;
    m_history = nullptr;
}

bool MainWindow::generateProjects(const cc::AssessmentId& id)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = commands::generateProjects(*m_history, id, m_language); // undoable from the Edit menu
    QGuiApplication::restoreOverrideCursor();
    if (!outcome) {
        ErrorPresenter::show(this, outcome.error());
        return false;
    }
    m_ui->mainTabWidget->setCurrentWidget(m_projectsPanel);
    if (!outcome->projects.empty())
        m_projectsPanel->select(outcome->projects.front().id);
    statusBar()->showMessage(tr("%1 new project candidates, %2 already there, %3 of earlier checks marked obsolete.")
                                 .arg(outcome->added)
                                 .arg(outcome->updated)
                                 .arg(outcome->obsoleted),
                             10000);
    return true;
}

void MainWindow::onGenerateProjectsTriggered()
{
    const cc::Assessment* a = currentAssessment();
    if (!a) {
        statusBar()->showMessage(tr("Select a check first."), 5000);
        return;
    }
    generateProjects(a->id);
}

void MainWindow::onReportSettingsTriggered()
{
    ReportSettingsDialog dialog(*m_workspace, m_language, this);
    dialog.exec();
}

AssessmentWindow* MainWindow::openAssessment(const cc::AssessmentId& id)
{
    if (auto existing = m_assessmentWindows.value(id.toString()); existing) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto* window = new AssessmentWindow(*m_history, id, m_language, nullptr);
    if (!window->isLoaded()) {
        window->deleteLater();
        return nullptr;
    }
    m_assessmentWindows.insert(id.toString(), window);
    window->show();
    return window;
}
