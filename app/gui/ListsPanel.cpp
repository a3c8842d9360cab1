// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ListsPanel.h"

#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/ListDialogs.h"
#include "app/gui/TableImportActions.h"
#include "core/services/Workspace.h"
#include "ui_ListsPanel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QShowEvent>

namespace {

QString sourceName(cc::DemandSource s)
{
    switch (s) {
    case cc::DemandSource::Meeting:
        return ListsPanel::tr("consultation meeting");
    case cc::DemandSource::Survey:
        return ListsPanel::tr("survey");
    case cc::DemandSource::Hotline:
        return ListsPanel::tr("hotline");
    case cc::DemandSource::GridWorker:
        return ListsPanel::tr("grid worker");
    }
    return {};
}

QString kindName(cc::ResourceKind k)
{
    switch (k) {
    case cc::ResourceKind::Room:
        return ListsPanel::tr("idle room");
    case cc::ResourceKind::Land:
        return ListsPanel::tr("idle land");
    case cc::ResourceKind::Fund:
        return ListsPanel::tr("fund");
    case cc::ResourceKind::Operator:
        return ListsPanel::tr("operator");
    }
    return {};
}

// The rows, each column as wide as its contents (header included) and the text column `stretch`
// taking the rest of the width, after every reload alike.
void fill(QTableWidget* table, const QStringList& header, const std::vector<QStringList>& rows, int stretch)
{
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int c = 0; c < rows[static_cast<size_t>(r)].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[static_cast<size_t>(r)][c]));
    }
    QHeaderView* columns = table->horizontalHeader();
    columns->setStretchLastSection(false);
    for (int c = 0; c < table->columnCount(); ++c)
        columns->setSectionResizeMode(c, c == stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

} // namespace

ListsPanel::ListsPanel(History& history, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListsPanel>())
    , m_history(history)
    , m_workspace(history.workspace())
{
    m_ui->setupUi(this);
    for (QTableWidget* t : {m_ui->demandsTableWidget, m_ui->talliesTableWidget, m_ui->resourcesTableWidget})
        t->verticalHeader()->hide();
    connect(m_ui->addDemandPushButton, &QPushButton::clicked, this, &ListsPanel::onAddDemandClicked);
    connect(m_ui->importTalliesPushButton, &QPushButton::clicked, this, &ListsPanel::onImportTalliesClicked);
    connect(m_ui->importDemandsPushButton, &QPushButton::clicked, this, [this] {
        TableImportActions::importDemands(this, m_history);
    });
    connect(m_ui->importResourcesPushButton, &QPushButton::clicked, this, [this] {
        TableImportActions::importResources(this, m_history);
    });
    connect(m_ui->removeDemandPushButton, &QPushButton::clicked, this, &ListsPanel::onRemoveDemandClicked);
    connect(m_ui->addResourcePushButton, &QPushButton::clicked, this, &ListsPanel::onAddResourceClicked);
    connect(m_ui->removeResourcePushButton, &QPushButton::clicked, this, &ListsPanel::onRemoveResourceClicked);
    history.connectButtons(m_ui->listsUndoPushButton, m_ui->listsRedoPushButton);
    const auto reloadIfLoaded = [this] {
        if (m_loaded)
            reload();
    };
    connect(&history.changes(), &ChangeHub::listsChanged, this, reloadIfLoaded);
    connect(&history.changes(), &ChangeHub::registerChanged, this, reloadIfLoaded); // codes, counties
}

void ListsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

ListsPanel::~ListsPanel() = default;

void ListsPanel::retranslate()
{
    m_ui->retranslateUi(this);
    if (m_loaded)
        reload();
}

int ListsPanel::demandCount()
{
    if (!m_loaded)
        reload();
    return static_cast<int>(m_demands.size());
}

int ListsPanel::resourceCount()
{
    if (!m_loaded)
        reload();
    return static_cast<int>(m_resources.size());
}

