// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ProjectsPanel.h"

#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/ProjectEditDialog.h"
#include "app/gui/SavePath.h"
#include "app/models/ProjectListModel.h"
#include "core/io/TableExport.h"
#include "core/planning/StatusName.h"
#include "core/report/ProjectTables.h"
#include "core/services/Workspace.h"
#include "ui_ProjectsPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <memory>

namespace {

// Filters by county, status and text (community, name, responsible unit, problem codes).
class ProjectFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString county;
    QString status; // empty: all but obsolete (unless showObsolete)
    bool showObsolete = false;
    QString text;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const auto* model = static_cast<ProjectListModel*>(sourceModel());
        const cc::Project* p = model->project(row);
        if (!p)
            return false;
        if (!county.isEmpty() && p->county != county)
            return false;
        if (!status.isEmpty() && toString(p->status) != status)
            return false;
        if (status.isEmpty() && !showObsolete && p->status == cc::ProjectStatus::Obsolete)
            return false;
        if (!text.isEmpty()) {
            const QString hay = p->communityCode + u' ' + p->communityName + u' ' + p->name + u' ' + p->responsibleUnit
                + u' ' + p->problemCodes.join(u' ');
            if (!hay.contains(text, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }
};

} // namespace

ProjectsPanel::ProjectsPanel(History& history, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProjectsPanel>())
    , m_history(history)
    , m_workspace(history.workspace())
    , m_model(new ProjectListModel(this))
    , m_proxy(new ProjectFilterModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectListModel::SortRole);
    m_ui->projectsTableView->setModel(m_proxy);
    m_ui->projectsTableView->verticalHeader()->hide();
    // Every header readable in full; the project's name takes what width is left.
    m_ui->projectsTableView->horizontalHeader()->setResizeContentsPrecision(200); // a county has thousands
    m_ui->projectsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->projectsTableView->horizontalHeader()->setSectionResizeMode(ProjectListModel::Name, QHeaderView::Stretch);
    m_ui->projectsTableView->sortByColumn(ProjectListModel::Priority, Qt::DescendingOrder);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->projectsTableView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ProjectsPanel::onSelectionChanged);
    connect(m_ui->projectsTableView, &QAbstractItemView::activated, this, &ProjectsPanel::onEditClicked);
    connect(m_ui->acceptPushButton, &QPushButton::clicked, this, [this] { accept(selection()); });
    connect(m_ui->rejectPushButton, &QPushButton::clicked, this, &ProjectsPanel::onRejectClicked);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &ProjectsPanel::onEditClicked);
    connect(m_ui->bundlePushButton, &QPushButton::clicked, this, &ProjectsPanel::onBundleClicked);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ProjectsPanel::onExportClicked);
    history.connectButtons(m_ui->undoPushButton, m_ui->redoPushButton);
    // Support comes from the demands, status and year from the plans, names and counties from the
    // register: each changes what is shown.
    for (auto changed :
         {&ChangeHub::projectsChanged, &ChangeHub::listsChanged, &ChangeHub::plansChanged, &ChangeHub::registerChanged})
        connect(&history.changes(), changed, this, &ProjectsPanel::reload);
    connect(m_ui->projectCountyComboBox, &QComboBox::currentIndexChanged, this, &ProjectsPanel::applyFilters);
    connect(m_ui->projectStatusComboBox, &QComboBox::currentIndexChanged, this, &ProjectsPanel::applyFilters);
    connect(m_ui->projectSearchLineEdit, &QLineEdit::textChanged, this, &ProjectsPanel::applyFilters);
    connect(m_ui->obsoleteCheckBox, &QCheckBox::toggled, this, &ProjectsPanel::applyFilters);
    retranslate();
    reload();
}

ProjectsPanel::~ProjectsPanel() = default;

void ProjectsPanel::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->projectSearchLineEdit->setPlaceholderText(tr("Find by community, project, unit or indicator code"));
    const QString status = m_ui->projectStatusComboBox->currentData().toString();
    const QSignalBlocker block(m_ui->projectStatusComboBox);
    m_ui->projectStatusComboBox->clear();
    m_ui->projectStatusComboBox->addItem(tr("All"), QString());
    for (auto s : {cc::ProjectStatus::Candidate,
                   cc::ProjectStatus::Accepted,
                   cc::ProjectStatus::Rejected,
                   cc::ProjectStatus::InLibrary,
                   cc::ProjectStatus::Scheduled,
                   cc::ProjectStatus::UnderWay,
                   cc::ProjectStatus::Done,
                   cc::ProjectStatus::Obsolete})
        m_ui->projectStatusComboBox->addItem(cc::planning::statusName(s), toString(s));
    m_ui->projectStatusComboBox->setCurrentIndex(std::max(0, m_ui->projectStatusComboBox->findData(status)));
    m_model->retranslate();
    onSelectionChanged();
}

