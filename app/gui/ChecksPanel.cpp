// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ChecksPanel.h"

#include "app/commands/History.h"
#include "app/gui/ErrorPresenter.h"
#include "app/models/AssessmentListModel.h"
#include "app/models/CheckFilterModel.h"
#include "core/services/Workspace.h"
#include "ui_ChecksPanel.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QSet>

#include <algorithm>
#include <map>

namespace {

// Refills `box` with "All" and `items` (value → text, in the order given), keeping what was chosen
// when it is still there.
void refill(QComboBox* box, const QString& all, const std::vector<std::pair<QString, QString>>& items)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto& [value, text] : items)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

std::vector<std::pair<QString, QString>> sortedNames(const QSet<QString>& names)
{
    QStringList list(names.begin(), names.end());
    list.removeAll(QString());
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    std::vector<std::pair<QString, QString>> out;
    for (const QString& n : list)
        out.emplace_back(n, n);
    return out;
}

} // namespace

ChecksPanel::ChecksPanel(History& history, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecksPanel>())
    , m_history(history)
    , m_workspace(history.workspace())
    , m_language(language)
    , m_model(new AssessmentListModel(this))
    , m_filter(new CheckFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    QTableView* table = m_ui->assessmentsTableView;
    table->setModel(m_filter);
    table->sortByColumn(AssessmentListModel::Community, Qt::AscendingOrder);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();

    connect(m_ui->newAssessmentPushButton, &QPushButton::clicked, this, &ChecksPanel::newCheckRequested);
    connect(m_ui->openAssessmentPushButton, &QPushButton::clicked, this, &ChecksPanel::openRequested);
    connect(m_ui->reportPushButton, &QPushButton::clicked, this, &ChecksPanel::reportRequested);
    connect(m_ui->generateProjectsPushButton, &QPushButton::clicked, this, &ChecksPanel::generateProjectsRequested);
    connect(table, &QAbstractItemView::activated, this, &ChecksPanel::openRequested);
    connect(m_ui->approveChecksPushButton, &QPushButton::clicked, this, &ChecksPanel::onApproveClicked);
    connect(m_ui->returnChecksPushButton, &QPushButton::clicked, this, &ChecksPanel::onReturnClicked);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecksPanel::onSelectionChanged);
    connect(m_ui->assessmentSearchLineEdit, &QLineEdit::textChanged, this, &ChecksPanel::applyFilters);
    for (QComboBox* box : {m_ui->cityComboBox,
                           m_ui->checkCountyComboBox,
                           m_ui->streetComboBox,
                           m_ui->checkTypeComboBox,
                           m_ui->assessmentRoundComboBox,
                           m_ui->assessmentStatusComboBox,
                           m_ui->gradeComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ChecksPanel::applyFilters);
    connect(m_ui->checkPilotsCheckBox, &QCheckBox::toggled, this, &ChecksPanel::applyFilters);
    connect(m_ui->reviewQueueCheckBox, &QCheckBox::toggled, this, &ChecksPanel::applyFilters);
    // The list shows each check's state, score and last change, and where its community is.
    ChangeHub& changes = history.changes();
    for (auto changed : {&ChangeHub::assessmentsChanged, &ChangeHub::registerChanged, &ChangeHub::setsChanged})
        connect(&changes, changed, this, &ChecksPanel::reload);
    // An answer changes one row: reading the whole list again would cost a province's assessor
    // 0.15 s per confirmed answer.
    connect(&changes, &ChangeHub::answersChanged, this, &ChecksPanel::refreshCheck);
    connect(&changes, &ChangeHub::photosChanged, this, &ChecksPanel::refreshCheck);
    connect(&changes, &ChangeHub::workflowChanged, this, [this] {
        if (!m_reviewing) // a review step of this panel reloads once, after all its checks
            reload();
    });
    retranslate(language);
}

ChecksPanel::~ChecksPanel() = default;

