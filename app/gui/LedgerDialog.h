// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LedgerDialog;
}
class History;
class LedgerGridModel;
class QModelIndex;

// A check's building ledger (楼栋台账) as a building × item grid, keyboard first: on a cell, 1, 2, 3
// record the problem as found with the degree 一般, 较严重, 严重; Space as found without a degree; 0 or
// N as checked and not found; Delete clears the cell. Each key is stored at once (undoable) and the
// cursor moves on to the next item; Enter moves on without a change. Read-only once the check has
// been submitted.
class LedgerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerDialog)

public:
    LedgerDialog(History& history, const cc::Assessment& check, const QString& language, QWidget* parent = nullptr);
    ~LedgerDialog() override;

    LedgerGridModel& model() { return *m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showCurrent(const QModelIndex& index);
    // Stores the current cell as `present`/`severity` (or clears it) and moves on.
    void setCurrent(std::optional<bool> present, const QString& severity);
    void moveOn();
    // F2: the note of the current cell (a recorded one).
    void editNote();
    // P: photos of the current cell's building and item, read and downscaled as the entry screen's.
    void addPhotos();

    std::unique_ptr<Ui::LedgerDialog> m_ui;
    History& m_history;
    cc::Assessment m_check;
    QString m_language;
    LedgerGridModel* m_model;
};
