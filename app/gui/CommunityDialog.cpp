// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/CommunityDialog.h"

#include "core/services/Workspace.h"
#include "core/util/Decimal.h"

#include "ui_CommunityDialog.h"

#include <QLocale>
#include <QRegularExpression>

CommunityDialog::CommunityDialog(cc::Workspace& workspace,
                                 const QString& language,
                                 const cc::Community* existing,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CommunityDialog>())
    , m_workspace(workspace)
    , m_editing(existing != nullptr)
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit community") : tr("New community"));
    if (auto types = workspace.sets().communityTypes(language)) {
        for (const auto& [code, name] : *types)
            m_ui->typeComboBox->addItem(name, code); // people read the name; the code is stored
    } else {
        m_ui->errorLabel->setText(types.error().message); // a type can still be typed in
    }
    if (existing) {
        m_community = *existing;
        // Full precision, so that OK without a change writes back exactly what was stored.
        const auto number = [](const auto& v) { return v ? QString::number(*v, 'g', 15) : QString(); };
        m_ui->codeLineEdit->setText(existing->code);
        m_ui->nameLineEdit->setText(existing->name);
        const int type = m_ui->typeComboBox->findData(existing->type);
        if (type >= 0)
            m_ui->typeComboBox->setCurrentIndex(type);
        else
            m_ui->typeComboBox->setEditText(existing->type);
        m_ui->cityLineEdit->setText(existing->city);
        m_ui->countyLineEdit->setText(existing->county);
        m_ui->streetLineEdit->setText(existing->street);
        m_ui->householdsLineEdit->setText(number(existing->households));
        m_ui->buildingsLineEdit->setText(number(existing->buildings));
        m_ui->populationLineEdit->setText(number(existing->population));
        m_ui->areaLineEdit->setText(number(existing->areaHa));
        m_ui->buildYearLineEdit->setText(number(existing->buildYear));
        m_ui->pilotCheckBox->setChecked(existing->pilot);
        if (existing->latitude && existing->longitude)
            m_ui->locationLineEdit->setText(QString::number(*existing->latitude, 'g', 15) + QStringLiteral(", ")
                                            + QString::number(*existing->longitude, 'g', 15));
        m_ui->noteLineEdit->setText(existing->note);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CommunityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CommunityDialog::~CommunityDialog() = default;

void CommunityDialog::showProblems(const QStringList& problems)
{
    m_ui->errorLabel->setText(problems.join(u'\n'));
}

std::optional<cc::Community> CommunityDialog::read(QStringList* problems) const
{
    cc::Community c = m_community;
    c.code = m_ui->codeLineEdit->text().trimmed();
    c.name = m_ui->nameLineEdit->text().trimmed();
    const int typeIndex = m_ui->typeComboBox->currentIndex();
    c.type = typeIndex >= 0 && m_ui->typeComboBox->currentText() == m_ui->typeComboBox->itemText(typeIndex)
        ? m_ui->typeComboBox->itemData(typeIndex).toString()
        : m_ui->typeComboBox->currentText().trimmed();
    c.city = m_ui->cityLineEdit->text().trimmed();
    c.county = m_ui->countyLineEdit->text().trimmed();
    c.street = m_ui->streetLineEdit->text().trimmed();
    c.pilot = m_ui->pilotCheckBox->isChecked();
    c.note = m_ui->noteLineEdit->text().trimmed();
    // Whole numbers; empty = unknown. The message names the field. Every problem is listed.
    const auto count = [&](QLineEdit* edit, const QString& field, std::optional<qint64>& target) {
        const QString text = edit->text().trimmed();
        target.reset();
        if (text.isEmpty())
            return;
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < 0)
            *problems << tr("%1: \"%2\" is not a whole number of zero or more.").arg(field, text);
        else
            target = v;
    };
    count(m_ui->householdsLineEdit, tr("Households"), c.households);
    count(m_ui->buildingsLineEdit, tr("Buildings"), c.buildings);
    count(m_ui->populationLineEdit, tr("Population"), c.population);
    std::optional<qint64> year;
    count(m_ui->buildYearLineEdit, tr("Build year"), year);
    c.buildYear = year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt;
    const QString area = m_ui->areaLineEdit->text().trimmed();
    if (area.isEmpty()) {
        c.areaHa.reset();
    } else {
        const auto v = cc::parseDecimal(area);
        if (!v || *v < 0)
            *problems << tr("%1: \"%2\" is not a number of hectares.").arg(tr("Area (ha)"), area);
        else
            c.areaHa = *v;
    }
    const QString location = m_ui->locationLineEdit->text().trimmed();
    if (location.isEmpty()) {
        c.latitude.reset();
        c.longitude.reset();
    } else {
        const QStringList parts = location.split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts);
        const auto lat = cc::parseDecimal(parts.value(0));
        const auto lon = cc::parseDecimal(parts.value(1));
        if (parts.size() != 2 || !lat || !lon) {
            *problems << tr("Location: give latitude and longitude as two numbers, e.g. 28.6829, 115.8579.");
        } else {
            c.latitude = lat;
            c.longitude = lon;
        }
    }
    *problems += cc::CommunityService::problems(c);
    if (!problems->isEmpty())
        return std::nullopt;
    return c;
}

void CommunityDialog::accept()
{
    QStringList problems;
    auto c = read(&problems);
    if (!c) {
        showProblems(problems); // nothing stored; each goes away when its field is fixed
        if (!m_checkAsTyped) {
            m_checkAsTyped = true;
            for (QLineEdit* edit : findChildren<QLineEdit*>())
                connect(edit, &QLineEdit::textChanged, this, [this] {
                    QStringList now;
                    read(&now);
                    showProblems(now);
                });
            connect(m_ui->typeComboBox, &QComboBox::currentTextChanged, this, [this] {
                QStringList now;
                read(&now);
                showProblems(now);
            });
        }
        return;
    }
    auto saved = m_editing ? m_workspace.communities().update(*c) : m_workspace.communities().add(*c);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        return;
    }
    m_community = saved->community;
    QDialog::accept();
}
