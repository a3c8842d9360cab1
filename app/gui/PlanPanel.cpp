// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PlanPanel.h"

#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/SavePath.h"
#include "app/render/PlanPdf.h"
#include "core/io/TableExport.h"
#include "core/report/PlanDocument.h"
#include "core/services/Workspace.h"
#include "ui_PlanPanel.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QShowEvent>
#include <QStatusBar>

PlanPanel::PlanPanel(History& history, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanPanel>())
    , m_history(history)
    , m_workspace(history.workspace())
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
    // Until it is first shown (or used) the tab has read nothing, so there is nothing to refresh.
    const auto loadIfLoaded = [this] {
        if (m_loaded)
            loadStored();
    };
    connect(&history.changes(), &ChangeHub::plansChanged, this, loadIfLoaded);
    connect(&history.changes(), &ChangeHub::projectsChanged, this, loadIfLoaded); // names, costs
    connect(&history.changes(), &ChangeHub::registerChanged, this, [this] { // the counties
        if (m_loaded)
            reload();
    });
    retranslate();
}

void PlanPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

PlanPanel::~PlanPanel() = default;

void PlanPanel::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->linesTableWidget->setColumnCount(10);
    m_ui->linesTableWidget->setHorizontalHeaderLabels({tr("Rank"),
                                                       tr("In the plan"),
                                                       tr("Community"),
                                                       tr("Project"),
                                                       tr("Class"),
                                                       tr("Category"),
                                                       tr("This year (万元)"),
                                                       tr("Lead unit"),
                                                       tr("Priority"),
                                                       tr("Why deferred")});
    m_ui->linesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->linesTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch); // the project
    if (m_plan)
        show(*m_plan);
}

