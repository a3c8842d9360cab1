// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ProjectEditDialog.h"

#include "app/gui/AmountField.h"
#include "core/planning/StatusName.h"

#include "ui_ProjectEditDialog.h"

#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace {

QString text(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

} // namespace

ProjectEditDialog::ProjectEditDialog(const cc::Project& project,
                                     const std::vector<cc::Resource>& resources,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectEditDialog>())
    , m_project(project)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Project — %1").arg(project.communityName));
    QStringList origin;
    if (!project.problemCodes.isEmpty())
        origin << tr("From the failed indicators %1").arg(project.problemCodes.join(QStringLiteral(", ")));
    if (!project.demandIds.empty())
        origin << tr("%n resident demand(s), %1 supporters", nullptr, static_cast<int>(project.demandIds.size()))
                      .arg(project.support);
    if (!project.templateCode.isEmpty())
        origin << tr("template %1").arg(project.templateCode);
    m_ui->originLabel->setText(origin.join(QStringLiteral(" · ")));
    m_ui->nameLineEdit->setText(project.name);
    m_ui->scopePlainTextEdit->setPlainText(project.scope);
    m_ui->quantityLineEdit->setText(text(project.quantity));
    m_ui->unitLineEdit->setText(project.unit);
    m_ui->unitCostLineEdit->setText(text(project.unitCost));
    m_ui->costLineEdit->setText(text(project.cost));
    m_ui->costLineEdit->setPlaceholderText(tr("empty: quantity × unit cost"));
    m_ui->responsibleLineEdit->setText(project.responsibleUnit);
    for (const char* c : {"基础", "完善", "提升", "管理"})
        m_ui->classComboBox->addItem(QString::fromUtf8(c));
    m_ui->classComboBox->setCurrentText(project.projectClass);
    m_ui->timeBoundCheckBox->setChecked(project.timeBound);
    m_ui->yearSpinBox->setSpecialValueText(tr("not planned"));
    m_ui->yearSpinBox->setValue(project.plannedYear.value_or(0));
    m_ui->sequenceSpinBox->setValue(project.sequence);
    for (auto status : {cc::ProjectStatus::Candidate,
                        cc::ProjectStatus::Accepted,
                        cc::ProjectStatus::Rejected,
                        cc::ProjectStatus::InLibrary,
                        cc::ProjectStatus::Scheduled,
                        cc::ProjectStatus::UnderWay,
                        cc::ProjectStatus::Done,
                        cc::ProjectStatus::Obsolete})
        m_ui->statusComboBox->addItem(cc::planning::statusName(status), toString(status));
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(toString(project.status)));
    for (const cc::Resource& r : resources) {
        auto* item = new QListWidgetItem(r.name + (r.communityCode.isEmpty() ? tr(" (county-wide)") : QString()),
                                         m_ui->resourcesListWidget);
        item->setData(Qt::UserRole, r.id.toString());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool linked =
            std::find(project.resourceIds.begin(), project.resourceIds.end(), r.id) != project.resourceIds.end();
        item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
    if (resources.empty())
        m_ui->resourcesListWidget->addItem(tr("No resource in this county's 资源清单 yet."));
    const bool bundle = project.isBundle;
    m_ui->quantityLineEdit->setEnabled(!bundle);
    m_ui->unitCostLineEdit->setEnabled(!bundle);
    m_ui->costLineEdit->setEnabled(!bundle); // a bundle costs what its sub-items cost
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProjectEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectEditDialog::reject);
}

ProjectEditDialog::~ProjectEditDialog() = default;

void ProjectEditDialog::accept()
{
    QStringList problems;
    const auto number = [&](const QLineEdit* edit, const QString& label) { return readAmount(edit, label, problems); };
    cc::Project p = m_project;
    p.name = m_ui->nameLineEdit->text().trimmed();
    if (p.name.isEmpty())
        problems << tr("The project needs a name.");
    p.scope = m_ui->scopePlainTextEdit->toPlainText().trimmed();
    p.unit = m_ui->unitLineEdit->text().trimmed();
    if (!m_project.isBundle) {
        p.quantity = number(m_ui->quantityLineEdit, tr("Quantity"));
        p.unitCost = number(m_ui->unitCostLineEdit, tr("Unit cost"));
        p.cost = number(m_ui->costLineEdit, tr("Cost"));
        if (!p.cost && p.quantity && p.unitCost)
            p.cost = *p.quantity * *p.unitCost;
    }
    p.responsibleUnit = m_ui->responsibleLineEdit->text().trimmed();
    p.projectClass = m_ui->classComboBox->currentText();
    p.timeBound = m_ui->timeBoundCheckBox->isChecked();
    p.plannedYear = m_ui->yearSpinBox->value() > 0 ? std::optional<int>(m_ui->yearSpinBox->value()) : std::nullopt;
    p.sequence = m_ui->sequenceSpinBox->value();
    p.status = cc::projectStatusFromString(m_ui->statusComboBox->currentData().toString()).value_or(p.status);
    p.resourceIds.clear();
    for (int i = 0; i < m_ui->resourcesListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->resourcesListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            p.resourceIds.push_back(cc::ResourceId::fromString(item->data(Qt::UserRole).toString()));
    }
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(u'\n'));
        return;
    }
    m_project = p;
    QDialog::accept();
}
