// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ReportSettingsDialog.h"

#include "app/gui/ErrorPresenter.h"
#include "core/services/Workspace.h"
#include "ui_ReportSettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QPushButton>

ReportSettingsDialog::ReportSettingsDialog(cc::Workspace& workspace, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportSettingsDialog>())
    , m_workspace(workspace)
    , m_language(language)
{
    m_ui->setupUi(this);
    auto settings = m_workspace.reportSettings(m_language);
    if (settings) {
        // An empty stored title means "the default title": show it as the placeholder.
        m_ui->titleLineEdit->setPlaceholderText(cc::report::ReportBuilder::defaultTitle());
        m_ui->titleLineEdit->setText(settings->title);
        m_ui->issuingUnitLineEdit->setText(settings->issuingUnit);
        m_ui->signaturesPlainTextEdit->setPlainText(settings->signatureLines.join(u'\n'));
        m_ui->logoLineEdit->setText(QDir::toNativeSeparators(settings->logoPath));
        // Empty: the default lines, in the language of each report.
        m_ui->signaturesPlainTextEdit->setPlaceholderText(
            cc::report::ReportBuilder::defaultSignatureLines().join(u'\n'));
    } else {
        m_ui->errorLabel->setText(settings.error().message);
    }
    connect(m_ui->browseLogoPushButton, &QPushButton::clicked, this, &ReportSettingsDialog::onBrowseLogoClicked);
    connect(m_ui->clearLogoPushButton, &QPushButton::clicked, m_ui->logoLineEdit, &QLineEdit::clear);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReportSettingsDialog::reject);
}

ReportSettingsDialog::~ReportSettingsDialog() = default;

void ReportSettingsDialog::onBrowseLogoClicked()
{
    const QString start = m_ui->logoLineEdit->text().isEmpty() ? QDir::homePath() : m_ui->logoLineEdit->text();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the logo"), start, tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        m_ui->logoLineEdit->setText(QDir::toNativeSeparators(path));
}

void ReportSettingsDialog::accept()
{
    cc::report::ReportSettings s;
    s.title = m_ui->titleLineEdit->text().trimmed();
    s.issuingUnit = m_ui->issuingUnitLineEdit->text().trimmed();
    for (const QString& line : m_ui->signaturesPlainTextEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            s.signatureLines << line.trimmed();
    }
    s.logoPath = QDir::fromNativeSeparators(m_ui->logoLineEdit->text().trimmed());
    if (!s.logoPath.isEmpty()) {
        const QFileInfo file(s.logoPath);
        QImageReader reader(s.logoPath);
        if (!file.isFile()) {
            m_ui->errorLabel->setText(tr("The logo file %1 does not exist.").arg(QDir::toNativeSeparators(s.logoPath)));
            m_ui->logoLineEdit->setFocus();
            return;
        }
        if (reader.read().isNull()) {
            m_ui->errorLabel->setText(tr("The logo %1 is not an image this program can read (PNG or JPEG): %2")
                                          .arg(QDir::toNativeSeparators(s.logoPath), reader.errorString()));
            m_ui->logoLineEdit->setFocus();
            return;
        }
        s.logoPath = file.absoluteFilePath();
    }
    if (auto saved = m_workspace.setReportSettings(s); !saved) {
        ErrorPresenter::show(this, saved.error());
        return;
    }
    QDialog::accept();
}
