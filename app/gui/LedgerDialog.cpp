// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LedgerDialog.h"
#include "app/common/Settings.h"
#include "app/render/PhotoImporter.h"

#include "app/commands/ChangeHub.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/gui/ErrorPresenter.h"
#include "app/models/LedgerGridModel.h"
#include "core/services/Workspace.h"
#include "ui_LedgerDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QStandardPaths>

LedgerDialog::LedgerDialog(History& history, const cc::Assessment& check, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LedgerDialog>())
    , m_history(history)
    , m_check(check)
    , m_language(language)
    , m_model(new LedgerGridModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(
        tr("Building ledger — %1 %2 %3").arg(check.communityCode, check.communityName, check.round.toString()));
    m_ui->keysLabel->setText(tr("One row per building, one column per item of the national method. On a cell: 1, 2, 3 "
                                "record the problem as found, 一般, 较严重 or 严重; Space as found; 0 or N as "
                                "checked and not found; Delete clears it; Enter moves on; F2 writes a note, P adds "
                                "photos of the building's problem. Every key is saved at once (Ctrl+Z undoes "
                                "it)."));
    m_model->setChinese(language.startsWith(QStringLiteral("zh")));
    m_ui->ledgerTableView->setModel(m_model);
    m_ui->ledgerTableView->horizontalHeader()->setDefaultSectionSize(56);
    m_ui->ledgerTableView->installEventFilter(this);
    m_history.connectButtons(m_ui->undoPushButton, m_ui->redoPushButton);
    connect(m_ui->undoPushButton, &QPushButton::clicked, &m_history, &History::undo);
    connect(m_ui->redoPushButton, &QPushButton::clicked, &m_history, &History::redo);
    addAction(m_history.createUndoAction(this));
    addAction(m_history.createRedoAction(this));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LedgerDialog::reject);
    connect(
        &m_history.changes(),
        &ChangeHub::ledgerChanged,
        this,
        [this](const cc::AssessmentId& changed) {
            if (changed == m_check.id)
                reload();
        },
        Qt::QueuedConnection);
    connect(&m_history.changes(), &ChangeHub::registerChanged, this, &LedgerDialog::reload, Qt::QueuedConnection);
    reload();
    m_ui->ledgerTableView->setCurrentIndex(m_model->index(0, 0));
    connect(m_ui->ledgerTableView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &LedgerDialog::showCurrent);
    showCurrent(m_ui->ledgerTableView->currentIndex());
    m_ui->ledgerTableView->setFocus();
}

LedgerDialog::~LedgerDialog() = default;

void LedgerDialog::reload()
{
    const QModelIndex current = m_ui->ledgerTableView->currentIndex();
    const cc::Building* onBuilding = m_model->building(current.row());
    const cc::BuildingId keep = onBuilding ? onBuilding->id : cc::BuildingId();
    cc::Workspace& ws = m_history.workspace();
    auto buildings = ws.buildings().list(m_check.communityCode);
    auto entries = ws.buildings().ledger(m_check.id);
    auto items = ws.buildings().ledgerItems(m_check.id);
    if (!buildings || !entries || !items) {
        m_ui->statusLabel->setText(!buildings     ? buildings.error().message
                                       : !entries ? entries.error().message
                                                  : items.error().message);
        return;
    }
    const int count = static_cast<int>(buildings->size());
    int found = 0;
    for (const cc::LedgerEntry& e : *entries)
        found += e.present ? 1 : 0;
    m_model->setLedger(std::move(buildings).value(), *entries, std::move(items).value());
    QHash<QString, int> photos;
    if (auto all = ws.photos().list(m_check.id)) {
        for (const cc::Photo& p : *all)
            if (cc::parseLedgerPhotoKey(p.indicatorCode))
                ++photos[p.indicatorCode];
    }
    m_model->setPhotoCounts(std::move(photos));
    // Back on the same building (by ID: another window may have added or removed buildings).
    for (int row = 0; current.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->building(row)->id == keep) {
            m_ui->ledgerTableView->setCurrentIndex(m_model->index(row, current.column()));
            break;
        }
    }
    if (count == 0)
        m_ui->statusLabel->setText(
            tr("The community has no buildings in its register yet: add them under Check → Buildings of the "
               "community."));
    else
        m_ui->statusLabel->setText(tr("%n building(s), ", nullptr, count) + tr("%n problem(s) found", nullptr, found)
                                   + (m_check.isEditable() ? QString() : tr("; this check is read-only")));
}

void LedgerDialog::showCurrent(const QModelIndex& index)
{
    const cc::LedgerItem* item = m_model->item(index.column());
    const cc::Building* building = m_model->building(index.row());
    if (!item || !building) {
        m_ui->itemLabel->clear();
        return;
    }
    const bool chinese = m_language.startsWith(QStringLiteral("zh"));
    QString text = tr("%1 · %2 %3 (national indicator %4)")
                       .arg(building->label(), item->code, chinese ? item->name : item->nameEn)
                       .arg(item->indicator);
    if (const auto e = m_model->entry(index); e && !e->note.isEmpty())
        text += u'\n' + tr("Note: %1").arg(e->note);
    if (const int photos = m_model->photoCount(index); photos > 0)
        text += u'\n' + tr("%n photo(s)", nullptr, photos);
    m_ui->itemLabel->setText(text);
}

