// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AssessmentWindow.h"
#include "app/gui/CheckDateDialog.h"

#include "app/commands/History.h"
#include "app/common/AppEnvironment.h"
#include "app/common/Settings.h"
#include "app/gui/AssessmentDocument.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/LedgerDialog.h"
#include "app/gui/PhotoStrip.h"
#include "app/gui/ReportPreviewDialog.h"
#include "app/gui/SubmitDialog.h"
#include "app/models/AssessmentTreeModel.h"
#include "core/domain/ResponseRules.h"
#include "core/services/Workspace.h"

#include "ui_AssessmentWindow.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTime>

#include <functional>

using cc::scoring::Status;

namespace {

QString oneDecimal(const std::optional<double>& v)
{
    return v ? QLocale().toString(cc::scoring::round1(*v), 'f', 1) : QStringLiteral("—");
}

} // namespace

AssessmentWindow::AssessmentWindow(History& history,
                                   const cc::AssessmentId& id,
                                   const QString& language,
                                   QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::AssessmentWindow>())
    , m_workspace(history.workspace())
    , m_document(std::make_unique<AssessmentDocument>(history, id))
    , m_treeModel(new AssessmentTreeModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_language(language)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/communitycheck-256.png")));

    m_filter->setSourceModel(m_treeModel);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(AssessmentTreeModel::Name);
    m_ui->indicatorTreeView->setModel(m_filter);
    m_ui->indicatorTreeView->header()->setSectionResizeMode(AssessmentTreeModel::Name, QHeaderView::Stretch);
    m_ui->indicatorTreeView->header()->setStretchLastSection(false);
    m_ui->indicatorTreeView->header()->resizeSection(AssessmentTreeModel::Value, 170);
    m_ui->indicatorTreeView->header()->resizeSection(AssessmentTreeModel::Score, 100);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    // Fixed-height banners; the guidance takes the spare room, the editor what it needs.
    for (QLabel* label : {m_ui->stateLabel, m_ui->scoreLabel})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->editorLayout->setStretchFactor(m_ui->guidanceTextBrowser, 3);
    m_ui->editorLayout->setStretchFactor(m_ui->editorStack, 2);
    m_ui->historyDockWidget->hide();

    // Undo and redo over the database's one history: the last change, wherever it was made.
    m_ui->editMenu->insertActions(m_ui->findAction, {history.createUndoAction(this), history.createRedoAction(this)});
    m_ui->editMenu->insertSeparator(m_ui->findAction);

    m_photos = new PhotoStrip(*m_document,
                              {m_ui->photosGroupBox,
                               m_ui->photoListWidget,
                               m_ui->addPhotoPushButton,
                               m_ui->viewPhotoPushButton,
                               m_ui->deletePhotoPushButton},
                              this);
    connect(m_photos, &PhotoStrip::problem, m_ui->errorLabel, &QLabel::setText);
    connect(m_photos, &PhotoStrip::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_photos, &PhotoStrip::buttonsChanged, this, &AssessmentWindow::updateActions);
    connect(m_document.get(), &AssessmentDocument::changed, this, &AssessmentWindow::onDocumentChanged);
    connect(m_document.get(), &AssessmentDocument::reloadFailed, this, [this](const cc::Error& error) {
        ErrorPresenter::show(this, error);
    });
    connect(m_document.get(), &AssessmentDocument::saved, this, [this](const QString& code) {
        m_ui->savedLabel->setText(
            tr("Saved %1 at %2").arg(code, QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        // Undo or redo changed an answer the assessor is not on (maybe hidden by the search): show it.
        if (!m_writing && code != m_current) {
            showIndicator(code);
            statusBar()->showMessage(tr("Undo or redo changed %1: it is shown.").arg(code), 8000);
        }
    });
    connect(m_ui->indicatorTreeView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &AssessmentWindow::onCurrentTreeIndexChanged);
    connect(m_ui->findLineEdit, &QLineEdit::textChanged, this, &AssessmentWindow::onFindTextChanged);
    connect(m_ui->findLineEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search box jumps to the first matching indicator, in tree order.
        std::function<QModelIndex(const QModelIndex&)> first = [&](const QModelIndex& parent) -> QModelIndex {
            for (int row = 0; row < m_filter->rowCount(parent); ++row) {
                const QModelIndex i = m_filter->index(row, 0, parent);
                if (i.data(AssessmentTreeModel::IsIndicatorRole).toBool())
                    return i;
                if (const QModelIndex found = first(i); found.isValid())
                    return found;
            }
            return {};
        };
        if (const QModelIndex match = first(QModelIndex()); match.isValid()) {
            showIndicator(match.data(AssessmentTreeModel::CodeRole).toString());
            focusEditor();
        }
    });
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->findLineEdit->setFocus();
        m_ui->findLineEdit->selectAll();
    });
    connect(m_ui->nextUnansweredAction, &QAction::triggered, this, &AssessmentWindow::goToNextUnanswered);
    connect(m_ui->closeAction, &QAction::triggered, this, &QWidget::close);
    // Quit closes every window, each asking first about what it holds unconfirmed.
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_ui->findLineEdit->hasFocus() && !m_ui->findLineEdit->text().isEmpty()) {
            m_ui->findLineEdit->clear(); // Esc in the search box ends the search
            focusEditor();
        } else {
            close();
        }
    });
    // The editor takes the height of the page shown (a yes/no is one line), not of the tallest page.
    const auto fitEditorToPage = [this](int shown) {
        for (int i = 0; i < m_ui->editorStack->count(); ++i)
            m_ui->editorStack->widget(i)->setSizePolicy(i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                                        i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_ui->editorStack->updateGeometry();
    };
    connect(m_ui->editorStack, &QStackedWidget::currentChanged, this, fitEditorToPage);
    fitEditorToPage(m_ui->editorStack->currentIndex());
    // What the assessor changes in the editor, as opposed to what loading it fills in.
    const auto touched = [this] { m_editorTouched = m_editorTouched || !m_loading; };
    connect(m_ui->numberLineEdit, &QLineEdit::textEdited, this, touched);
    connect(m_ui->noteLineEdit, &QLineEdit::textEdited, this, touched);
    connect(m_ui->naReasonLineEdit, &QLineEdit::textEdited, this, touched);
    connect(m_ui->textPlainTextEdit, &QPlainTextEdit::textChanged, this, touched);
    connect(m_ui->yesRadioButton, &QRadioButton::toggled, this, touched);
    connect(m_ui->noRadioButton, &QRadioButton::toggled, this, touched);
    connect(m_ui->naCheckBox, &QCheckBox::toggled, this, touched);
    connect(m_ui->choiceListWidget, &QListWidget::itemSelectionChanged, this, touched);
    connect(m_ui->checklistListWidget, &QListWidget::itemChanged, this, touched);
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, &AssessmentWindow::confirmCurrent);
    connect(m_ui->clearPushButton, &QPushButton::clicked, this, &AssessmentWindow::onClearClicked);
    connect(m_ui->naCheckBox, &QCheckBox::toggled, this, &AssessmentWindow::onNotApplicableToggled);
    connect(m_ui->submitAction, &QAction::triggered, this, &AssessmentWindow::onSubmitTriggered);
    connect(m_ui->confirmCarriedAction, &QAction::triggered, this, &AssessmentWindow::onConfirmCarriedTriggered);
    connect(m_ui->returnAction, &QAction::triggered, this, &AssessmentWindow::onReturnTriggered);
    connect(m_ui->approveAction, &QAction::triggered, this, &AssessmentWindow::onApproveTriggered);
    connect(m_ui->reopenAction, &QAction::triggered, this, &AssessmentWindow::onReopenTriggered);
    connect(m_ui->checkDateAction, &QAction::triggered, this, [this] {
        CheckDateDialog dialog(m_document->scored().assessment.checkDate, this);
        if (dialog.exec() == QDialog::Accepted)
            if (auto changed = m_document->setCheckDate(dialog.date()); !changed)
                ErrorPresenter::show(this, changed.error());
    });
    connect(m_ui->addPhotoAction, &QAction::triggered, m_photos, &PhotoStrip::chooseFiles);
    connect(m_ui->ledgerAction, &QAction::triggered, this, [this] {
        LedgerDialog dialog(m_document->history(), m_document->scored().assessment, m_language, this);
        dialog.exec(); // its steps reload this check's answers counted from the ledger (the document listens)
    });
    setAcceptDrops(true);
    connect(m_ui->historyAction, &QAction::toggled, m_ui->historyDockWidget, &QDockWidget::setVisible);
    connect(m_ui->reportAction, &QAction::triggered, this, [this] {
        if (auto* dialog = ReportPreviewDialog::create(m_workspace, m_document->id(), m_language, this))
            dialog->open();
    });
    connect(m_ui->historyDockWidget, &QDockWidget::visibilityChanged, m_ui->historyAction, &QAction::setChecked);

    // Enter confirms from every field of the editor (Ctrl+Enter in free text, where Enter is a new line);
    // in the search box it jumps instead (above).
    for (QWidget* w : std::initializer_list<QWidget*> {m_ui->numberLineEdit,
                                                       m_ui->yesRadioButton,
                                                       m_ui->noRadioButton,
                                                       m_ui->choiceListWidget,
                                                       m_ui->checklistListWidget,
                                                       m_ui->textPlainTextEdit,
                                                       m_ui->noteLineEdit,
                                                       m_ui->naCheckBox,
                                                       m_ui->naReasonLineEdit,
                                                       m_ui->indicatorTreeView})
        w->installEventFilter(this);

    if (auto loaded = m_document->reload(); !loaded) {
        ErrorPresenter::show(parentWidget(), loaded.error());
        return;
    }
    m_ui->indicatorTreeView->expandAll();
    goToNextUnanswered();
}

