// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/NationalExportDialog.h"

#include "app/gui/ErrorPresenter.h"
#include "app/render/NationalPdf.h"
#include "core/services/NationalExport.h"
#include "core/services/Workspace.h"

#include "ui_NationalExportDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

NationalExportDialog::NationalExportDialog(cc::Workspace& workspace, const QString& county, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NationalExportDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &NationalExportDialog::exportTables);

    // The counties of the register and the rounds of the checks, newest round first.
    QStringList counties;
    if (auto communities = workspace.communities().list()) {
        for (const cc::Community& c : *communities)
            if (!c.county.trimmed().isEmpty() && !counties.contains(c.county.trimmed()))
                counties << c.county.trimmed();
    }
    counties.sort();
    m_ui->countyComboBox->addItems(counties);
    if (const int at = m_ui->countyComboBox->findText(county.trimmed()); at >= 0)
        m_ui->countyComboBox->setCurrentIndex(at);
    std::vector<cc::Round> rounds;
    if (auto checks = workspace.assessments().list()) {
        for (const cc::Assessment& a : *checks)
            if (std::find(rounds.begin(), rounds.end(), a.round) == rounds.end())
                rounds.push_back(a.round);
    }
    std::sort(rounds.begin(), rounds.end(), [](const cc::Round& x, const cc::Round& y) {
        return std::tie(y.year, y.label) < std::tie(x.year, x.label);
    });
    for (const cc::Round& r : rounds)
        m_ui->roundComboBox->addItem(r.toString());
    m_exportButton->setEnabled(!counties.isEmpty() && !rounds.empty());
    if (counties.isEmpty() || rounds.empty())
        m_ui->statusLabel->setText(tr("There is nothing to export yet: the register has no county or no check."));

    connect(m_ui->countyComboBox, &QComboBox::currentTextChanged, this, &NationalExportDialog::suggestFolder);
    connect(m_ui->roundComboBox, &QComboBox::currentTextChanged, this, &NationalExportDialog::suggestFolder);
    connect(m_ui->folderLineEdit, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Folder for the national tables"), m_ui->folderLineEdit->text());
        if (!chosen.isEmpty()) {
            m_ui->folderLineEdit->setText(QDir::toNativeSeparators(chosen));
            m_folderEdited = true;
        }
    });
    suggestFolder();
    m_ui->countyComboBox->setFocus();
}

NationalExportDialog::~NationalExportDialog() = default;

void NationalExportDialog::suggestFolder()
{
    if (m_folderEdited)
        return;
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    // A folder per county and round, named as a county office files them: 东湖区_2025体检_国家报表.
    QString name = tr("%1_%2_national tables")
                       .arg(m_ui->countyComboBox->currentText(), m_ui->roundComboBox->currentText().remove(u' '));
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    m_ui->folderLineEdit->setText(QDir::toNativeSeparators(QDir(base).filePath(name)));
}

void NationalExportDialog::exportTables()
{
    const QString county = m_ui->countyComboBox->currentText();
    const auto round = cc::Round::parse(m_ui->roundComboBox->currentText());
    const QString folder = QDir::fromNativeSeparators(m_ui->folderLineEdit->text().trimmed());
    if (!round || folder.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose a round and a folder."));
        return;
    }
    m_exportButton->setEnabled(false);
    m_ui->progressBar->setVisible(true);
    m_ui->progressBar->setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    cc::NationalExport national(m_workspace);
    auto written = national.write(
        county,
        *round,
        folder,
        [this](int done, int total) {
            m_ui->progressBar->setMaximum(total);
            m_ui->progressBar->setValue(done);
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        },
        NationalPdf::forExport(county, *round));
    QApplication::restoreOverrideCursor();
    m_exportButton->setEnabled(true);
    m_ui->progressBar->setVisible(false);
    if (!written) {
        m_ui->statusLabel->clear();
        ErrorPresenter::show(this, written.error());
        return;
    }
    QStringList names;
    for (const QString& file : written->files)
        names << QFileInfo(file).fileName().toHtmlEscaped();
    QString text = tr("%n communities written to <a href=\"%1\">%2</a>: %3.", nullptr, written->communities)
                       .arg(QUrl::fromLocalFile(folder).toString(),
                            QDir::toNativeSeparators(folder).toHtmlEscaped(),
                            names.join(tr(", ")));
    if (written->skipped > 0)
        text += QStringLiteral("<br>")
            + tr("%n checks of the round are not submitted yet and are not in the tables.", nullptr, written->skipped);
    m_ui->statusLabel->setText(text);
}
