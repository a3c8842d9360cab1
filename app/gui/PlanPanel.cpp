// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PlanPanel.h"

#include "app/commands/FunctionCommand.h"
#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "app/render/PlanPdf.h"
#include "core/io/TableExport.h"
#include "core/report/ProjectTables.h"
#include "core/services/Workspace.h"
#include "ui_PlanPanel.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>
#include <QUndoStack>

PlanPanel::PlanPanel(cc::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanPanel>())
    , m_workspace(workspace)
    , m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_ui->yearSpinBox->setValue(QDate::currentDate().year() + 1);
    m_ui->budgetSpinBox->setValue(500);
    m_ui->linesTableWidget->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->buildPushButton, &QPushButton::clicked, this, &PlanPanel::onBuildClicked);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &PlanPanel::onExportClicked);
    connect(m_ui->saveTextsPushButton, &QPushButton::clicked, this, &PlanPanel::saveTexts);
    connect(m_ui->planCountyComboBox, &QComboBox::currentIndexChanged, this, &PlanPanel::loadStored);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &PlanPanel::loadStored);
    new QShortcut(QKeySequence::Undo, this, m_undo, &QUndoStack::undo, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence::Redo, this, m_undo, &QUndoStack::redo, Qt::WidgetWithChildrenShortcut);
    retranslate();
    reload();
}

PlanPanel::~PlanPanel() = default;

void PlanPanel::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->linesTableWidget->setColumnCount(8);
    m_ui->linesTableWidget->setHorizontalHeaderLabels({tr("Rank"),
                                                       tr("In the plan"),
                                                       tr("Community"),
                                                       tr("Project"),
                                                       tr("Category"),
                                                       tr("Cost (万元)"),
                                                       tr("Priority"),
                                                       tr("Why deferred")});
    m_ui->linesTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (m_plan)
        show(*m_plan);
}

void PlanPanel::reload()
{
    auto communities = m_workspace.communities().list();
    if (!communities)
        return;
    QStringList counties;
    for (const cc::Community& c : *communities) {
        if (!c.county.isEmpty() && !counties.contains(c.county))
            counties << c.county;
    }
    counties.sort();
    const QString current = m_ui->planCountyComboBox->currentText();
    {
        const QSignalBlocker block(m_ui->planCountyComboBox);
        m_ui->planCountyComboBox->clear();
        m_ui->planCountyComboBox->addItems(counties);
        if (counties.contains(current))
            m_ui->planCountyComboBox->setCurrentText(current);
    }
    loadStored();
}

void PlanPanel::loadStored()
{
    const QString county = m_ui->planCountyComboBox->currentText();
    m_plan.reset();
    m_ui->linesTableWidget->setRowCount(0);
    for (QPlainTextEdit* e : {m_ui->tasksPlainTextEdit,
                              m_ui->keyProjectsPlainTextEdit,
                              m_ui->requirementsPlainTextEdit,
                              m_ui->schedulePlainTextEdit,
                              m_ui->safeguardsPlainTextEdit})
        e->clear();
    m_ui->summaryLabel->setText(
        county.isEmpty()
            ? tr("No county in the register yet.")
            : tr("No plan for %1 %2 yet: set the budget and build it.").arg(county).arg(m_ui->yearSpinBox->value()));
    if (county.isEmpty())
        return;
    auto stored = m_workspace.plans().plan(county, m_ui->yearSpinBox->value());
    if (!stored) {
        ErrorPresenter::show(this, stored.error());
        return;
    }
    if (*stored) {
        m_ui->budgetSpinBox->setValue((*stored)->plan.budget);
        show(**stored);
    }
}