AssessmentWindow::~AssessmentWindow() = default;

bool AssessmentWindow::isLoaded() const
{
    return m_document->isLoaded();
}

QString AssessmentWindow::currentIndicatorCode() const
{
    return m_current;
}

const cc::Indicator* AssessmentWindow::currentIndicator() const
{
    if (!m_document->isLoaded() || m_current.isEmpty())
        return nullptr;
    return m_document->scored().set->indicator(m_current);
}

void AssessmentWindow::onDocumentChanged()
{
    const cc::ScoredAssessment& s = m_document->scored();
    m_treeModel->setAssessment(s.set, s.score, m_language);
    setWindowTitle(tr("%1 — %2 — CommunityCheck").arg(s.community.name, s.assessment.round.toString()));
    updateHeader();
    updateActions();
    if (m_ui->historyDockWidget->isVisible() || s.assessment.wasSubmitted())
        updateHistory();
    // Reload the editor only when the stored answer itself changed (undo, redo, confirm all): a
    // photo added, a language switch or a state change must not wipe what is being typed.
    // While the assessor is changing the value, it stays: a note says what is stored now, and
    // confirming asks before writing over it.
    if (const cc::Indicator* ind = currentIndicator();
        ind && !m_loading && storedSignature(ind->code) != m_loadedSignature) {
        if (m_editorTouched)
            m_ui->plausibilityLabel->setText(
                tr("Changed meanwhile in another window or program: now %1.").arg(storedText(ind->code)));
        else
            loadEditor(*ind);
    }
}

