// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PhotoStrip.h"

#include "app/commands/Commands.h"
#include "app/common/Settings.h"
#include "app/gui/AssessmentDocument.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/PhotoDialog.h"
#include "app/render/PhotoImporter.h"
#include "core/domain/Ledger.h"
#include "core/services/Workspace.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QKeyEvent>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

PhotoStrip::PhotoStrip(AssessmentDocument& document, const Widgets& widgets, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_widgets(widgets)
    , m_window(window)
{
    QListWidget* list = m_widgets.list;
    list->setViewMode(QListView::IconMode);
    list->setIconSize(QSize(96, 96));
    list->setMovement(QListView::Static);
    list->setWrapping(false);
    list->setFixedHeight(140);
    list->installEventFilter(this);
    connect(m_widgets.add, &QPushButton::clicked, this, &PhotoStrip::chooseFiles);
    connect(m_widgets.remove, &QPushButton::clicked, this, &PhotoStrip::deleteCurrent);
    connect(m_widgets.view, &QPushButton::clicked, this, &PhotoStrip::viewCurrent);
    connect(list, &QListWidget::itemActivated, this, &PhotoStrip::viewCurrent);
    connect(&document, &AssessmentDocument::photosUpdated, this, &PhotoStrip::refresh);
}

int PhotoStrip::count() const
{
    return m_widgets.list->count();
}

void PhotoStrip::showIndicator(const cc::Indicator* indicator)
{
    m_code = indicator ? indicator->code : QString();
    m_ledgerItems.clear();
    if (indicator && indicator->sourceLedger)
        for (const QString& item : indicator->sourceLedger->items)
            m_ledgerItems << item.toUpper();
    m_photoRequired = indicator && indicator->evidence == cc::Evidence::PhotoRequired;
    refresh();
}

void PhotoStrip::refresh()
{
    m_widgets.list->clear();
    if (m_code.isEmpty() || !m_document.isLoaded())
        return;
    cc::PhotoService& photos = m_document.workspace().photos();
    auto listed = photos.list(m_document.id(), m_code);
    if (!listed) {
        emit problem(listed.error().message);
        return;
    }
    // An indicator counted from the ledger also shows the photos of its items' buildings (taken in the
    // ledger grid with P), to look at, caption and delete here.
    if (!m_ledgerItems.isEmpty()) {
        auto all = photos.list(m_document.id());
        if (!all) {
            emit problem(all.error().message);
            return;
        }
        for (cc::Photo& p : *all) {
            const auto key = cc::parseLedgerPhotoKey(p.indicatorCode);
            if (key && m_ledgerItems.contains(key->item.toUpper())) {
                p.caption = key->item + u' ' + (p.caption.isEmpty() ? p.originalName : p.caption);
                listed->push_back(std::move(p));
            }
        }
    }
    QStringList missing;
    for (const cc::Photo& p : *listed) {
        auto* item = new QListWidgetItem(p.caption.isEmpty() ? p.originalName : p.caption, m_widgets.list);
        item->setData(Qt::UserRole, p.id.toString());
        item->setToolTip(p.originalName);
        auto thumb = photos.thumbnail(p);
        if (!thumb) {
            missing << thumb.error().message;
            continue;
        }
        QPixmap pixmap;
        pixmap.loadFromData(*thumb, "JPG");
        item->setIcon(QIcon(pixmap));
    }
    if (!missing.isEmpty())
        emit problem(missing.join(u'\n')); // the record is listed; its picture is gone
    const int n = static_cast<int>(listed->size());
    m_widgets.box->setTitle(m_photoRequired ? tr("Photos (%1) — required when the indicator fails").arg(n)
                                            : tr("Photos (%1)").arg(n));
    emit buttonsChanged();
}

int PhotoStrip::addFiles(const QStringList& paths)
{
    if (paths.isEmpty() || m_code.isEmpty())
        return 0;
    if (!m_document.isEditable()) {
        emit statusMessage(tr("This check is read-only."), 5000);
        return 0;
    }
    const int longestEdge = std::clamp(settings::photoLongestEdge.value(), 320, 8192);
    std::vector<cc::PhotoUpload> ok;
    QStringList problems;
    QStringList warnings;
    QProgressDialog progress(tr("Reading photos…"), tr("Cancel"), 0, static_cast<int>(paths.size()), m_window);
    // Application-modal: the main window must not close this check's database while files are read.
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(400);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        progress.setValue(static_cast<int>(i));
        if (progress.wasCanceled())
            return 0; // nothing stored yet
        auto imported = PhotoImporter::readFile(paths.at(i), longestEdge);
        if (!imported) {
            problems << imported.error().message;
            continue;
        }
        warnings << imported->warnings;
        ok.push_back(std::move(imported).value());
    }
    progress.setValue(static_cast<int>(paths.size()));
    int added = 0;
    if (!ok.empty()) {
        auto stored = commands::addPhotos(m_document.history(), m_document.id(), m_code, std::move(ok));
        if (stored)
            added = static_cast<int>(stored->size());
        else
            problems << stored.error().message;
    }
    emit problem(problems.join(u'\n'));
    if (!problems.isEmpty()) // a refused store refuses every file read (all or none)
        ErrorPresenter::show(
            m_window,
            cc::makeError(cc::ErrorCode::InvalidInput,
                          tr("%n file(s) could not be added.", nullptr, static_cast<int>(paths.size()) - added),
                          problems.join(u'\n')),
            tr("Add photos"));
    if (!warnings.isEmpty())
        emit statusMessage(warnings.join(QStringLiteral("  ")), 10000);
    else if (added > 0)
        emit statusMessage(tr("%n photo(s) added to %1.", nullptr, added).arg(m_code), 5000);
    return added;
}

void PhotoStrip::chooseFiles()
{
    addFiles(QFileDialog::getOpenFileNames(m_window,
                                           tr("Add photos to %1").arg(m_code),
                                           QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                           tr("Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)")));
}

void PhotoStrip::deleteCurrent()
{
    const QListWidgetItem* item = m_widgets.list->currentItem();
    if (!item || !m_document.isEditable())
        return;
    auto photo = m_document.workspace().photos().find(cc::PhotoId::fromString(item->data(Qt::UserRole).toString()));
    if (!photo) {
        ErrorPresenter::show(m_window, photo.error());
        return;
    }
    if (auto removed = commands::deletePhoto(m_document.history(), *photo); !removed) {
        ErrorPresenter::show(m_window, removed.error());
        return;
    }
    emit statusMessage(tr("Photo deleted (Ctrl+Z to undo)."), 5000);
}

void PhotoStrip::viewCurrent()
{
    const QListWidgetItem* item = m_widgets.list->currentItem();
    if (!item)
        return;
    auto photo = m_document.workspace().photos().find(cc::PhotoId::fromString(item->data(Qt::UserRole).toString()));
    if (!photo) {
        ErrorPresenter::show(m_window, photo.error());
        return;
    }
    PhotoDialog dialog(m_document.history(), *photo, m_document.isEditable(), m_window);
    dialog.exec(); // a changed caption comes back through the hub
}

bool PhotoStrip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widgets.list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            viewCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
