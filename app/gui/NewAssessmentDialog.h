// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NewAssessmentDialog;
}
namespace cc {
class Workspace;
}

// Starts a check: community × indicator-set version × round × assessors, optionally from the
// community's earlier round. The assessment is created when the dialog is accepted.
class NewAssessmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAssessmentDialog)

public:
    NewAssessmentDialog(cc::Workspace& workspace,
                        const QString& language,
                        const QString& communityCode = {},
                        QWidget* parent = nullptr);
    ~NewAssessmentDialog() override;

    std::optional<cc::AssessmentId> createdId() const { return m_created; }

public slots:
    void accept() override;

private slots:
    void updatePrevious();

private:
    std::unique_ptr<Ui::NewAssessmentDialog> m_ui;
    cc::Workspace& m_workspace;
    std::optional<cc::AssessmentId> m_created;
};