void AssessmentWindow::updateHeader()
{
    const cc::ScoredAssessment& s = m_document->scored();
    const cc::scoring::Score& score = s.score;
    QString grade = score.grade ? score.grade->label.text(m_language) : QStringLiteral("—");
    if (score.capped)
        grade += u' ' + tr("(capped by bottom-line failures)");
    const QString coverage = score.coverage ? QLocale().toString(std::floor(*score.coverage * 100 + 0.5), 'f', 0) + u'%'
                                            : QStringLiteral("—");
    QString text = score.provisional
        // Too little answered for the score to mean much yet (scoring §4): said, and greyed.
        ? tr("<span style='color:#6b6b6b'>Provisional: overall %1 · grade %2</span> · coverage %3, below %4")
              .arg(oneDecimal(score.overall),
                   grade.toHtmlEscaped(),
                   coverage,
                   QLocale().toString(s.set->provisionalThreshold() * 100, 'f', 0) + u'%')
        : tr("Overall <b>%1</b> · grade <b>%2</b> · coverage %3")
              .arg(oneDecimal(score.overall), grade.toHtmlEscaped(), coverage);
    // The task the current indicator belongs to.
    if (const cc::Indicator* ind = currentIndicator()) {
        std::function<const cc::scoring::GroupResult*(const std::vector<cc::scoring::GroupResult>&)> find =
            [&](const std::vector<cc::scoring::GroupResult>& groups) -> const cc::scoring::GroupResult* {
            for (const auto& g : groups) {
                for (const cc::Indicator& child : g.group->indicators) {
                    if (child.code == ind->code)
                        return &g;
                }
                if (const auto* found = find(g.groups))
                    return found;
            }
            return nullptr;
        };
        if (const auto* task = find(score.groups))
            text += tr(" · task %1 <b>%2</b>").arg(task->group->code, oneDecimal(task->score));
    }
    if (!score.bottomLineFailures.empty())
        text += QStringLiteral(" · <span style='color:#b00020'>%1</span>")
                    .arg(tr("%n bottom-line failure(s)", nullptr, static_cast<int>(score.bottomLineFailures.size())));
    m_ui->scoreLabel->setText(text);

    const int unanswered = score.count(Status::Unanswered);
    const int applicable = static_cast<int>(score.indicators.size()) - score.count(Status::NotApplicable);
    m_ui->progressLabel->setText(
        tr("%1 of %2 applicable indicators answered").arg(applicable - unanswered).arg(applicable));

    QString state;
    const cc::Assessment& a = s.assessment;
    switch (a.status) {
    case cc::AssessmentStatus::Draft:
        state = tr("Draft: every confirmed value is saved at once.");
        break;
    case cc::AssessmentStatus::Submitted:
        state = tr("<b>Submitted</b>: read-only while it is reviewed.");
        break;
    case cc::AssessmentStatus::Returned:
        state = tr("<b>Returned</b> to the assessor: %1").arg(a.reviewComment.toHtmlEscaped());
        break;
    case cc::AssessmentStatus::Approved:
        state = tr("<b>Approved</b>: read-only. Reopening needs a reason.");
        break;
    }
    const int carried = static_cast<int>(
        std::count_if(score.indicators.begin(), score.indicators.end(), [](const auto& r) { return r.carriedOver; }));
    if (carried > 0)
        state += u' ' + tr("%n value(s) carried over from the earlier round, not yet confirmed.", nullptr, carried);
    m_ui->stateLabel->setText(
        QStringLiteral("%1 · %2 (%3) · %4 %5 · %6")
            .arg(s.community.name.toHtmlEscaped(),
                 s.community.code.toHtmlEscaped(),
                 QString(a.round.toString() + QStringLiteral(", ") + a.checkDate.toString(Qt::ISODate)).toHtmlEscaped(),
                 s.set->code.toHtmlEscaped(),
                 s.set->version.toHtmlEscaped(),
                 state));
    const bool warn = a.status == cc::AssessmentStatus::Returned || carried > 0;
    m_ui->stateLabel->setStyleSheet(warn ? QStringLiteral("background: #fff3cd; padding: 4px;")
                                         : QStringLiteral("padding: 4px;"));
}

