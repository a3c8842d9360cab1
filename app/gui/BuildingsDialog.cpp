// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/BuildingsDialog.h"

#include "app/commands/ChangeHub.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/gui/ErrorPresenter.h"
#include "app/models/BuildingTableModel.h"
#include "core/services/Workspace.h"
#include "ui_BuildingsDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

namespace {

// The number after the highest of a 小区's numbers that read "12号楼", "12栋", "12": the same shape.
QString nextNumber(const std::vector<cc::Building>& buildings, const QString& estate)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)(\\D*)$"));
    int highest = 0;
    QString suffix = QStringLiteral("号楼");
    for (const cc::Building& b : buildings) {
        if (b.estate != estate)
            continue;
        const auto match = numbered.match(b.number);
        if (match.hasMatch() && match.captured(1).toInt() >= highest) {
            highest = match.captured(1).toInt();
            suffix = match.captured(2);
        }
    }
    return QString::number(highest + 1) + suffix;
}

} // namespace

BuildingsDialog::BuildingsDialog(History& history, const cc::Community& community, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BuildingsDialog>())
    , m_history(history)
    , m_community(community)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Buildings — %1 %2").arg(community.code, community.name));
    m_ui->introLabel->setText(tr("The estates and buildings of %1. Type over a cell and press Enter: "
                                 "every value is saved at once (Ctrl+Z undoes it). Scattered buildings go into "
                                 "a temporary estate of their own.")
                                  .arg(community.name));
    // A refusal is shown once the table has finished committing the edit: a message box opened
    // inside the commit would take the focus and have the editor commit a second time.
    const auto showLater = [this](const cc::Error& error) {
        QTimer::singleShot(0, this, [this, error] { ErrorPresenter::show(this, error, tr("Buildings")); });
    };
    m_model = new BuildingTableModel(
        [this, showLater](const cc::Building& edited) -> cc::Result<cc::Building> {
            auto saved = commands::saveBuilding(m_history, m_community, edited);
            if (!saved)
                showLater(saved.error());
            return saved;
        },
        [showLater](const QString& message) { showLater(cc::makeError(cc::ErrorCode::InvalidInput, message)); },
        this);
    m_ui->buildingsTableView->setModel(m_model);
    m_ui->buildingsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->buildingsTableView->installEventFilter(this);
    m_history.connectButtons(m_ui->undoPushButton, m_ui->redoPushButton);
    connect(m_ui->undoPushButton, &QPushButton::clicked, &m_history, &History::undo);
    connect(m_ui->redoPushButton, &QPushButton::clicked, &m_history, &History::redo);
    addAction(m_history.createUndoAction(this));
    addAction(m_history.createRedoAction(this));
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &BuildingsDialog::addBuilding);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &BuildingsDialog::deleteBuilding);
    connect(m_ui->registerPushButton, &QPushButton::clicked, this, &BuildingsDialog::setRegisterCounts);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this,
                                                          tr("Import buildings"),
                                                          {},
                                                          tr("Tables (*.csv *.xlsx);;CSV files (*.csv);;"
                                                             "Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BuildingsDialog::reject);
    // Queued: an edit's own change arrives while the table is still committing it.
    connect(&m_history.changes(), &ChangeHub::registerChanged, this, &BuildingsDialog::reload, Qt::QueuedConnection);
    reload();
    m_ui->buildingsTableView->resizeColumnsToContents();
    // Room to type in: the text columns at least as wide as a short address.
    for (const int column : {BuildingTableModel::Estate,
                             BuildingTableModel::Number,
                             BuildingTableModel::Address,
                             BuildingTableModel::Structure}) {
        const int least = column == BuildingTableModel::Address ? 160 : 90;
        if (m_ui->buildingsTableView->columnWidth(column) < least)
            m_ui->buildingsTableView->setColumnWidth(column, least);
    }
    m_ui->buildingsTableView->setFocus();
}

BuildingsDialog::~BuildingsDialog() = default;