void ChecksPanel::retranslate(const QString& language)
{
    m_language = language;
    m_ui->retranslateUi(this);
    refill(
        m_ui->assessmentStatusComboBox,
        tr("All"),
        {{toString(cc::AssessmentStatus::Draft), cc::AssessmentService::statusName(cc::AssessmentStatus::Draft)},
         {toString(cc::AssessmentStatus::Submitted),
          cc::AssessmentService::statusName(cc::AssessmentStatus::Submitted)},
         {toString(cc::AssessmentStatus::Returned), cc::AssessmentService::statusName(cc::AssessmentStatus::Returned)},
         {toString(cc::AssessmentStatus::Approved),
          cc::AssessmentService::statusName(cc::AssessmentStatus::Approved)}});
    m_model->retranslate(); // the type and grade names change with the next reload()
}

void ChecksPanel::refreshCheck(const cc::AssessmentId& id)
{
    const int row = m_model->rowOf(id);
    auto check = m_workspace.assessments().find(id);
    auto score = m_workspace.scores().summary(id);
    if (row < 0 || !check || !score) { // not listed yet, or unreadable: the whole list says why
        reload();
        return;
    }
    m_model->updateAssessment(row, std::move(check).value(), std::move(score).value());
    updateCount();
    onSelectionChanged();
}

void ChecksPanel::reload()
{
    auto assessments = m_workspace.assessments().list();
    if (!assessments) {
        ErrorPresenter::show(this, assessments.error());
        return;
    }
    QSet<QString> selected;
    for (const cc::Assessment& a : selection())
        selected.insert(a.id.toString());
    const cc::Assessment* was = current();
    const QString currentId = was ? was->id.toString() : QString();
    // What each check's score says, from the score cache (scoring only the checks changed since).
    QSet<QString> ids, sets;
    QHash<QString, QString> gradeNames; // the cache keeps a grade's zh label; shown in the UI's language
    for (const cc::Assessment& a : *assessments) {
        ids.insert(a.id.toString());
        if (sets.contains(a.setCode + u' ' + a.setVersion))
            continue;
        sets.insert(a.setCode + u' ' + a.setVersion);
        if (auto set = m_workspace.sets().load(a.setCode, a.setVersion)) {
            for (const cc::GradeBand& g : (*set)->grades)
                gradeNames.insert(g.label.zh, g.label.text(m_language));
        }
    }
    auto scores = m_workspace.scores().summaries(ids);
    if (!scores)
        ErrorPresenter::show(this, scores.error()); // the list still shows, without figures
    auto communities = m_workspace.communities().list();
    if (!communities)
        ErrorPresenter::show(this, communities.error()); // filters by place then find nothing
    QHash<QString, cc::Community> byId;
    if (communities) {
        for (cc::Community& c : *communities)
            byId.insert(c.id.toString(), std::move(c));
    }
    m_filter->setCommunities(std::move(byId));
    m_model->setAssessments(std::move(assessments).value(),
                            scores ? std::move(scores).value() : QHash<QString, cc::ScoreSummary>(),
                            gradeNames);
    fillFilterCombos();
    applyFilters();
    // The widths from the first rows, not all 15,000 of a province (Qt's default reads 1,000 per column).
    m_ui->assessmentsTableView->horizontalHeader()->setResizeContentsPrecision(200);
    m_ui->assessmentsTableView->resizeColumnsToContents();
    // The same checks stay selected and current.
    QItemSelection keep;
    QModelIndex currentIndex;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const cc::Assessment* a = m_model->assessment(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (!a)
            continue;
        if (selected.contains(a->id.toString()))
            keep.select(m_filter->index(row, 0), m_filter->index(row, AssessmentListModel::ColumnCount - 1));
        if (a->id.toString() == currentId)
            currentIndex = m_filter->index(row, 0);
    }
    QItemSelectionModel* selection = m_ui->assessmentsTableView->selectionModel();
    if (currentIndex.isValid())
        selection->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    selection->select(keep, QItemSelectionModel::ClearAndSelect);
    onSelectionChanged();
}

