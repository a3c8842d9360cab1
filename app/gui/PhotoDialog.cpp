// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PhotoDialog.h"

#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/services/Workspace.h"

#include "ui_PhotoDialog.h"

#include <QLocale>
#include <QPixmap>
#include <QPushButton>

PhotoDialog::PhotoDialog(History& history, const cc::Photo& photo, bool editable, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PhotoDialog>())
    , m_history(history)
    , m_photo(photo)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Photo — %1 — %2").arg(photo.indicatorCode, photo.originalName));
    if (auto bytes = history.workspace().photos().image(photo)) {
        QPixmap pixmap;
        pixmap.loadFromData(*bytes, "JPG");
        m_ui->imageLabel->setPixmap(pixmap);
    } else {
        m_ui->imageLabel->setText(bytes.error().message);
    }
    QStringList details;
    details << tr("File: %1 (%2 KB)").arg(photo.originalName).arg(photo.originalSize / 1024);
    details << tr("Stored: %1 × %2 px").arg(photo.width).arg(photo.height);
    details << (photo.takenAt.isValid() ? tr("Taken: %1").arg(QLocale().toString(photo.takenAt, QLocale::ShortFormat))
                                        : tr("Taken: unknown (no EXIF time)"));
    if (photo.latitude && photo.longitude) {
        QString position = tr("Position: %1, %2").arg(*photo.latitude, 0, 'f', 6).arg(*photo.longitude, 0, 'f', 6);
        if (photo.altitude)
            position += tr(", %1 m").arg(*photo.altitude, 0, 'f', 1);
        details << position;
    } else {
        details << tr("Position: unknown (no EXIF GPS)");
    }
    details << tr("SHA-256 of the original: %1").arg(photo.originalSha256);
    m_ui->detailsLabel->setText(details.join(u'\n'));
    m_ui->captionLineEdit->setText(photo.caption);
    m_ui->captionLineEdit->setReadOnly(!editable);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(editable);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &PhotoDialog::onSaveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->captionLineEdit->setFocus();
}

PhotoDialog::~PhotoDialog() = default;

void PhotoDialog::onSaveClicked()
{
    if (auto saved = commands::setPhotoCaption(m_history, m_photo, m_ui->captionLineEdit->text()); !saved) {
        m_ui->errorLabel->setText(saved.error().message);
        return;
    }
    accept();
}