void ProjectsPanel::reload()
{
    std::vector<cc::ProjectId> selected;
    for (const cc::Project& p : selection())
        selected.push_back(p.id);
    auto projects = m_workspace.projects().list({{}, {}, true});
    if (!projects) {
        ErrorPresenter::show(this, projects.error());
        return;
    }
    QStringList counties;
    for (const cc::Project& p : *projects) {
        if (!p.county.isEmpty() && !counties.contains(p.county))
            counties << p.county;
    }
    counties.sort();
    {
        const QString county = m_ui->projectCountyComboBox->currentData().toString();
        const QSignalBlocker block(m_ui->projectCountyComboBox);
        m_ui->projectCountyComboBox->clear();
        m_ui->projectCountyComboBox->addItem(tr("All counties"), QString());
        for (const QString& c : counties)
            m_ui->projectCountyComboBox->addItem(c, c);
        m_ui->projectCountyComboBox->setCurrentIndex(std::max(0, m_ui->projectCountyComboBox->findData(county)));
    }
    m_model->setProjects(std::move(projects).value());
    applyFilters();
    m_ui->projectsTableView->resizeColumnsToContents();
    // Long names wrap into the detail line below; the priority parts stay in view.
    for (int column :
         {int(ProjectListModel::Name), int(ProjectListModel::Community), int(ProjectListModel::Responsible)}) {
        const int cap = column == ProjectListModel::Name ? 320 : 180;
        if (m_ui->projectsTableView->columnWidth(column) > cap)
            m_ui->projectsTableView->setColumnWidth(column, cap);
    }
    for (const auto& id : selected)
        select(id);
}

void ProjectsPanel::applyFilters()
{
    auto* proxy = static_cast<ProjectFilterModel*>(m_proxy);
    proxy->county = m_ui->projectCountyComboBox->currentData().toString();
    proxy->status = m_ui->projectStatusComboBox->currentData().toString();
    proxy->showObsolete = m_ui->obsoleteCheckBox->isChecked();
    proxy->text = m_ui->projectSearchLineEdit->text().trimmed();
    proxy->refresh();
    double total = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const cc::Project* p = m_model->project(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        if (p && !p->bundleId)
            total += p->cost.value_or(0);
    }
    m_ui->countLabel->setText(
        tr("%n project(s), %1 万元", nullptr, m_proxy->rowCount()).arg(QLocale().toString(total, 'f', 2)));
}

std::vector<cc::Project> ProjectsPanel::selection() const
{
    std::vector<cc::Project> out;
    if (!m_ui->projectsTableView->selectionModel())
        return out;
    auto rows = m_ui->projectsTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        if (const cc::Project* p = m_model->project(m_proxy->mapToSource(index).row()))
            out.push_back(*p);
    }
    return out;
}

void ProjectsPanel::select(const cc::ProjectId& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    QItemSelectionModel* selection = m_ui->projectsTableView->selectionModel();
    selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // NoUpdate: the view's own setCurrentIndex() reads the keyboard, and with Ctrl still held from
    // Ctrl+Z it would toggle the row just selected off again.
    selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_ui->projectsTableView->scrollTo(index);
}

