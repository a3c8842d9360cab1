// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CommunityDialog;
}
namespace cc {
class Workspace;
}

// Adds a community to the register or edits one. The figures scoring divides by (households,
// buildings, population, area) may stay empty: "unknown" is not zero.
class CommunityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunityDialog)

public:
    // `existing` null: a new community.
    CommunityDialog(cc::Workspace& workspace,
                    const QString& language,
                    const cc::Community* existing = nullptr,
                    QWidget* parent = nullptr);
    ~CommunityDialog() override;

    const cc::Community& community() const { return m_community; }

public slots:
    void accept() override;

private:
    // The form as a community, or the reason it is not one (naming the field).
    // The record in the fields, or nothing and every problem with them.
    std::optional<cc::Community> read(QStringList* problems) const;
    void showProblems(const QStringList& problems);

    std::unique_ptr<Ui::CommunityDialog> m_ui;
    cc::Workspace& m_workspace;
    cc::Community m_community;
    bool m_editing;
    bool m_checkAsTyped = false; // after a refused Save, the problems follow the typing
};