void ChecksPanel::fillFilterCombos()
{
    QSet<QString> cities, counties, streets, rounds;
    std::map<QString, QString> grades; // zh label → shown name
    const QString city = m_ui->cityComboBox->currentData().toString();
    const QString county = m_ui->checkCountyComboBox->currentData().toString();
    std::vector<std::pair<int, QString>> roundOrder;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const cc::Assessment* a = m_model->assessment(row);
        if (!rounds.contains(a->round.toString())) {
            rounds.insert(a->round.toString());
            roundOrder.emplace_back(a->round.year, a->round.toString());
        }
        if (const cc::ScoreSummary* s = m_model->summary(row); s && !s->grade.isEmpty())
            grades.emplace(s->grade, m_model->data(m_model->index(row, AssessmentListModel::Grade)).toString());
        const cc::Community* c = m_filter->community(*a);
        if (!c)
            continue;
        cities.insert(c->city);
        // A county list follows the city chosen, a street list the county.
        if (city.isEmpty() || c->city == city)
            counties.insert(c->county);
        if ((city.isEmpty() || c->city == city) && (county.isEmpty() || c->county == county))
            streets.insert(c->street);
    }
    refill(m_ui->cityComboBox, tr("All"), sortedNames(cities));
    refill(m_ui->checkCountyComboBox, tr("All"), sortedNames(counties));
    refill(m_ui->streetComboBox, tr("All"), sortedNames(streets));
    std::sort(roundOrder.begin(), roundOrder.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second; // the latest round first
    });
    std::vector<std::pair<QString, QString>> roundItems;
    for (const auto& [year, text] : roundOrder)
        roundItems.emplace_back(text, text);
    refill(m_ui->assessmentRoundComboBox, tr("All"), roundItems);
    std::vector<std::pair<QString, QString>> typeItems;
    if (auto types = m_workspace.sets().communityTypes(m_language))
        typeItems = *types;
    refill(m_ui->checkTypeComboBox, tr("All"), typeItems);
    refill(m_ui->gradeComboBox, tr("All"), {grades.begin(), grades.end()});
}

void ChecksPanel::applyFilters()
{
    if (sender() == m_ui->cityComboBox || sender() == m_ui->checkCountyComboBox)
        fillFilterCombos(); // the counties of the city, the streets of the county
    CheckFilterModel::Filter f;
    f.search = m_ui->assessmentSearchLineEdit->text();
    f.city = m_ui->cityComboBox->currentData().toString();
    f.county = m_ui->checkCountyComboBox->currentData().toString();
    f.street = m_ui->streetComboBox->currentData().toString();
    f.type = m_ui->checkTypeComboBox->currentData().toString();
    f.round = m_ui->assessmentRoundComboBox->currentData().toString();
    if (const QString status = m_ui->assessmentStatusComboBox->currentData().toString(); !status.isEmpty())
        f.status = cc::assessmentStatusFromString(status);
    f.grade = m_ui->gradeComboBox->currentData().toString();
    f.pilotsOnly = m_ui->checkPilotsCheckBox->isChecked();
    f.reviewQueue = m_ui->reviewQueueCheckBox->isChecked();
    const bool queueChanged = f.reviewQueue != m_filter->filter().reviewQueue;
    m_filter->setFilter(f);
    m_ui->assessmentStatusComboBox->setEnabled(!f.reviewQueue);
    // The queue: the one waiting longest first. A submitted check is read-only, so its last change
    // is its latest submission.
    if (queueChanged && f.reviewQueue)
        m_ui->assessmentsTableView->sortByColumn(AssessmentListModel::Updated, Qt::AscendingOrder);
    updateCount();
}