void AssessmentWindow::updateActions()
{
    const auto status = m_document->scored().assessment.status;
    const bool editable = m_document->isEditable();
    m_ui->submitAction->setEnabled(editable);
    m_ui->checkDateAction->setEnabled(editable);
    m_ui->confirmCarriedAction->setEnabled(editable);
    m_ui->returnAction->setEnabled(status == cc::AssessmentStatus::Submitted);
    m_ui->approveAction->setEnabled(status == cc::AssessmentStatus::Submitted);
    m_ui->reopenAction->setEnabled(status == cc::AssessmentStatus::Submitted
                                   || status == cc::AssessmentStatus::Approved);
    m_ui->editorStack->setEnabled(editable);
    m_ui->noteLineEdit->setEnabled(editable);
    // The remediation rate decides its own N/A (a first round); every other indicator takes the assessor's.
    const cc::Indicator* shown = currentIndicator();
    m_ui->naCheckBox->setEnabled(editable && !(shown && shown->sourceRemediation));
    m_ui->naReasonLineEdit->setEnabled(editable && m_ui->naCheckBox->isChecked());
    m_ui->confirmPushButton->setEnabled(editable);
    m_ui->clearPushButton->setEnabled(editable);
    m_ui->addPhotoAction->setEnabled(editable);
    m_ui->addPhotoPushButton->setEnabled(editable);
    m_ui->deletePhotoPushButton->setEnabled(editable && m_photos->count() > 0);
    m_ui->viewPhotoPushButton->setEnabled(m_photos->count() > 0);
}