void ProjectsPanel::onSelectionChanged()
{
    const auto selected = selection();
    const bool one = selected.size() == 1;
    m_ui->acceptPushButton->setEnabled(!selected.empty());
    m_ui->rejectPushButton->setEnabled(!selected.empty());
    m_ui->editPushButton->setEnabled(one);
    m_ui->bundlePushButton->setEnabled(selected.size() >= 2);
    if (!one) {
        if (m_model->rowCount() == 0) // nothing yet: say where projects come from
            m_ui->detailLabel->setText(
                tr("No projects yet. They come from the checks: on the Checks tab choose a check and press "
                   "“Generate projects”; its failed indicators and the community's demands become candidates "
                   "here, to accept or reject."));
        else
            m_ui->detailLabel->setText(selected.empty()
                                           ? tr("Select a project to see where it comes from and why it "
                                                "ranks where it does.")
                                           : tr("%n projects selected.", nullptr, static_cast<int>(selected.size())));
        return;
    }
    const cc::Project& p = selected.front();
    const auto pr = cc::planning::priorityOf(p);
    const QLocale l;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                 .arg(p.name.toHtmlEscaped(), QString(p.communityCode + u' ' + p.communityName).toHtmlEscaped());
    if (!p.problemCodes.isEmpty())
        lines << tr("From the failed indicators %1 (worst score %2)")
                     .arg(p.problemCodes.join(QStringLiteral(", ")),
                          p.worstScore ? l.toString(*p.worstScore, 'f', 1) : QStringLiteral("—"));
    if (!p.demandIds.empty())
        lines << tr("%n resident demand(s) with %1 supporters", nullptr, static_cast<int>(p.demandIds.size()))
                     .arg(p.support);
    lines << tr("Priority %1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5")
                 .arg(l.toString(pr.score, 'f', 1),
                      l.toString(pr.severity, 'f', 2),
                      l.toString(pr.support, 'f', 2),
                      l.toString(pr.costEffectiveness, 'f', 2),
                      l.toString(pr.resources, 'f', 2));
    if (p.timeBound)
        lines << tr("Time-bound (限时解决): ahead of every best-effort project, and in the annual plan whatever "
                    "the budget%1.")
                     .arg(p.deadline.isValid() ? tr("; to be done by %1").arg(p.deadline.toString(Qt::ISODate))
                                               : QString());
    else if (pr.tier < 3)
        lines << tr("Class %1: safety before comfort, every 基础 project before every 完善 one, every 完善 one "
                    "before every 提升 one.")
                     .arg(p.projectClass.toHtmlEscaped());
    if (!p.responsibleUnit.isEmpty())
        lines << tr("Led by %1%2%3")
                     .arg(p.responsibleUnit.toHtmlEscaped(),
                          p.cooperatingUnits.isEmpty()
                              ? QString()
                              : tr(", with %1").arg(p.cooperatingUnits.join(QStringLiteral("、")).toHtmlEscaped()),
                          p.implementer.isEmpty() ? QString()
                                                  : tr("; carried out by %1").arg(p.implementer.toHtmlEscaped()));
    if (!p.decisionReason.isEmpty())
        lines << tr("Decision: %1").arg(p.decisionReason.toHtmlEscaped());
    m_ui->detailLabel->setText(lines.join(QStringLiteral("<br>")));
}

bool ProjectsPanel::decide(const std::vector<cc::Project>& projects, bool accept, const QString& reason)
{
    if (projects.empty())
        return false;
    auto decided = commands::decideProjects(m_history, projects, accept, reason); // all or none
    if (!decided)
        ErrorPresenter::show(this, decided.error());
    return decided.has_value();
}

bool ProjectsPanel::accept(const std::vector<cc::Project>& projects)
{
    return decide(projects, true, {});
}

bool ProjectsPanel::reject(const std::vector<cc::Project>& projects, const QString& reason)
{
    return decide(projects, false, reason);
}

void ProjectsPanel::onRejectClicked()
{
    const auto selected = selection();
    if (selected.empty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject"), tr("Why are these projects not taken up?"), QLineEdit::Normal, {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        reject(selected, reason.trimmed());
}

bool ProjectsPanel::store(const cc::Project& edited)
{
    auto saved = commands::editProject(m_history, edited);
    if (!saved) {
        ErrorPresenter::show(this, saved.error());
        return false;
    }
    select(saved->id);
    return true;
}

void ProjectsPanel::onEditClicked()
{
    const auto selected = selection();
    if (selected.size() != 1)
        return;
    const cc::Project& project = selected.front();
    auto resources = m_workspace.lists().resources(project.county);
    if (!resources) {
        ErrorPresenter::show(this, resources.error());
        return;
    }
    std::vector<cc::Resource> usable;
    for (const cc::Resource& r : *resources) {
        if (!r.communityId || *r.communityId == project.communityId)
            usable.push_back(r);
    }
    ProjectEditDialog dialog(project, usable, this);
    if (dialog.exec() == QDialog::Accepted)
        store(dialog.project());
}

void ProjectsPanel::onBundleClicked()
{
    const auto selected = selection();
    if (selected.size() < 2)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Bundle"),
                                               tr("Name of the bundled project (打包立项):"),
                                               QLineEdit::Normal,
                                               selected.front().name,
                                               &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    std::vector<cc::ProjectId> ids;
    for (const cc::Project& p : selected)
        ids.push_back(p.id);
    bundleProjects(name, ids);
}

bool ProjectsPanel::bundleProjects(const QString& name, const std::vector<cc::ProjectId>& ids)
{
    auto bundle = commands::bundleProjects(m_history, name, ids);
    if (!bundle) {
        ErrorPresenter::show(this, bundle.error());
        return false;
    }
    select(bundle->id);
    return true;
}

bool ProjectsPanel::exportTo(const QString& path)
{
    std::vector<cc::Project> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (const cc::Project* p = m_model->project(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            shown.push_back(*p);
    }
    if (auto written = cc::io::TableExport::write({cc::report::ProjectTables::projects(shown)}, path); !written) {
        ErrorPresenter::show(this, written.error());
        return false;
    }
    return true;
}

void ProjectsPanel::onExportClicked()
{
    const QString path = SavePath::ask(this,
                                       tr("Export the project list"),
                                       tr("projects") + QStringLiteral(".xlsx"),
                                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}