void PlanPanel::reload()
{
    m_loaded = true;
    auto communities = m_workspace.communities().list();
    if (!communities) {
        ErrorPresenter::show(this, communities.error());
        return;
    }
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

std::array<QPlainTextEdit*, 5> PlanPanel::textEditors() const
{
    return {m_ui->tasksPlainTextEdit,
            m_ui->keyProjectsPlainTextEdit,
            m_ui->requirementsPlainTextEdit,
            m_ui->schedulePlainTextEdit,
            m_ui->safeguardsPlainTextEdit};
}

cc::Plan PlanPanel::typedTexts() const
{
    // A part still showing its draft is not the planner's text: it stays empty in storage, so that
    // the next build drafts it again from the data.
    const auto editors = textEditors();
    std::array<QString, 5> typed;
    for (size_t i = 0; i < editors.size(); ++i) {
        const QString text = editors[i]->toPlainText();
        typed[i] = text == m_drafts[i] ? QString() : text;
    }
    cc::Plan texts;
    texts.tasks = typed[0];
    texts.keyProjects = typed[1];
    texts.requirements = typed[2];
    texts.schedule = typed[3];
    texts.safeguards = typed[4];
    return texts;
}

void PlanPanel::loadStored()
{
    // What was typed into the five parts and not saved yet survives a reload of the same plan (a
    // change in another tab reloads this one).
    const QString county = m_ui->planCountyComboBox->currentText();
    // Another plan is chosen: what was typed into this one is kept first, never dropped.
    if (m_plan && (m_plan->plan.county != county || m_plan->plan.year != m_ui->yearSpinBox->value()))
        saveTextsIfChanged();
    const std::optional<cc::Plan> shown = m_plan ? std::optional<cc::Plan>(m_plan->plan) : std::nullopt;
    const cc::Plan typed = typedTexts();
    m_plan.reset();
    m_ui->linesTableWidget->setRowCount(0);
    m_ui->shortfallLabel->hide();
    for (QPlainTextEdit* e : textEditors())
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
    if (!*stored)
        return;
    const bool samePlan = shown && shown->county == county && shown->year == m_ui->yearSpinBox->value();
    // A budget typed for the next build of the same plan stays; another plan shows its own.
    if (!samePlan || m_ui->budgetSpinBox->value() == shown->budget)
        m_ui->budgetSpinBox->setValue((*stored)->plan.budget);
    show(**stored);
    if (!samePlan)
        return;
    const auto parts = [](const cc::Plan& p) {
        return std::array<QString, 5> {p.tasks, p.keyProjects, p.requirements, p.schedule, p.safeguards};
    };
    const auto before = parts(*shown);
    const auto mine = parts(typed);
    const auto editors = textEditors();
    for (size_t i = 0; i < editors.size(); ++i) {
        if (mine[i] != before[i])
            editors[i]->setPlainText(mine[i]);
    }
}

void PlanPanel::show(const cc::planning::PlanView& view)
{
    m_plan = view;
    const QLocale l;
    int selected = 0, measures = 0;
    auto* table = m_ui->linesTableWidget;
    table->setRowCount(static_cast<int>(view.lines.size()));
    // Projects first (in priority order), then the measures, which are outside the budget.
    std::vector<const cc::planning::PlanView::Line*> order;
    for (const auto& line : view.lines) {
        if (!line.line.measure)
            order.push_back(&line);
    }
    for (const auto& line : view.lines) {
        if (line.line.measure)
            order.push_back(&line);
    }
    for (int r = 0; r < static_cast<int>(order.size()); ++r) {
        const auto& line = *order[static_cast<size_t>(r)];
        selected += line.line.selected && !line.line.measure ? 1 : 0;
        measures += line.line.measure ? 1 : 0;
        const QString in = line.line.measure ? tr("measure") : line.line.selected ? tr("yes") : tr("deferred");
        const QStringList cells {QString::number(line.line.rank),
                                 in,
                                 line.project.communityCode + u' ' + line.project.communityName,
                                 line.project.name,
                                 line.project.projectClass,
                                 line.project.timeBound ? tr("time-bound") : tr("best effort"),
                                 line.line.measure        ? QString()
                                     : line.line.yearCost ? l.toString(*line.line.yearCost, 'f', 2)
                                                          : tr("not estimated"),
                                 line.project.responsibleUnit,
                                 l.toString(line.priority.score, 'f', 1),
                                 line.line.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!line.line.selected)
                item->setForeground(QColor(0x80, 0x80, 0x80));
            else if (line.project.timeBound && !line.line.measure)
                item->setForeground(QColor(0xb0, 0x00, 0x20)); // obligations stand out
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    m_ui->summaryLabel->setText(
        tr("%1 %2: %3 of %4 万元 for %5 projects (限时解决 %6 万元); %7 deferred; %8 management measures outside "
           "the budget. Built %9.")
            .arg(view.plan.county)
            .arg(view.plan.year)
            .arg(l.toString(view.plan.totalCost, 'f', 2), l.toString(view.plan.budget, 'f', 2))
            .arg(selected)
            .arg(l.toString(view.plan.mandatoryCost, 'f', 2))
            .arg(static_cast<int>(view.lines.size()) - selected - measures)
            .arg(measures)
            .arg(l.toString(view.plan.builtAt.toLocalTime(), QLocale::ShortFormat)));
    m_ui->shortfallLabel->setVisible(view.plan.shortfall > 0);
    m_ui->shortfallLabel->setText(tr("Shortfall %1 万元: the 限时解决 projects alone exceed the budget. They stay in "
                                     "the plan (they are obligations); the county must find the rest, and no other "
                                     "project is selected.")
                                      .arg(l.toString(view.plan.shortfall, 'f', 2)));
    // Parts nobody has written show a draft from the data, for the planner to edit.
    m_drafts = {};
    if (auto drafts = m_workspace.plans().draftTexts(view))
        m_drafts = *drafts;
    else
        ErrorPresenter::show(this, drafts.error());
    const std::array<QString, 5> stored {
        view.plan.tasks, view.plan.keyProjects, view.plan.requirements, view.plan.schedule, view.plan.safeguards};
    const auto editors = textEditors();
    int drafted = 0;
    for (size_t i = 0; i < editors.size(); ++i) {
        const bool draft = stored[i].trimmed().isEmpty();
        drafted += draft ? 1 : 0;
        editors[i]->setPlainText(draft ? m_drafts[i] : stored[i]);
    }
    m_ui->textsStatusLabel->setText(
        drafted > 0
            ? tr("%n part(s) drafted from the data: edit and save to make them the plan's own.", nullptr, drafted)
            : QString());
}

bool PlanPanel::build(const QString& county, int year, double budget)
{
    if (!m_loaded)
        reload();
    auto built = commands::buildPlan(m_history, county, year, budget);
    if (!built) {
        ErrorPresenter::show(this, built.error());
        return false;
    }
    show(*built);
    return true;
}

void PlanPanel::onBuildClicked()
{
    build(m_ui->planCountyComboBox->currentText(), m_ui->yearSpinBox->value(), m_ui->budgetSpinBox->value());
}

static void setTexts(cc::Plan& plan, const cc::Plan& texts)
{
    plan.tasks = texts.tasks;
    plan.keyProjects = texts.keyProjects;
    plan.requirements = texts.requirements;
    plan.schedule = texts.schedule;
    plan.safeguards = texts.safeguards;
}

bool PlanPanel::saveTexts()
{
    if (!m_plan)
        return false;
    const cc::Plan texts = typedTexts();
    // The shown plan holds the texts from now on, so that the reload the change sets off sees them as
    // saved.
    const cc::Plan before = m_plan->plan;
    setTexts(m_plan->plan, texts);
    if (auto saved = commands::setPlanTexts(m_history, before.county, before.year, texts); !saved) {
        if (m_plan && m_plan->plan.county == before.county && m_plan->plan.year == before.year)
            setTexts(m_plan->plan, before);
        ErrorPresenter::show(this, saved.error());
        return false;
    }
    m_ui->textsStatusLabel->setText(
        tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

bool PlanPanel::saveTextsIfChanged()
{
    if (!m_plan)
        return true;
    const cc::Plan typed = typedTexts();
    const cc::Plan& shown = m_plan->plan;
    if (typed.tasks == shown.tasks && typed.keyProjects == shown.keyProjects && typed.requirements == shown.requirements
        && typed.schedule == shown.schedule && typed.safeguards == shown.safeguards)
        return true;
    return saveTexts();
}

bool PlanPanel::exportTo(const QString& path)
{
    if (!m_plan)
        return false;
    auto document = m_workspace.plans().document(*m_plan);
    if (!document) {
        ErrorPresenter::show(this, document.error());
        return false;
    }
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
        if (auto written = PlanPdf::write(*document, path); !written) {
            ErrorPresenter::show(this, written.error());
            return false;
        }
        return true;
    }
    if (auto written = cc::io::TableExport::write(cc::report::PlanDocuments::tables(*document), path); !written) {
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
    const QString name = tr("Annual plan %1 %2").arg(m_plan->plan.county).arg(m_plan->plan.year);
    const QString path = SavePath::ask(this,
                                       tr("Export the annual plan"),
                                       name + QStringLiteral(".pdf"),
                                       tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        return;
    const QString done = tr("Exported the annual plan to %1.").arg(QDir::toNativeSeparators(path));
    m_ui->textsStatusLabel->setText(done);
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(done, 10000);
}