void AssessmentWindow::updateHistory()
{
    auto history = m_workspace.assessments().history(m_document->id());
    if (!history) {
        m_ui->historyTreeWidget->clear();
        new QTreeWidgetItem(m_ui->historyTreeWidget, {history.error().message});
        return;
    }
    m_ui->historyTreeWidget->clear();
    // The trail stores codes; the panel words them in the UI language.
    const auto word = [this](const QString& field, const QString& value) -> QString {
        if (field == u"status") {
            if (const auto status = cc::assessmentStatusFromString(value))
                return cc::AssessmentService::statusName(*status);
        }
        if (value == u"NA" || value.startsWith(QStringLiteral("NA (")))
            return tr("N/A") + value.mid(2);
        if (field == u"carried_over")
            return value == u"*" ? tr("all carried-over values") : value == u"confirmed" ? tr("confirmed") : value;
        return value;
    };
    for (const auto& e : *history) {
        const QString field = e.field == u"status" ? tr("Status")
            : e.field == u"carried_over"           ? tr("Carried-over values")
                                                   : e.field;
        new QTreeWidgetItem(m_ui->historyTreeWidget,
                            {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                             e.user,
                             field,
                             word(e.field, e.oldValue),
                             word(e.field, e.newValue),
                             e.reason});
    }
    m_ui->historyTreeWidget->scrollToBottom();
}

void AssessmentWindow::showIndicator(const QString& code)
{
    const QModelIndex source = m_treeModel->indexOf(code);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) { // hidden by the search: show everything again
        m_ui->findLineEdit->clear();
        proxy = m_filter->mapFromSource(source);
    }
    QTreeView* tree = m_ui->indicatorTreeView;
    tree->setCurrentIndex(proxy); // → onCurrentTreeIndexChanged
    // The rows that come next stay in view: near an edge, the current row moves to the middle.
    const QRect row = tree->visualRect(proxy);
    const int margin = 3 * std::max(row.height(), 1);
    if (row.top() < margin || row.bottom() + margin > tree->viewport()->height())
        tree->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
}

void AssessmentWindow::onCurrentTreeIndexChanged()
{
    const QModelIndex source = m_filter->mapToSource(m_ui->indicatorTreeView->currentIndex());
    const cc::Indicator* ind = m_treeModel->indicator(source);
    if (!ind)
        return;
    m_current = ind->code;
    loadEditor(*ind);
    updateHeader();
}

void AssessmentWindow::onFindTextChanged(const QString& text)
{
    m_filter->setFilterFixedString(text.trimmed());
    m_ui->indicatorTreeView->expandAll();
}

