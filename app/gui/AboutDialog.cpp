// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>

AboutDialog::AboutDialog(const QString& databasePath, int schemaVersion, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/communitycheck-256.png")).pixmap(64, 64));
    m_ui->titleLabel->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("CommunityCheck"), tr("Version %1").arg(QCoreApplication::applicationVersion())));
    m_ui->detailsLabel->setText(
        tr("<p>Offline community health checks (先体检、后更新) for the Jiangxi 好社区 programme: check a community "
           "against an indicator set, score it, list its problems and the renewal projects they call for.</p>"
           "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with "
           "ABSOLUTELY NO WARRANTY.</p>"
           "<p>Built with Qt %1 (running on Qt %2).</p>"
           "<p>Database: %3 (schema %4)</p>")
            .arg(QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(databasePath).toHtmlEscaped())
            .arg(schemaVersion));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;
