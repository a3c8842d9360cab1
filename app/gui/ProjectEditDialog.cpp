// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ProjectEditDialog.h"

#include "app/gui/AmountField.h"
#include "core/planning/ProjectMoney.h"
#include "core/planning/StatusName.h"
#include "core/util/Decimal.h"

#include "ui_ProjectEditDialog.h"

#include <QDate>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

namespace {

QString text(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

// The amount typed into a cell: empty is none, anything else a decimal that is not negative.
std::optional<double> cellAmount(const QTableWidget* table, int row, const QString& label, QStringList& problems)
{
    const QTableWidgetItem* item = table->item(row, 0);
    const QString typed = item ? item->text().trimmed() : QString();
    if (typed.isEmpty())
        return std::nullopt;
    const auto value = cc::parseDecimal(typed);
    if (!value || *value < 0) {
        problems << QCoreApplication::translate("ProjectEditDialog", "%1: \"%2\" is not an amount in 万元.")
                        .arg(label, typed);
        return std::nullopt;
    }
    return value;
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
    m_ui->originLabel->setText(origin.join(QStringLiteral(" · ")));
    if (!project.templateCode.isEmpty()) // for whoever maintains the set, not in the way of the reader
        m_ui->originLabel->setToolTip(tr("Project template %1 of the indicator set").arg(project.templateCode));

    // The project
    m_ui->nameLineEdit->setText(project.name);
    m_ui->scopePlainTextEdit->setPlainText(project.scope);
    m_ui->quantityLineEdit->setText(text(project.quantity));
    m_ui->unitLineEdit->setText(project.unit);
    m_ui->unitCostLineEdit->setText(text(project.unitCost));
    m_ui->costLineEdit->setText(text(project.cost));
    m_ui->costLineEdit->setPlaceholderText(tr("empty: quantity × unit cost"));
    for (const char* c : {"基础", "完善", "提升", "管理"})
        m_ui->classComboBox->addItem(QString::fromUtf8(c));
    m_ui->classComboBox->setCurrentText(project.projectClass);
    m_ui->timeBoundCheckBox->setChecked(project.timeBound);
    // The deadline: a date, or none (the earliest date stands for none).
    m_ui->deadlineDateEdit->setMinimumDate(QDate(1999, 12, 31));
    m_ui->deadlineDateEdit->setSpecialValueText(tr("none"));
    m_ui->deadlineDateEdit->setDate(project.deadline.isValid() ? project.deadline : QDate(1999, 12, 31));
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

    // Who and where
    m_ui->responsibleLineEdit->setText(project.responsibleUnit);
    m_ui->cooperatingPlainTextEdit->setPlainText(project.cooperatingUnits.join(u'\n'));
    m_ui->implementerLineEdit->setText(project.implementer);
    m_ui->locationLineEdit->setText(project.location);

    // Years and funding
    for (QSpinBox* box : {m_ui->yearSpinBox, m_ui->startYearSpinBox, m_ui->endYearSpinBox}) {
        box->setMinimum(1999); // 1999 stands for none
        box->setSpecialValueText(tr("none"));
    }
    m_ui->yearSpinBox->setValue(project.plannedYear.value_or(1999));
    m_ui->startYearSpinBox->setValue(project.startYear.value_or(1999));
    m_ui->endYearSpinBox->setValue(project.endYear.value_or(project.startYear.value_or(1999)));
    m_ui->yearsTableWidget->setColumnCount(1);
    m_ui->yearsTableWidget->setHorizontalHeaderLabels({tr("万元 (empty: spread evenly)")});
    m_ui->yearsTableWidget->horizontalHeader()->setStretchLastSection(true);
    fillYears();
    for (const cc::YearShare& y : project.yearAmounts) {
        const int row = y.year - *project.startYear;
        if (row >= 0 && row < m_ui->yearsTableWidget->rowCount())
            m_ui->yearsTableWidget->item(row, 0)->setText(QString::number(y.amount, 'g', 12));
    }
    const auto& sources = cc::allFundingSources();
    m_ui->fundingTableWidget->setColumnCount(1);
    m_ui->fundingTableWidget->setRowCount(static_cast<int>(sources.size()));
    m_ui->fundingTableWidget->setHorizontalHeaderLabels({tr("万元")});
    m_ui->fundingTableWidget->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < static_cast<int>(sources.size()); ++i) {
        m_ui->fundingTableWidget->setVerticalHeaderItem(i, new QTableWidgetItem(cc::chineseName(sources[i])));
        QString amount;
        for (const cc::FundingShare& f : project.funding) {
            if (f.source == sources[i])
                amount = QString::number(f.amount, 'g', 12);
        }
        m_ui->fundingTableWidget->setItem(i, 0, new QTableWidgetItem(amount));
    }
    connect(m_ui->startYearSpinBox, &QSpinBox::valueChanged, this, [this] {
        if (m_ui->endYearSpinBox->value() < m_ui->startYearSpinBox->value())
            m_ui->endYearSpinBox->setValue(m_ui->startYearSpinBox->value());
        fillYears();
        updateMoneyCheck();
    });
    connect(m_ui->endYearSpinBox, &QSpinBox::valueChanged, this, [this] {
        fillYears();
        updateMoneyCheck();
    });
    for (QTableWidget* table : {m_ui->yearsTableWidget, m_ui->fundingTableWidget})
        connect(table, &QTableWidget::itemChanged, this, &ProjectEditDialog::updateMoneyCheck);
    for (QLineEdit* edit : {m_ui->costLineEdit, m_ui->quantityLineEdit, m_ui->unitCostLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProjectEditDialog::updateMoneyCheck);
    updateMoneyCheck();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProjectEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectEditDialog::reject);
}

ProjectEditDialog::~ProjectEditDialog() = default;

void ProjectEditDialog::fillYears()
{
    QTableWidget* table = m_ui->yearsTableWidget;
    QHash<int, QString> typed;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->verticalHeaderItem(row))
            typed.insert(table->verticalHeaderItem(row)->text().toInt(), table->item(row, 0)->text());
    }
    const QSignalBlocker blocker(table);
    const int start = m_ui->startYearSpinBox->value();
    const int end = std::max(start, m_ui->endYearSpinBox->value());
    const bool years = start > 1999;
    table->setEnabled(years);
    table->setRowCount(years ? std::min(end - start + 1, 11) : 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(start + row)));
        table->setItem(row, 0, new QTableWidgetItem(typed.value(start + row)));
    }
}