void LedgerDialog::moveOn()
{
    const QModelIndex current = m_ui->ledgerTableView->currentIndex();
    int row = current.row();
    int column = current.column() + 1;
    if (column >= m_model->columnCount()) {
        column = 0;
        row = std::min(row + 1, m_model->rowCount() - 1);
    }
    m_ui->ledgerTableView->setCurrentIndex(m_model->index(row, column));
}

void LedgerDialog::setCurrent(std::optional<bool> present, const QString& severity)
{
    const QModelIndex current = m_ui->ledgerTableView->currentIndex();
    const cc::Building* building = m_model->building(current.row());
    const cc::LedgerItem* item = m_model->item(current.column());
    if (!building || !item)
        return;
    const std::optional<cc::LedgerEntry> before = m_model->entry(current);
    std::optional<cc::LedgerEntry> after;
    if (present) {
        cc::LedgerEntry e = before.value_or(cc::LedgerEntry {});
        e.building = building->id;
        e.estate = building->estate;
        e.number = building->number;
        e.item = item->code;
        e.present = *present;
        e.severity = severity;
        after = e;
    }
    if (before && after && before->present == after->present && before->severity == after->severity) {
        moveOn();
        return;
    }
    if (auto stored = commands::setLedgerEntry(m_history, m_check.id, before, after); !stored) {
        ErrorPresenter::show(this, stored.error(), tr("Building ledger"));
        return;
    }
    moveOn();
}

bool LedgerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_ui->ledgerTableView || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QDialog::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_1:
        setCurrent(true, cc::LedgerSeverity::kGeneral);
        return true;
    case Qt::Key_2:
        setCurrent(true, cc::LedgerSeverity::kFairlySerious);
        return true;
    case Qt::Key_3:
        setCurrent(true, cc::LedgerSeverity::kSerious);
        return true;
    case Qt::Key_Space:
        setCurrent(true, {});
        return true;
    case Qt::Key_0:
    case Qt::Key_N:
        setCurrent(false, {});
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setCurrent(std::nullopt, {});
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        moveOn();
        return true;
    case Qt::Key_F2:
        editNote();
        return true;
    case Qt::Key_P:
        addPhotos();
        return true;
    default:
        return QDialog::eventFilter(watched, event);
    }
}

void LedgerDialog::editNote()
{
    const QModelIndex current = m_ui->ledgerTableView->currentIndex();
    const std::optional<cc::LedgerEntry> before = m_model->entry(current);
    if (!before) {
        m_ui->statusLabel->setText(tr("Record the item first (1, 2, 3, Space or 0), then its note."));
        return;
    }
    if (!m_check.isEditable())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this,
                                               tr("Note"),
                                               tr("Note on %1 %2:").arg(before->number, before->item),
                                               QLineEdit::Normal,
                                               before->note,
                                               &ok)
                             .trimmed();
    if (!ok || note == before->note)
        return;
    cc::LedgerEntry after = *before;
    after.note = note;
    if (auto stored = commands::setLedgerEntry(m_history, m_check.id, before, after); !stored)
        ErrorPresenter::show(this, stored.error(), tr("Building ledger"));
}

void LedgerDialog::addPhotos()
{
    const QModelIndex current = m_ui->ledgerTableView->currentIndex();
    const cc::Building* building = m_model->building(current.row());
    const cc::LedgerItem* item = m_model->item(current.column());
    if (!building || !item || !m_check.isEditable())
        return;
    if (!m_model->entry(current)) { // a photo belongs to a recorded problem (or to its absence)
        m_ui->statusLabel->setText(tr("Record the item first (1, 2, 3, Space or 0), then its photos."));
        return;
    }
    const QStringList paths =
        QFileDialog::getOpenFileNames(this,
                                      tr("Photos of %1 %2").arg(building->label(), item->code),
                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)"));
    if (paths.isEmpty())
        return;
    const int longestEdge = std::clamp(settings::photoLongestEdge.value(), 320, 8192);
    std::vector<cc::PhotoUpload> uploads;
    QStringList problems;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString& path : paths) {
        auto imported = PhotoImporter::readFile(path, longestEdge);
        if (!imported) {
            problems << imported.error().message;
            continue;
        }
        // The building in the caption, so that the report's photo pages name it after the item's code.
        imported->photo.caption = building->label();
        uploads.push_back(std::move(imported).value());
    }
    QApplication::restoreOverrideCursor();
    if (problems.isEmpty()) {
        auto stored = commands::addPhotos(
            m_history, m_check.id, cc::ledgerPhotoKey(building->id, item->code), std::move(uploads));
        if (!stored)
            problems << stored.error().message;
        else
            m_ui->statusLabel->setText(tr("%n photo(s) added.", nullptr, static_cast<int>(stored->size())));
    }
    if (!problems.isEmpty())
        ErrorPresenter::show(
            this,
            cc::makeError(cc::ErrorCode::InvalidInput, tr("The photos were not added."), problems.join(u'\n')),
            tr("Building ledger"));
    reload();
}
