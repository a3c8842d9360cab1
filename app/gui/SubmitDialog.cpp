// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SubmitDialog.h"

#include "app/gui/AssessmentDocument.h"
#include "app/gui/ErrorPresenter.h"
#include "core/services/Workspace.h"

#include "ui_SubmitDialog.h"

#include <QCheckBox>
#include <QPushButton>

SubmitDialog::SubmitDialog(AssessmentDocument& document, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubmitDialog>())
    , m_document(document)
    , m_language(language)
{
    m_ui->setupUi(this);
    resize(760, 480);
    connect(m_ui->confirmCarriedPushButton, &QPushButton::clicked, this, &SubmitDialog::onConfirmCarriedClicked);
    connect(m_ui->submitPushButton, &QPushButton::clicked, this, &SubmitDialog::onSubmitClicked);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);
    const auto jump = [this](QListWidgetItem* item) {
        if (!item)
            return;
        emit indicatorRequested(item->data(Qt::UserRole).toString());
        reject();
    };
    connect(m_ui->blockersListWidget, &QListWidget::itemActivated, this, jump);
    connect(m_ui->warningsListWidget, &QListWidget::itemActivated, this, jump);
    connect(m_ui->checkedValuesCheckBox, &QCheckBox::toggled, this, &SubmitDialog::updateSubmitButton);
    refresh();
}

SubmitDialog::~SubmitDialog() = default;

int SubmitDialog::blockerCount() const
{
    return static_cast<int>(m_blockers.size());
}

void SubmitDialog::refresh()
{
    auto blockers = m_document.workspace().workflow().blockers(m_document.id(), m_language);
    if (!blockers) {
        ErrorPresenter::show(this, blockers.error());
        return;
    }
    m_blockers = std::move(blockers).value();
    auto warnings = m_document.workspace().workflow().warnings(m_document.id(), m_language);
    if (!warnings) {
        ErrorPresenter::show(this, warnings.error());
        return;
    }
    m_ui->warningsListWidget->clear();
    for (const cc::SubmitBlocker& w : *warnings) {
        auto* item = new QListWidgetItem(w.indicatorCode + QStringLiteral("  ") + w.indicatorName
                                             + QStringLiteral(" — ") + w.reason,
                                         m_ui->warningsListWidget);
        item->setData(Qt::UserRole, w.indicatorCode);
    }
    m_warningCount = static_cast<int>(warnings->size());
    const bool anyWarning = m_warningCount > 0;
    m_ui->warningsLabel->setText(
        tr("%n value(s) are larger than the community's register allows. Check them (double-click to go there) "
           "and correct them, or confirm that they are right:",
           nullptr,
           m_warningCount));
    m_ui->warningsLabel->setVisible(anyWarning);
    m_ui->warningsListWidget->setVisible(anyWarning);
    m_ui->checkedValuesCheckBox->setVisible(anyWarning);
    m_ui->blockersListWidget->clear();
    int carried = 0;
    for (const cc::SubmitBlocker& b : m_blockers) {
        auto* item = new QListWidgetItem(b.indicatorCode + QStringLiteral("  ") + b.indicatorName
                                             + QStringLiteral(" — ") + b.reason,
                                         m_ui->blockersListWidget);
        item->setData(Qt::UserRole, b.indicatorCode);
        if (b.kind == cc::SubmitBlocker::Kind::CarriedOver)
            ++carried;
    }
    if (m_blockers.empty()) {
        m_ui->summaryLabel->setText(
            tr("<b>Everything required is answered.</b> After submission the check is read-only "
               "until a reviewer returns it or it is reopened with a reason."));
    } else {
        m_ui->summaryLabel->setText(
            tr("<b>The check cannot be submitted yet:</b> %n point(s) still open.", nullptr, blockerCount()));
    }
    m_ui->blockersListWidget->setVisible(!m_blockers.empty());
    m_ui->hintLabel->setVisible(!m_blockers.empty());
    m_ui->confirmCarriedPushButton->setVisible(carried > 0);
    m_ui->confirmCarriedPushButton->setText(tr("&Confirm all %n carried-over value(s)", nullptr, carried));
    updateSubmitButton();
    if (m_blockers.empty())
        m_ui->submitPushButton->setFocus();
    else
        m_ui->blockersListWidget->setCurrentRow(0);
}

void SubmitDialog::updateSubmitButton()
{
    // Implausible values are never passed over silently: submitting needs the assessor's word.
    m_ui->submitPushButton->setEnabled(m_blockers.empty() && m_document.isEditable()
                                       && (m_warningCount == 0 || m_ui->checkedValuesCheckBox->isChecked()));
}

void SubmitDialog::onConfirmCarriedClicked()
{
    if (auto confirmed = m_document.confirmCarriedOver(); !confirmed) {
        ErrorPresenter::show(this, confirmed.error());
        return;
    }
    refresh();
}

void SubmitDialog::onSubmitClicked()
{
    if (auto submitted = m_document.submit(); !submitted) { // ends the undo history too
        ErrorPresenter::show(this, submitted.error());
        refresh();
        return;
    }
    accept();
}
