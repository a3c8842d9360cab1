// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Photo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PhotoDialog;
}
class History;

// A photo at full size with what is known of it (file, capture time, position, hashes) and its
// caption, which can be changed while the check is editable (one step of the history).
class PhotoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoDialog)

public:
    PhotoDialog(History& history, const cc::Photo& photo, bool editable, QWidget* parent = nullptr);
    ~PhotoDialog() override;

private slots:
    void onSaveClicked();

private:
    std::unique_ptr<Ui::PhotoDialog> m_ui;
    History& m_history;
    cc::Photo m_photo;
};