void BuildingsDialog::reload()
{
    const QModelIndex current = m_ui->buildingsTableView->currentIndex();
    const cc::Building* before = m_model->building(current.row());
    const cc::BuildingId keep = before ? before->id : cc::BuildingId();
    auto buildings = m_history.workspace().buildings().list(m_community.code);
    if (!buildings) {
        say(buildings.error().message);
        return;
    }
    m_model->setBuildings(std::move(buildings).value());
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_ui->buildingsTableView->setCurrentIndex(m_model->index(row, std::max(0, current.column())));
    auto totals = m_history.workspace().buildings().totals(m_community.id);
    if (!totals)
        return;
    QString text = tr("%n estate(s), ", nullptr, totals->estates)
        + tr("%n building(s), %1 dwellings", nullptr, totals->buildings).arg(totals->dwellings);
    if (totals->withoutDwellings > 0)
        text += tr(" (%n without a dwelling count)", nullptr, totals->withoutDwellings);
    m_ui->totalsLabel->setText(text);
    m_ui->deletePushButton->setEnabled(m_model->rowCount() > 0);
}

void BuildingsDialog::say(const QString& message)
{
    m_ui->statusLabel->setText(message);
}

void BuildingsDialog::addBuilding()
{
    const cc::Building* current = m_model->building(m_ui->buildingsTableView->currentIndex().row());
    std::vector<cc::Building> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all.push_back(*m_model->building(row));
    cc::Building b;
    b.communityId = m_community.id;
    b.estate = current ? current->estate : (all.empty() ? tr("Estate 1") : all.back().estate);
    b.number = nextNumber(all, b.estate);
    auto saved = commands::saveBuilding(m_history, m_community, b);
    if (!saved) {
        ErrorPresenter::show(this, saved.error(), tr("Buildings"));
        return;
    }
    reload();
    const int row = m_model->rowOf(saved->id);
    const QModelIndex number = m_model->index(row, BuildingTableModel::Number);
    m_ui->buildingsTableView->setCurrentIndex(number);
    m_ui->buildingsTableView->scrollTo(number);
    say(tr("Added %1: type its number or name, then Tab to the next field.").arg(saved->label()));
}

void BuildingsDialog::deleteBuilding()
{
    const cc::Building* current = m_model->building(m_ui->buildingsTableView->currentIndex().row());
    if (!current)
        return;
    const cc::Building gone = *current;
    if (auto removed = commands::removeBuilding(m_history, m_community, gone); !removed) {
        ErrorPresenter::show(this, removed.error(), tr("Buildings"));
        return;
    }
    say(tr("Deleted %1 (Ctrl+Z brings it back).").arg(gone.label()));
}

void BuildingsDialog::importFile(const QString& path)
{
    auto imported = commands::importBuildings(m_history, m_community, path, QFileInfo(path).fileName());
    if (!imported) {
        ErrorPresenter::show(this, imported.error(), tr("Import buildings"));
        return;
    }
    say(tr("%1: %2 added, %3 updated, %4 unchanged.")
            .arg(QFileInfo(path).fileName())
            .arg(imported->added)
            .arg(imported->updated)
            .arg(imported->unchanged));
}

void BuildingsDialog::setRegisterCounts()
{
    auto counts = m_history.workspace().buildings().setRegisterCounts(m_community.code);
    if (!counts) {
        ErrorPresenter::show(this, counts.error(), tr("Buildings"));
        return;
    }
    emit m_history.changes().registerChanged();
    say(counts->householdsSet
            ? tr("The register now has %1 buildings and %2 households.")
                  .arg(counts->totals.buildings)
                  .arg(counts->totals.dwellings)
            : tr("The register now has %1 buildings; its households were kept, since not every building has its "
                 "dwellings.")
                  .arg(counts->totals.buildings));
}

bool BuildingsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The view itself: while a cell is being edited, its editor has the keys.
    if (watched == m_ui->buildingsTableView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteBuilding();
            return true;
        }
        if (key->key() == Qt::Key_Insert || (key->matches(QKeySequence::New))) {
            addBuilding();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