std::vector<cc::Assessment> ChecksPanel::shown() const
{
    std::vector<cc::Assessment> out;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (const cc::Assessment* a = m_model->assessment(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            out.push_back(*a);
    }
    return out;
}

void ChecksPanel::updateCount()
{
    m_ui->checkCountLabel->setText(tr("%1 of %n check(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

const cc::Assessment* ChecksPanel::current() const
{
    const QModelIndex index = m_ui->assessmentsTableView->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->assessment(m_filter->mapToSource(index).row());
}

std::vector<cc::Assessment> ChecksPanel::selection() const
{
    std::vector<cc::Assessment> out;
    QModelIndexList rows = m_ui->assessmentsTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        if (const cc::Assessment* a = m_model->assessment(m_filter->mapToSource(index).row()))
            out.push_back(*a);
    }
    return out;
}

void ChecksPanel::select(const cc::AssessmentId& id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!index.isValid())
        return;
    m_ui->assessmentsTableView->selectRow(index.row());
    m_ui->assessmentsTableView->scrollTo(index);
}

int ChecksPanel::shownCount() const
{
    return m_filter->rowCount();
}

void ChecksPanel::onSelectionChanged()
{
    bool anySubmitted = false; // looked up in place: a select-all of a province is 15,000 rows
    for (const QModelIndex& index : m_ui->assessmentsTableView->selectionModel()->selectedRows()) {
        const cc::Assessment* a = m_model->assessment(m_filter->mapToSource(index).row());
        if (a && a->status == cc::AssessmentStatus::Submitted) {
            anySubmitted = true;
            break;
        }
    }
    m_ui->approveChecksPushButton->setEnabled(anySubmitted);
    m_ui->returnChecksPushButton->setEnabled(anySubmitted);
}

QString ChecksPanel::notSubmitted(const std::vector<cc::Assessment>& checks) const
{
    QStringList names;
    for (const cc::Assessment& a : checks) {
        if (a.status != cc::AssessmentStatus::Submitted)
            names << tr("%1 %2 (%3, %4)")
                         .arg(a.communityCode, a.communityName, a.round.toString())
                         .arg(cc::AssessmentService::statusName(a.status));
    }
    if (names.isEmpty())
        return {};
    const qsizetype n = names.size();
    if (n > 8) {
        names = names.mid(0, 8);
        names << tr("and %n more", nullptr, static_cast<int>(n - 8));
    }
    return tr("Only submitted checks can be approved or returned; deselect these first:\n%1").arg(names.join(u'\n'));
}

void ChecksPanel::onApproveClicked()
{
    const auto checks = selection();
    if (checks.empty())
        return;
    if (const QString refused = notSubmitted(checks); !refused.isEmpty()) {
        ErrorPresenter::show(this, cc::makeError(cc::ErrorCode::Locked, refused), tr("Approve"));
        return;
    }
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this,
        tr("Approve"),
        tr("Approve %n check(s)? They become read-only.\nA comment for the audit trail (optional):",
           nullptr,
           static_cast<int>(checks.size())),
        QString(),
        &ok);
    if (ok)
        review(checks, cc::ReviewStep::Approve, comment.trimmed());
}

void ChecksPanel::onReturnClicked()
{
    const auto checks = selection();
    if (checks.empty())
        return;
    if (const QString refused = notSubmitted(checks); !refused.isEmpty()) {
        ErrorPresenter::show(this, cc::makeError(cc::ErrorCode::Locked, refused), tr("Return to the assessors"));
        return;
    }
    QString comment;
    while (comment.isEmpty()) { // a return says what to change
        bool ok = false;
        comment =
            QInputDialog::getMultiLineText(
                this,
                tr("Return to the assessors"),
                tr("What must the assessors check or change in %n check(s)?", nullptr, static_cast<int>(checks.size())),
                comment,
                &ok)
                .trimmed();
        if (!ok)
            return;
    }
    review(checks, cc::ReviewStep::Return, comment);
}

bool ChecksPanel::review(const std::vector<cc::Assessment>& checks, cc::ReviewStep step, const QString& comment)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = m_workspace.review(checks, step, comment);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        ErrorPresenter::show(this, done.error());
        return false;
    }
    // The open entry windows of these checks hear of it; the list reloads once, after.
    m_reviewing = true;
    for (const cc::Assessment& a : checks)
        emit m_history.changes().workflowChanged(a.id);
    m_reviewing = false;
    reload();
    return true;
}
