// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AssessmentWorkflow.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SubmitDialog;
}
class AssessmentDocument;

// Submitting a check: lists what is still open (unanswered required indicators, missing photos,
// unconfirmed carried-over values), confirms carried-over values at once, and submits when nothing
// is left. Values the register makes hard to believe are listed too; submitting then needs the
// assessor's word that they were checked.
class SubmitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitDialog)

public:
    SubmitDialog(AssessmentDocument& document, const QString& language, QWidget* parent = nullptr);
    ~SubmitDialog() override;

    int blockerCount() const;
    int warningCount() const { return m_warningCount; }

signals:
    void indicatorRequested(const QString& code);

private slots:
    void refresh();
    void onConfirmCarriedClicked();
    void onSubmitClicked();
    void updateSubmitButton();

private:
    std::unique_ptr<Ui::SubmitDialog> m_ui;
    AssessmentDocument& m_document;
    QString m_language;
    std::vector<cc::SubmitBlocker> m_blockers;
    int m_warningCount = 0;
};
