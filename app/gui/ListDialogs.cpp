// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ListDialogs.h"

#include "app/gui/AmountField.h"
#include "ui_DemandDialog.h"
#include "ui_ResourceDialog.h"

#include <QDate>
#include <QRegularExpression>

DemandDialog::DemandDialog(const std::vector<cc::Community>& communities, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DemandDialog>())
{
    m_ui->setupUi(this);
    for (const cc::Community& c : communities)
        m_ui->communityComboBox->addItem(QString(c.code + u' ' + c.name), c.code);
    m_ui->sourceComboBox->addItem(tr("Consultation meeting"), toString(cc::DemandSource::Meeting));
    m_ui->sourceComboBox->addItem(tr("Survey"), toString(cc::DemandSource::Survey));
    m_ui->sourceComboBox->addItem(tr("Hotline"), toString(cc::DemandSource::Hotline));
    m_ui->sourceComboBox->addItem(tr("Grid worker"), toString(cc::DemandSource::GridWorker));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->taskLineEdit->setPlaceholderText(tr("e.g. C7"));
    m_ui->indicatorsLineEdit->setPlaceholderText(tr("indicator codes it speaks to, e.g. C7-04; C7-05"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DemandDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DemandDialog::reject);
}

DemandDialog::~DemandDialog() = default;

QString DemandDialog::communityCode() const
{
    return m_ui->communityComboBox->currentData().toString();
}

cc::Demand DemandDialog::demand() const
{
    cc::Demand d;
    d.text = m_ui->textPlainTextEdit->toPlainText().trimmed();
    d.taskCode = m_ui->taskLineEdit->text().trimmed();
    d.place = m_ui->placeLineEdit->text().trimmed();
    d.source =
        cc::demandSourceFromString(m_ui->sourceComboBox->currentData().toString()).value_or(cc::DemandSource::Meeting);
    d.date = m_ui->dateEdit->date();
    d.support = m_ui->supportSpinBox->value();
    for (const QString& code :
         m_ui->indicatorsLineEdit->text().split(QRegularExpression(QStringLiteral("[;；,，\\s]+")), Qt::SkipEmptyParts))
        d.indicatorCodes << code.trimmed();
    return d;
}

void DemandDialog::accept()
{
    if (communityCode().isEmpty()) {
        m_ui->errorLabel->setText(tr("Add the community to the register first."));
        return;
    }
    if (m_ui->textPlainTextEdit->toPlainText().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("Write down what the residents ask for."));
        m_ui->textPlainTextEdit->setFocus();
        return;
    }
    QDialog::accept();
}

ResourceDialog::ResourceDialog(const std::vector<cc::Community>& communities, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResourceDialog>())
{
    m_ui->setupUi(this);
    m_ui->kindComboBox->addItem(tr("Idle room"), toString(cc::ResourceKind::Room));
    m_ui->kindComboBox->addItem(tr("Idle land"), toString(cc::ResourceKind::Land));
    m_ui->kindComboBox->addItem(tr("Fund"), toString(cc::ResourceKind::Fund));
    m_ui->kindComboBox->addItem(tr("Operator"), toString(cc::ResourceKind::Operator));
    QStringList counties;
    for (const cc::Community& c : communities) {
        if (!c.county.isEmpty() && !counties.contains(c.county))
            counties << c.county;
    }
    counties.sort();
    for (const QString& county : counties)
        m_ui->scopeComboBox->addItem(tr("%1 (county-wide)").arg(county), QString(QStringLiteral("county:") + county));
    for (const cc::Community& c : communities)
        m_ui->scopeComboBox->addItem(c.code + u' ' + c.name, QString(QStringLiteral("community:") + c.code));
    m_ui->yearSpinBox->setSpecialValueText(tr("—"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResourceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ResourceDialog::reject);
}

ResourceDialog::~ResourceDialog() = default;

void ResourceDialog::accept()
{
    QStringList problems;
    const auto number = [&](const QLineEdit* edit, const QString& label) { return readAmount(edit, label, problems); };
    cc::Resource r;
    r.kind = cc::resourceKindFromString(m_ui->kindComboBox->currentData().toString()).value_or(cc::ResourceKind::Room);
    r.name = m_ui->nameLineEdit->text().trimmed();
    if (r.name.isEmpty())
        problems << tr("The resource needs a name.");
    r.areaM2 = number(m_ui->areaLineEdit, tr("Area"));
    r.amountWan = number(m_ui->amountLineEdit, tr("Amount"));
    if (m_ui->yearSpinBox->value() > 0)
        r.year = m_ui->yearSpinBox->value();
    r.place = m_ui->placeLineEdit->text().trimmed();
    r.owner = m_ui->ownerLineEdit->text().trimmed();
    const QString scope = m_ui->scopeComboBox->currentData().toString();
    if (scope.isEmpty())
        problems << tr("Add a community to the register first.");
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(u'\n'));
        return;
    }
    if (scope.startsWith(QStringLiteral("county:"))) {
        r.county = scope.mid(7);
        m_communityCode.clear();
    } else {
        m_communityCode = scope.mid(10);
    }
    m_resource = r;
    QDialog::accept();
}