bool AssessmentWindow::confirmCurrent()
{
    const cc::Indicator* ind = currentIndicator();
    if (!ind)
        return false;
    if (!m_document->isEditable()) {
        statusBar()->showMessage(tr("This check is read-only."), 5000);
        return false;
    }
    QString error;
    auto response = editorResponse(*ind, &error);
    if (!response) {
        m_ui->errorLabel->setText(error); // beside the field; nothing stored
        focusEditor();
        return false;
    }
    // Another program may have answered this indicator since the editor was filled: say so before
    // writing over it (the value written over stays in the audit trail).
    m_document->catchUp();
    if (storedSignature(ind->code) != m_loadedSignature && !sameAsStored(*response)) {
        const auto answer = ErrorPresenter::ask(
            this,
            tr("Changed meanwhile"),
            tr("%1 was changed in another window or program while you were on it: it is now %2. Save yours "
               "over it?")
                .arg(ind->code, storedText(ind->code)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            loadEditor(*ind); // theirs, in the editor
        if (answer != QMessageBox::Save)
            return false;
    }
    const bool unchanged = sameAsStored(*response);
    if (!unchanged) {
        m_writing = true;
        auto saved = m_document->setResponse(*response);
        m_writing = false;
        if (!saved) {
            m_ui->errorLabel->setText(saved.error().message);
            return false;
        }
    }
    m_ui->errorLabel->clear();
    const QString doubt = response->notApplicable
        ? QString()
        : cc::ResponseRules::plausibility(*ind, m_document->scored().community, response->value);
    m_ui->plausibilityLabel->setText(doubt);
    if (!unchanged && !doubt.isEmpty()) {
        // Stored, but not passed over: the assessor stays here to look at it; Enter again moves on.
        statusBar()->showMessage(tr("Saved; check the value: %1").arg(doubt), 8000);
        focusEditor();
        return true;
    }
    goToNextUnanswered();
    return true;
}

void AssessmentWindow::onClearClicked()
{
    const cc::Indicator* ind = currentIndicator();
    if (!ind || !m_document->isEditable())
        return;
    cc::Response empty;
    empty.indicatorCode = ind->code;
    m_writing = true;
    auto saved = m_document->setResponse(empty);
    m_writing = false;
    if (!saved)
        m_ui->errorLabel->setText(saved.error().message);
}

void AssessmentWindow::goToNextUnanswered()
{
    if (!m_document->isLoaded())
        return;
    const auto& order = m_treeModel->indicatorsInOrder();
    if (order.empty())
        return;
    size_t start = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (order[i]->code == m_current) {
            start = i + 1;
            break;
        }
    }
    for (size_t step = 0; step < order.size(); ++step) {
        const cc::Indicator* ind = order[(start + step) % order.size()];
        const auto* r = m_treeModel->result(ind->code);
        if (r && (r->status == Status::Unanswered || r->carriedOver)) {
            showIndicator(ind->code);
            focusEditor();
            return;
        }
    }
    if (m_document->isEditable())
        statusBar()->showMessage(
            tr("Every applicable indicator is answered: the check can be submitted (Ctrl+Shift+S)."), 8000);
    if (m_current.isEmpty())
        showIndicator(order.front()->code);
}

void AssessmentWindow::onSubmitTriggered()
{
    SubmitDialog dialog(*m_document, m_language, this);
    connect(&dialog, &SubmitDialog::indicatorRequested, this, [this](const QString& code) {
        showIndicator(code);
        focusEditor();
    });
    dialog.exec();
}

void AssessmentWindow::onConfirmCarriedTriggered()
{
    if (auto confirmed = m_document->confirmCarriedOver(); !confirmed)
        ErrorPresenter::show(this, confirmed.error());
}

void AssessmentWindow::onReturnTriggered()
{
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, tr("Return to the assessor"), tr("What must the assessor check or change?"), QString(), &ok);
    if (!ok)
        return;
    if (auto returned = m_document->returnForRevision(comment); !returned)
        ErrorPresenter::show(this, returned.error());
}

void AssessmentWindow::onApproveTriggered()
{
    if (ErrorPresenter::ask(this,
                            tr("Approve"),
                            tr("Approve this check? It becomes read-only."),
                            QMessageBox::Yes | QMessageBox::No,
                            QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto approved = m_document->approve(); !approved)
        ErrorPresenter::show(this, approved.error());
}

void AssessmentWindow::onReopenTriggered()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reopen the check"), tr("Why must the check be changed again?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto reopened = m_document->reopen(reason); !reopened)
        ErrorPresenter::show(this, reopened.error());
}

void AssessmentWindow::setLanguage(const QString& language)
{
    m_language = language;
    if (m_document->isLoaded())
        onDocumentChanged();
}

void AssessmentWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The language was switched in the main window's preferences.
        if (const QString language = appenv::normalizeLanguage(settings::language.value()); !language.isEmpty())
            m_language = language;
        m_ui->retranslateUi(this);
        if (m_document->isLoaded())
            onDocumentChanged();
    }
    QMainWindow::changeEvent(event);
}

int AssessmentWindow::addPhotoFiles(const QStringList& paths)
{
    return m_photos->addFiles(paths);
}

void AssessmentWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_document->isEditable() && !m_current.isEmpty())
        event->acceptProposedAction();
}

void AssessmentWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    addPhotoFiles(paths);
}