void ListsPanel::reload()
{
    m_loaded = true;
    const QLocale l;
    QStringList problems;
    // A community as people know it: its code and its name.
    QHash<QString, QString> names;
    if (auto communities = m_workspace.communities().list(); !communities) {
        problems << communities.error().message;
    } else {
        for (const cc::Community& c : *communities)
            names.insert(c.code, c.code + u' ' + c.name);
    }
    const auto community = [&](const QString& code) { return names.value(code, code); };
    if (auto demands = m_workspace.lists().demands(); !demands) {
        problems << demands.error().message;
    } else {
        m_demands = std::move(demands).value();
        std::vector<QStringList> rows;
        for (const cc::Demand& d : m_demands)
            rows.push_back({community(d.communityCode),
                            d.text,
                            d.taskCode,
                            sourceName(d.source),
                            d.date.isValid() ? d.date.toString(Qt::ISODate) : QString(),
                            QString::number(d.support),
                            d.indicatorCodes.join(QStringLiteral("; ")),
                            d.place});
        fill(m_ui->demandsTableWidget,
             {tr("Community"),
              tr("Demand"),
              tr("Task"),
              tr("Source"),
              tr("Date"),
              tr("Supporters"),
              tr("Indicators"),
              tr("Place")},
             rows,
             1);
    }
    if (auto tallies = m_workspace.lists().tallies(); !tallies) {
        problems << tallies.error().message;
    } else {
        std::vector<QStringList> rows;
        for (const cc::SurveyTally& t : *tallies)
            rows.push_back({community(t.communityCode),
                            t.item,
                            l.toString(t.mean, 'f', 2),
                            QString::number(t.respondents),
                            t.taskCode,
                            t.indicatorCodes.join(QStringLiteral("; "))});
        fill(m_ui->talliesTableWidget,
             {tr("Community"), tr("Survey item"), tr("Mean"), tr("Respondents"), tr("Task"), tr("Indicators")},
             rows,
             1);
    }
    if (auto resources = m_workspace.lists().resources(); !resources) {
        problems << resources.error().message;
    } else {
        m_resources = std::move(resources).value();
        std::vector<QStringList> rows;
        for (const cc::Resource& r : m_resources)
            rows.push_back({r.county,
                            r.communityCode.isEmpty() ? tr("(county-wide)") : community(r.communityCode),
                            kindName(r.kind),
                            r.name,
                            r.areaM2 ? l.toString(*r.areaM2, 'f', 0) : QString(),
                            r.amountWan ? l.toString(*r.amountWan, 'f', 2) : QString(),
                            r.year ? QString::number(*r.year) : QString(),
                            r.owner,
                            r.place});
        fill(m_ui->resourcesTableWidget,
             {tr("County"),
              tr("Community"),
              tr("Kind"),
              tr("Resource"),
              tr("Area (m²)"),
              tr("Amount (万元)"),
              tr("Year"),
              tr("Owner / department"),
              tr("Place")},
             rows,
             3);
    }
    if (!problems.isEmpty())
        ErrorPresenter::show(this,
                             cc::makeError(cc::ErrorCode::Database,
                                           tr("The lists could not be read; what is shown may be out of date."),
                                           problems.join(u'\n')));
}

bool ListsPanel::addDemand(const cc::Demand& demand, const QString& communityCode)
{
    auto added = commands::addDemand(m_history, demand, communityCode);
    if (!added)
        ErrorPresenter::show(this, added.error());
    return added.has_value();
}

bool ListsPanel::addResource(const cc::Resource& resource, const QString& communityCode)
{
    auto added = commands::addResource(m_history, resource, communityCode);
    if (!added)
        ErrorPresenter::show(this, added.error());
    return added.has_value();
}

bool ListsPanel::importTallies(const QString& communityCode, const QString& path)
{
    auto imported = commands::importTallies(m_history, communityCode, path);
    if (!imported)
        ErrorPresenter::show(this, imported.error());
    else if (imported->added.empty())
        QMessageBox::information(
            this,
            tr("Survey tallies"),
            tr("Every row of %1 is already stored; nothing was added.").arg(QFileInfo(path).fileName()));
    return imported.has_value();
}

std::optional<std::vector<cc::Community>> ListsPanel::communities()
{
    auto communities = m_workspace.communities().list();
    if (!communities) {
        ErrorPresenter::show(this, communities.error());
        return std::nullopt;
    }
    if (communities->empty()) {
        ErrorPresenter::show(this,
                             cc::makeError(cc::ErrorCode::NotFound,
                                           tr("The register has no community yet: add one on the Communities tab "
                                              "first.")));
        return std::nullopt;
    }
    return std::move(communities).value();
}

void ListsPanel::onAddDemandClicked()
{
    const auto communities = this->communities();
    if (!communities)
        return; // said why
    DemandDialog dialog(*communities, this);
    if (dialog.exec() == QDialog::Accepted)
        addDemand(dialog.demand(), dialog.communityCode());
}

void ListsPanel::onImportTalliesClicked()
{
    const auto communities = this->communities();
    if (!communities)
        return; // said why
    QStringList names;
    for (const cc::Community& c : *communities)
        names << c.code + u' ' + c.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Survey tallies"), tr("Community:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Survey tallies (columns item, mean, respondents)"), {}, tr("Tables (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        importTallies(chosen.section(u' ', 0, 0), path);
}

void ListsPanel::onRemoveDemandClicked()
{
    const int row = m_ui->demandsTableWidget->currentRow();
    if (row < 0 || row >= static_cast<int>(m_demands.size()))
        return;
    if (auto removed = commands::removeDemand(m_history, m_demands[static_cast<size_t>(row)]); !removed)
        ErrorPresenter::show(this, removed.error());
}

void ListsPanel::onAddResourceClicked()
{
    const auto communities = this->communities();
    if (!communities)
        return; // said why
    ResourceDialog dialog(*communities, this);
    if (dialog.exec() == QDialog::Accepted)
        addResource(dialog.resource(), dialog.communityCode());
}

void ListsPanel::onRemoveResourceClicked()
{
    const int row = m_ui->resourcesTableWidget->currentRow();
    if (row < 0 || row >= static_cast<int>(m_resources.size()))
        return;
    if (auto removed = commands::removeResource(m_history, m_resources[static_cast<size_t>(row)]); !removed)
        ErrorPresenter::show(this, removed.error());
}
