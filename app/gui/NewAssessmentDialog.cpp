// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/NewAssessmentDialog.h"

#include "app/common/AppEnvironment.h"
#include "core/services/Workspace.h"

#include "ui_NewAssessmentDialog.h"

#include <QCompleter>
#include <QDate>
#include <QPushButton>
#include <QRegularExpression>

NewAssessmentDialog::NewAssessmentDialog(cc::Workspace& workspace,
                                         const QString& language,
                                         const QString& communityCode,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewAssessmentDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    QStringList problems; // what could not be read is said in the dialog, not skipped silently
    if (auto communities = workspace.communities().list()) {
        for (const cc::Community& c : *communities)
            m_ui->communityComboBox->addItem(c.code + QStringLiteral("  ") + c.name, c.code);
    } else {
        problems << communities.error().message;
    }
    // Type part of a code or a Chinese name to find a community.
    m_ui->communityComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->communityComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (!communityCode.isEmpty())
        m_ui->communityComboBox->setCurrentIndex(m_ui->communityComboBox->findData(communityCode));

    if (auto sets = workspace.sets().list()) {
        for (const auto& s : *sets) {
            const QString name = language.startsWith(u"en") && !s.nameEn.isEmpty() ? s.nameEn : s.nameZh;
            m_ui->setComboBox->addItem(s.code + u' ' + s.version + QStringLiteral("  ") + name,
                                       QStringList {s.code, s.version});
        }
        // Default: the newest version of the built-in set (a database may have none).
        if (auto newest = workspace.sets().find(QStringLiteral("JX-HSQ"))) {
            m_ui->setComboBox->setCurrentIndex(
                m_ui->setComboBox->findData(QStringList {newest->code, newest->version}));
        } else if (newest.error().code != cc::ErrorCode::NotFound) {
            problems << newest.error().message;
        }
    } else {
        problems << sets.error().message;
    }
    m_ui->errorLabel->setText(problems.join(u'\n'));
    m_ui->yearSpinBox->setValue(QDate::currentDate().year());
    // The day of the site visit: today unless the assessor records a visit made earlier.
    m_ui->checkDateEdit->setDateRange(QDate(2000, 1, 1), QDate::currentDate().addYears(1));
    m_ui->checkDateEdit->setDate(QDate::currentDate());
    m_ui->labelComboBox->addItems({QStringLiteral("体检"), QStringLiteral("复检")});
    // On a county server an assessor is named by their login (what the server checks).
    m_ui->assessorsLineEdit->setText(m_workspace.facts().access.server ? m_workspace.userName() : appenv::userName());
    connect(m_ui->communityComboBox, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::updatePrevious);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &NewAssessmentDialog::updatePrevious);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePrevious();
}

NewAssessmentDialog::~NewAssessmentDialog() = default;

void NewAssessmentDialog::updatePrevious()
{
    const QString code = m_ui->communityComboBox->currentData().toString();
    const int year = m_ui->yearSpinBox->value();
    QString previous;
    if (auto assessments = m_workspace.assessments().list(code); !assessments) {
        m_ui->errorLabel->setText(assessments.error().message);
    } else {
        for (const cc::Assessment& a : *assessments) {
            if (a.round.year < year) {
                previous = a.round.toString();
                break;
            }
        }
    }
    m_ui->copyPreviousCheckBox->setEnabled(!previous.isEmpty());
    m_ui->copyPreviousCheckBox->setChecked(!previous.isEmpty());
    m_ui->copyPreviousCheckBox->setToolTip(previous.isEmpty() ? tr("This community has no check of an earlier year.")
                                                              : tr("Earlier round: %1").arg(previous));
    if (!previous.isEmpty() && m_ui->labelComboBox->currentText() == u"体检")
        m_ui->labelComboBox->setCurrentText(QStringLiteral("复检"));
}

void NewAssessmentDialog::accept()
{
    const QString community = m_ui->communityComboBox->currentData().toString();
    const QStringList set = m_ui->setComboBox->currentData().toStringList();
    if (community.isEmpty()
        || m_ui->communityComboBox->currentText()
            != m_ui->communityComboBox->itemText(m_ui->communityComboBox->currentIndex())) {
        m_ui->errorLabel->setText(tr("Choose a community from the register."));
        m_ui->communityComboBox->setFocus();
        return;
    }
    if (set.size() != 2) {
        m_ui->errorLabel->setText(tr("Import an indicator set first."));
        return;
    }
    cc::NewAssessment request;
    request.communityCode = community;
    request.setCode = set.at(0);
    request.setVersion = set.at(1);
    request.round = cc::Round {m_ui->yearSpinBox->value(), m_ui->labelComboBox->currentText().trimmed()};
    request.assessors =
        m_ui->assessorsLineEdit->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts);
    for (QString& name : request.assessors)
        name = name.trimmed();
    request.copyFromPrevious = m_ui->copyPreviousCheckBox->isEnabled() && m_ui->copyPreviousCheckBox->isChecked();
    request.checkDate = m_ui->checkDateEdit->date();
    auto created = m_workspace.assessments().create(request);
    if (!created) {
        m_ui->errorLabel->setText(created.error().message);
        return;
    }
    m_created = created->assessment.id;
    QDialog::accept();
}