void PlanPanel::show(const cc::planning::PlanView& view)
{
    m_plan = view;
    const QLocale l;
    int selected = 0;
    auto* table = m_ui->linesTableWidget;
    table->setRowCount(static_cast<int>(view.lines.size()));
    for (int r = 0; r < static_cast<int>(view.lines.size()); ++r) {
        const auto& line = view.lines[static_cast<size_t>(r)];
        selected += line.line.selected ? 1 : 0;
        const QStringList cells {QString::number(line.line.rank),
                                 line.line.selected ? tr("yes") : tr("deferred"),
                                 line.project.communityCode + u' ' + line.project.communityName,
                                 line.project.name,
                                 line.project.timeBound ? tr("time-bound") : tr("best effort"),
                                 line.line.cost ? l.toString(*line.line.cost, 'f', 2) : tr("not estimated"),
                                 l.toString(line.priority.score, 'f', 1),
                                 line.line.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!line.line.selected)
                item->setForeground(QColor(0x80, 0x80, 0x80));
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    m_ui->summaryLabel->setText(tr("%1 %2: %3 of %4 万元 for %5 projects; %6 deferred. Built %7.")
                                    .arg(view.plan.county)
                                    .arg(view.plan.year)
                                    .arg(l.toString(view.plan.totalCost, 'f', 2), l.toString(view.plan.budget, 'f', 2))
                                    .arg(selected)
                                    .arg(static_cast<int>(view.lines.size()) - selected)
                                    .arg(l.toString(view.plan.builtAt.toLocalTime(), QLocale::ShortFormat)));
    m_ui->tasksPlainTextEdit->setPlainText(view.plan.tasks);
    m_ui->keyProjectsPlainTextEdit->setPlainText(view.plan.keyProjects);
    m_ui->requirementsPlainTextEdit->setPlainText(view.plan.requirements);
    m_ui->schedulePlainTextEdit->setPlainText(view.plan.schedule);
    m_ui->safeguardsPlainTextEdit->setPlainText(view.plan.safeguards);
}

bool PlanPanel::build(const QString& county, int year, double budget)
{
    // What the build changes, for its undo: the stored plan and the county's projects' states.
    auto before = m_workspace.plans().plan(county, year);
    auto projects = m_workspace.projects().list({{}, county, true});
    if (!before || !projects) {
        ErrorPresenter::show(this, before ? projects.error() : before.error());
        return false;
    }
    auto built = m_workspace.plans().buildPlan(county, year, budget);
    if (!built) {
        ErrorPresenter::show(this, built.error());
        return false;
    }
    std::optional<cc::Plan> previous;
    if (*before)
        previous = (*before)->plan;
    cc::PlanService& service = m_workspace.plans();
    const std::vector<cc::Project> states = *projects;
    std::vector<cc::Project> result;
    for (const auto& line : built->lines)
        result.push_back(line.project);
    m_undo->push(new FunctionCommand(
        tr("Build the plan %1 %2").arg(county).arg(year),
        [&service, county, year, budget]() -> cc::Result<void> {
            auto again = service.buildPlan(county, year, budget);
            if (!again)
                return again.error();
            return {};
        },
        [&service, county, year, previous, states, result] {
            return service.restorePlan(county, year, previous, states, result);
        },
        [this](const QString& error) {
            loadStored();
            emit planChanged();
            if (!error.isEmpty())
                ErrorPresenter::show(this, cc::makeError(cc::ErrorCode::Database, error));
        }));
    show(*built);
    emit planChanged();
    return true;
}

void PlanPanel::onBuildClicked()
{
    build(m_ui->planCountyComboBox->currentText(), m_ui->yearSpinBox->value(), m_ui->budgetSpinBox->value());
}

bool PlanPanel::saveTexts()
{
    if (!m_plan)
        return false;
    cc::Plan texts;
    texts.tasks = m_ui->tasksPlainTextEdit->toPlainText();
    texts.keyProjects = m_ui->keyProjectsPlainTextEdit->toPlainText();
    texts.requirements = m_ui->requirementsPlainTextEdit->toPlainText();
    texts.schedule = m_ui->schedulePlainTextEdit->toPlainText();
    texts.safeguards = m_ui->safeguardsPlainTextEdit->toPlainText();
    if (auto saved = m_workspace.plans().setPlanTexts(m_plan->plan.county, m_plan->plan.year, texts); !saved) {
        ErrorPresenter::show(this, saved.error());
        return false;
    }
    m_plan->plan.tasks = texts.tasks;
    m_plan->plan.keyProjects = texts.keyProjects;
    m_plan->plan.requirements = texts.requirements;
    m_plan->plan.schedule = texts.schedule;
    m_plan->plan.safeguards = texts.safeguards;
    m_ui->textsStatusLabel->setText(
        tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

bool PlanPanel::exportTo(const QString& path)
{
    if (!m_plan)
        return false;
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
        if (auto written = PlanPdf::write(*m_plan, path); !written) {
            ErrorPresenter::show(this, written.error());
            return false;
        }
        return true;
    }
    if (auto written = cc::io::TableExport::write(cc::report::ProjectTables::plan(*m_plan), path); !written) {
        ErrorPresenter::show(this, written.error());
        return false;
    }
    return true;
}

void PlanPanel::onExportClicked()
{
    if (!m_plan)
        return;
    saveTexts();
    QString directory = settings::lastReportDirectory.value();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    const QString name = tr("Annual plan %1 %2").arg(m_plan->plan.county).arg(m_plan->plan.year);
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export the annual plan"),
                                                      QDir(directory).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    settings::lastReportDirectory.setValue(QFileInfo(path).absolutePath());
    exportTo(path);
}