cc::Project ProjectEditDialog::read(QStringList& problems) const
{
    const auto number = [&](const QLineEdit* edit, const QString& label) { return readAmount(edit, label, problems); };
    cc::Project p = m_project;
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.scope = m_ui->scopePlainTextEdit->toPlainText().trimmed();
    p.unit = m_ui->unitLineEdit->text().trimmed();
    if (!m_project.isBundle) {
        p.quantity = number(m_ui->quantityLineEdit, tr("Quantity"));
        p.unitCost = number(m_ui->unitCostLineEdit, tr("Unit cost"));
        p.cost = number(m_ui->costLineEdit, tr("Cost"));
        if (!p.cost && p.quantity && p.unitCost)
            p.cost = *p.quantity * *p.unitCost;
    }
    p.projectClass = m_ui->classComboBox->currentText();
    p.timeBound = m_ui->timeBoundCheckBox->isChecked();
    const QDate deadline = m_ui->deadlineDateEdit->date();
    p.deadline = deadline > QDate(1999, 12, 31) ? deadline : QDate();
    p.sequence = m_ui->sequenceSpinBox->value();
    p.status = cc::projectStatusFromString(m_ui->statusComboBox->currentData().toString()).value_or(p.status);
    p.resourceIds.clear();
    for (int i = 0; i < m_ui->resourcesListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->resourcesListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            p.resourceIds.push_back(cc::ResourceId::fromString(item->data(Qt::UserRole).toString()));
    }

    p.responsibleUnit = m_ui->responsibleLineEdit->text().trimmed();
    p.cooperatingUnits.clear();
    for (const QString& line : m_ui->cooperatingPlainTextEdit->toPlainText().split(
             QRegularExpression(QStringLiteral("[\\n,，、;；]")), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty() && !p.cooperatingUnits.contains(line.trimmed()))
            p.cooperatingUnits << line.trimmed();
    }
    p.implementer = m_ui->implementerLineEdit->text().trimmed();
    p.location = m_ui->locationLineEdit->text().trimmed();

    const auto year = [](const QSpinBox* box) {
        return box->value() > 1999 ? std::optional<int>(box->value()) : std::nullopt;
    };
    p.plannedYear = year(m_ui->yearSpinBox);
    p.startYear = year(m_ui->startYearSpinBox);
    p.endYear = p.startYear ? year(m_ui->endYearSpinBox) : std::nullopt;
    // One year is one year whether the end is given or not: an end the project never had is not added.
    if (p.endYear && p.startYear == p.endYear && !m_project.endYear)
        p.endYear.reset();
    p.yearAmounts.clear();
    for (int row = 0; row < m_ui->yearsTableWidget->rowCount(); ++row) {
        const int y = m_ui->yearsTableWidget->verticalHeaderItem(row)->text().toInt();
        if (const auto amount = cellAmount(m_ui->yearsTableWidget, row, QString::number(y), problems))
            p.yearAmounts.push_back({y, *amount});
    }
    p.funding.clear();
    const auto& sources = cc::allFundingSources();
    for (int row = 0; row < static_cast<int>(sources.size()); ++row) {
        if (const auto amount = cellAmount(m_ui->fundingTableWidget, row, cc::chineseName(sources[row]), problems))
            p.funding.push_back({sources[row], *amount});
    }
    return p;
}

void ProjectEditDialog::updateMoneyCheck()
{
    QStringList problems;
    const cc::Project p = read(problems);
    if (problems.isEmpty()) {
        if (const QString problem = cc::planning::ProjectMoney::problem(p); !problem.isEmpty())
            problems << problem;
    }
    double funded = 0;
    for (const cc::FundingShare& f : p.funding)
        funded += f.amount;
    const QString sums = p.cost ? tr("Cost %1 万元; funding given %2 万元.")
                                      .arg(QLocale().toString(*p.cost, 'f', 2), QLocale().toString(funded, 'f', 2))
                                : tr("No cost yet.");
    m_ui->moneyCheckLabel->setText(problems.isEmpty() ? sums : sums + u'\n' + problems.join(u'\n'));
    m_ui->moneyCheckLabel->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void ProjectEditDialog::accept()
{
    QStringList problems;
    cc::Project p = read(problems);
    if (p.name.isEmpty())
        problems << tr("The project needs a name.");
    if (problems.isEmpty()) {
        if (const QString problem = cc::planning::ProjectMoney::problem(p); !problem.isEmpty())
            problems << problem;
    }
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(u'\n'));
        return;
    }
    m_project = p;
    QDialog::accept();
}
