// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SetDiffDialog.h"

#include "app/gui/ErrorPresenter.h"
#include "core/report/SetDiff.h"
#include "core/services/Workspace.h"
#include "ui_SetDiffDialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

using cc::report::SetChange;
using cc::report::SetDiff;

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString score(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

} // namespace

SetDiffDialog::SetDiffDialog(cc::Workspace& workspace,
                             const cc::IndicatorSet& from,
                             const cc::IndicatorSet& to,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetDiffDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1: version %2 → %3").arg(from.code, from.version, to.version));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const std::vector<SetChange> changes = SetDiff::between(from, to);
    QTableWidget* table = m_ui->changesTableWidget;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels({tr("Change"), tr("Of"), tr("Code"), tr("Field"), tr("Before"), tr("After")});
    table->setRowCount(static_cast<int>(changes.size()));
    for (int r = 0; r < static_cast<int>(changes.size()); ++r) {
        const SetChange& c = changes[static_cast<size_t>(r)];
        table->setItem(r, 0, cell(SetDiff::kindName(c.kind)));
        table->setItem(r, 1, cell(SetDiff::nodeName(c.node)));
        table->setItem(r, 2, cell(c.code));
        table->setItem(r, 3, cell(c.field));
        table->setItem(r, 4, cell(c.before));
        table->setItem(r, 5, cell(c.after));
    }
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    table->verticalHeader()->hide();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto grades = workspace.assessments().gradeChanges(to, from.code, from.version);
    QApplication::restoreOverrideCursor();
    QTableWidget* checks = m_ui->gradesTableWidget;
    checks->setColumnCount(6);
    checks->setHorizontalHeaderLabels({tr("Community"),
                                       tr("Round"),
                                       tr("Status"),
                                       tr("Score"),
                                       tr("Grade now"),
                                       tr("Grade with %1").arg(to.version)});
    checks->verticalHeader()->hide();
    checks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!grades) {
        m_ui->gradesLabel->setText(grades.error().message);
    } else {
        m_ui->gradesLabel->setText(
            tr("%n stored check(s) of version %1 rescored with %2; ", nullptr, grades->checks)
                .arg(from.version, to.version)
            + tr("%n would get another grade:", nullptr, static_cast<int>(grades->changed.size())));
        checks->setRowCount(static_cast<int>(grades->changed.size()));
        for (int r = 0; r < static_cast<int>(grades->changed.size()); ++r) {
            const cc::GradeChange& g = grades->changed[static_cast<size_t>(r)];
            checks->setItem(r, 0, cell(g.assessment.communityCode + u' ' + g.assessment.communityName));
            checks->setItem(r, 1, cell(g.assessment.round.toString()));
            checks->setItem(r, 2, cell(cc::AssessmentService::statusName(g.assessment.status)));
            checks->setItem(r, 3, cell(score(g.scoreBefore) + QStringLiteral(" → ") + score(g.scoreAfter)));
            checks->setItem(r, 4, cell(g.gradeBefore));
            checks->setItem(r, 5, cell(g.gradeAfter));
        }
    }
    m_ui->summaryLabel->setText(
        changes.empty() ? tr("The two versions hold the same indicators, rules and templates.")
                        : tr("%n change(s) from version %1 to %2:", nullptr, static_cast<int>(changes.size()))
                              .arg(from.version, to.version));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
}

SetDiffDialog::~SetDiffDialog() = default;

int SetDiffDialog::changeCount() const
{
    return m_ui->changesTableWidget->rowCount();
}

int SetDiffDialog::gradeChangeCount() const
{
    return m_ui->gradesTableWidget->rowCount();
}

void SetDiffDialog::compareStored(cc::Workspace& workspace, const QString& code, QWidget* parent)
{
    auto stored = workspace.sets().list();
    if (!stored) {
        ErrorPresenter::show(parent, stored.error());
        return;
    }
    QStringList versions;
    for (const auto& s : *stored) {
        if (s.code == code)
            versions << s.version;
    }
    if (versions.size() < 2) {
        ErrorPresenter::show(
            parent,
            cc::makeError(cc::ErrorCode::NotFound,
                          tr("Only one version of %1 is stored: there is nothing to compare it with.").arg(code)));
        return;
    }
    bool ok = false;
    const QString from = QInputDialog::getItem(
        parent, tr("Compare versions"), tr("Earlier version of %1:").arg(code), versions, 0, false, &ok);
    if (!ok)
        return;
    QStringList others = versions;
    others.removeAll(from);
    const QString to = QInputDialog::getItem(
        parent, tr("Compare versions"), tr("Compare %1 with:").arg(from), others, others.size() - 1, false, &ok);
    if (!ok)
        return;
    auto a = workspace.sets().load(code, from);
    auto b = workspace.sets().load(code, to);
    if (!a || !b) {
        ErrorPresenter::show(parent, a ? b.error() : a.error());
        return;
    }
    SetDiffDialog dialog(workspace, **a, **b, parent);
    dialog.exec();
}
