// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SetDiffDialog;
}

namespace cc {
struct IndicatorSet;
class Workspace;
} // namespace cc

// Two versions of an indicator set side by side (report::SetDiff): what was added, removed, moved
// and changed, field by field, and which stored checks of the earlier version would get another
// grade if rescored with the later one (AssessmentService::gradeChanges). Opened from the set
// editor before saving, or on two stored versions from the Indicator sets tab.
class SetDiffDialog final : public QDialog
{
    Q_OBJECT

public:
    SetDiffDialog(cc::Workspace& workspace, const cc::IndicatorSet& from, const cc::IndicatorSet& to, QWidget* parent);
    ~SetDiffDialog() override;

    int changeCount() const;
    int gradeChangeCount() const;

    // Asks for two stored versions of `code` and shows them; nothing when fewer than two are stored.
    static void compareStored(cc::Workspace& workspace, const QString& code, QWidget* parent);

private:
    std::unique_ptr<Ui::SetDiffDialog> m_ui;
};
