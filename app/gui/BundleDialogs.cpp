// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/BundleDialogs.h"

#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/SavePath.h"
#include "core/services/Workspace.h"
#include "ui_BundleImportDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

namespace {

enum Column { CommunityColumn, ItemColumn, OursColumn, OursWhoColumn, TheirsColumn, TheirsWhoColumn, ChoiceColumn };

QString itemName(const QString& item)
{
    if (item == u"#state")
        return BundleImportDialog::tr("State (and review comment)");
    if (item == u"#community")
        return BundleImportDialog::tr("Community (same code, another record)");
    if (item.startsWith(u"#photo:"))
        return BundleImportDialog::tr("Photo");
    return item;
}

// Who and when, as people read it: "李明 2026-12-07 15:16" (local time).
QString whoWhen(const QString& who, const QString& at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QString when = time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : at;
    return QStringList {who, when}.join(u' ').trimmed();
}

QString shownValue(const QString& value)
{
    return value.isEmpty() ? BundleImportDialog::tr("(no answer)") : value;
}

} // namespace

BundleImportDialog::BundleImportDialog(cc::Workspace& workspace,
                                       QString path,
                                       cc::ImportReport preview,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BundleImportDialog>())
    , m_workspace(workspace)
    , m_path(std::move(path))
    , m_preview(std::move(preview))
    , m_choices(m_preview.conflicts.size(), Resolve::None)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    QStringList lines;
    lines << tr("%1 will bring: %2 new communities, %3 new checks, %4 answers or states taken, %5 the same here, %6 "
                "new photos, %7 audit entries.")
                 .arg(QDir::toNativeSeparators(m_path))
                 .arg(m_preview.newCommunities)
                 .arg(m_preview.newAssessments)
                 .arg(m_preview.updatedAnswers)
                 .arg(m_preview.identical)
                 .arg(m_preview.newPhotos)
                 .arg(m_preview.newAuditEntries);
    if (m_preview.newBuildings > 0)
        lines << tr("%n building(s) of the communities new here.", nullptr, m_preview.newBuildings);
    if (!m_preview.newSets.isEmpty())
        lines << tr("Indicator sets installed: %1.").arg(m_preview.newSets.join(QStringLiteral(", ")));
    lines << tr("Nothing changes until you import; the import is one step, all or nothing.");
    m_ui->summaryLabel->setText(lines.join(u'\n'));

    QTableWidget* table = m_ui->conflictsTableWidget;
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels({tr("Community"),
                                      tr("Indicator"),
                                      tr("This database"),
                                      tr("Changed by, at"),
                                      tr("The bundle"),
                                      tr("Changed by, at"),
                                      tr("Keep")});
    table->setRowCount(static_cast<int>(m_preview.conflicts.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const cc::ImportReport::Conflict& c = m_preview.conflicts[static_cast<size_t>(row)];
        const QStringList cells {c.community,
                                 itemName(c.item),
                                 shownValue(c.ours),
                                 whoWhen(c.oursBy, c.oursAt),
                                 shownValue(c.theirs),
                                 whoWhen(c.theirsBy, c.theirsAt)};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        auto* choice = new QComboBox(table);
        choice->addItem(tr("— decide —"), static_cast<int>(Resolve::None));
        choice->addItem(tr("This database's"), static_cast<int>(Resolve::Ours));
        choice->addItem(tr("The bundle's"), static_cast<int>(Resolve::Theirs));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, row, choice] {
            m_choices[static_cast<size_t>(row)] = static_cast<Resolve>(choice->currentData().toInt());
            updateButtons();
        });
        table->setCellWidget(row, ChoiceColumn, choice);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    const bool conflicts = !m_preview.conflicts.empty();
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_ui->conflictsLabel, table, m_ui->keepOursPushButton, m_ui->takeTheirsPushButton})
        w->setVisible(conflicts);

    QStringList refused;
    for (const cc::ImportReport::Refusal& r : m_preview.refused)
        refused << tr("%1: %2").arg(r.community, r.reason);
    m_ui->refusedLabel->setVisible(!refused.isEmpty());
    m_ui->refusedLabel->setText(tr("Not changed by this bundle:\n%1").arg(refused.join(u'\n')));

    connect(m_ui->keepOursPushButton, &QPushButton::clicked, this, [this] { decideAll(Resolve::Ours); });
    connect(m_ui->takeTheirsPushButton, &QPushButton::clicked, this, [this] { decideAll(Resolve::Theirs); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

BundleImportDialog::~BundleImportDialog() = default;

void BundleImportDialog::decide(int conflict, Resolve choice)
{
    auto* box = qobject_cast<QComboBox*>(m_ui->conflictsTableWidget->cellWidget(conflict, ChoiceColumn));
    if (box)
        box->setCurrentIndex(box->findData(static_cast<int>(choice))); // updates m_choices
}

void BundleImportDialog::decideAll(Resolve choice)
{
    for (int row = 0; row < static_cast<int>(m_choices.size()); ++row)
        decide(row, choice);
}

QHash<QString, BundleImportDialog::Resolve> BundleImportDialog::decisions() const
{
    QHash<QString, Resolve> out;
    for (size_t i = 0; i < m_choices.size(); ++i)
        out.insert(m_preview.conflicts[i].key(), m_choices[i]);
    return out;
}

void BundleImportDialog::updateButtons()
{
    const bool decided = std::none_of(m_choices.begin(), m_choices.end(), [](Resolve r) { return r == Resolve::None; });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(decided);
}

std::optional<cc::ImportReport> BundleImportDialog::apply()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_workspace.exchange().importBundle(m_path, false, Resolve::None, decisions());
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        ErrorPresenter::show(this, report.error(), tr("Import bundle"));
        return std::nullopt;
    }
    if (!report->applied) { // a conflict the preview did not show (the database changed meanwhile)
        ErrorPresenter::show(this,
                             cc::makeError(cc::ErrorCode::Conflict,
                                           tr("The database changed since the preview: open the bundle again.")),
                             tr("Import bundle"));
        return std::nullopt;
    }
    m_applied = *report;
    return m_applied;
}

std::optional<cc::ImportReport>
BundleImportDialog::importWithDialog(QWidget* parent, cc::Workspace& workspace, QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(parent,
                                            tr("Import bundle"),
                                            settings::lastReportDirectory.value(),
                                            tr("Bundles (*.ccbundle);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = workspace.exchange().importBundle(path, true, Resolve::None);
    QGuiApplication::restoreOverrideCursor();
    if (!preview) {
        ErrorPresenter::show(parent, preview.error(), tr("Import bundle"));
        return std::nullopt;
    }
    BundleImportDialog dialog(workspace, path, std::move(preview).value(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.m_applied;
}

bool BundleImportDialog::exportWithDialog(QWidget* parent,
                                          cc::Workspace& workspace,
                                          const std::vector<cc::Assessment>& checks)
{
    if (checks.empty()) {
        ErrorPresenter::show(parent,
                             cc::makeError(cc::ErrorCode::InvalidInput,
                                           tr("No check to send: choose the checks in the Checks tab first.")),
                             tr("Export bundle"));
        return false;
    }
    const QString name = checks.size() == 1
        ? checks.front().communityCode + u'-' + checks.front().round.toString().remove(u' ')
        : tr("checks-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        SavePath::ask(parent, tr("Export bundle"), name + QStringLiteral(".ccbundle"), tr("Bundles (*.ccbundle)"));
    if (path.isEmpty())
        return false;
    std::vector<cc::AssessmentId> ids;
    for (const cc::Assessment& a : checks)
        ids.push_back(a.id);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written =
        workspace.exchange().exportBundle(ids, path, tr("%n check(s)", nullptr, static_cast<int>(checks.size())));
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        ErrorPresenter::show(parent, written.error(), tr("Export bundle"));
        return false;
    }
    return true;
}
