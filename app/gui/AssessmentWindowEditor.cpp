// SPDX-License-Identifier: GPL-3.0-or-later
// The entry window's answer editor: an indicator's answer loaded into the fields, read back from them,
// and the keys that work in them (Enter confirms, Y/N and the Alt mnemonics tick at once).
#include "app/gui/AssessmentWindow.h"

#include "app/gui/AssessmentDocument.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/PhotoStrip.h"
#include "app/models/AssessmentTreeModel.h"
#include "core/domain/ResponseRules.h"
#include "core/domain/Vocabulary.h"
#include "core/report/ReportModel.h"

#include "ui_AssessmentWindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>

QString AssessmentWindow::storedSignature(const QString& code) const
{
    const cc::Response r = m_document->response(code);
    return cc::ResponseRules::toText(r.value) + u'\x1f' + QString::number(r.value.index()) + u'\x1f'
        + (r.notApplicable ? u'1' : u'0') + (r.carriedOver ? u'1' : u'0') + u'\x1f' + r.note;
}

void AssessmentWindow::loadEditor(const cc::Indicator& ind)
{
    m_loading = true;
    m_editorTouched = false;
    const cc::Response r = m_document->response(ind.code);
    m_loadedSignature = storedSignature(ind.code);
    QString title =
        QStringLiteral("<h3>%1 %2</h3>").arg(ind.code.toHtmlEscaped(), ind.name.text(m_language).toHtmlEscaped());
    QStringList facts;
    if (ind.bottomLine)
        facts << QStringLiteral("<b style='color:#b00020'>%1</b>")
                     .arg(tr("Bottom-line indicator: any shortfall is a failure"));
    if (ind.evidence == cc::Evidence::PhotoRequired)
        facts << tr("A photo is required when it fails.");
    if (ind.type == cc::IndicatorType::Number && ind.isScored()) { // a recorded figure has no target
        QString target = ind.direction == cc::Direction::HigherBetter
            ? tr("Target: at least %1").arg(cc::ResponseRules::formatNumber(ind.target))
            : tr("Target: at most %1").arg(cc::ResponseRules::formatNumber(ind.target));
        if (!ind.normalizeBy.isEmpty())
            target += u' '
                + tr("(per %1 %2)")
                      .arg(cc::ResponseRules::formatNumber(ind.per), cc::scoring::figureName(ind.normalizeBy));
        facts << target;
    }
    if (!ind.nationalRef.isEmpty())
        facts << tr("National basic indicator: %1").arg(ind.nationalRef.toHtmlEscaped());
    if (ind.sourceLedger && !r.notApplicable)
        facts << QStringLiteral("<span style='background:#e3f2fd'>%1</span>")
                     .arg(r.hasValue() ? tr("Counted from the building ledger (Ctrl+L): %1").arg(r.note.toHtmlEscaped())
                                       : tr("Counted from the building ledger (Ctrl+L): no building has an entry "
                                            "for its items yet."));
    if (ind.sourceRemediation)
        facts << QStringLiteral("<span style='background:#e3f2fd'>%1</span>")
                     .arg(r.hasValue() || r.notApplicable
                              ? tr("Computed from the earlier round's problems: %1").arg(r.note.toHtmlEscaped())
                              : tr("Computed from the earlier round's problems: none of them is re-checked yet."));
    if (r.carriedOver)
        facts << QStringLiteral("<span style='background:#fff3cd'>%1</span>")
                     .arg(tr("Carried over from the earlier round: confirm it with Enter or change it."));
    m_ui->indicatorTitleLabel->setText(title + facts.join(QStringLiteral("<br>")));
    QString guidance = ind.guidance.text(m_language).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (!ind.source.isEmpty())
        guidance += QStringLiteral("<p><i>%1</i></p>").arg(tr("Source: %1").arg(ind.source.toHtmlEscaped()));
    m_ui->guidanceTextBrowser->setHtml(guidance);

    m_ui->errorLabel->clear();
    m_ui->plausibilityLabel->setText(
        r.notApplicable ? QString() : cc::ResponseRules::plausibility(ind, m_document->scored().community, r.value));
    m_ui->naCheckBox->setChecked(r.notApplicable);
    m_ui->naReasonLineEdit->setText(r.notApplicable ? r.note : QString());
    m_ui->noteLineEdit->setText(r.notApplicable ? QString() : r.note);
    m_ui->noteLineEdit->setReadOnly(ind.isComputed()); // the note names the buildings counted
    switch (ind.type) {
    case cc::IndicatorType::Boolean: {
        m_ui->editorStack->setCurrentWidget(m_ui->booleanPage);
        const bool* b = std::get_if<bool>(&r.value);
        m_ui->yesRadioButton->setAutoExclusive(false);
        m_ui->noRadioButton->setAutoExclusive(false);
        m_ui->yesRadioButton->setChecked(b && *b);
        m_ui->noRadioButton->setChecked(b && !*b);
        m_ui->yesRadioButton->setAutoExclusive(true);
        m_ui->noRadioButton->setAutoExclusive(true);
        break;
    }
    case cc::IndicatorType::Number:
    case cc::IndicatorType::Rating: {
        m_ui->editorStack->setCurrentWidget(m_ui->numberPage);
        const double* d = std::get_if<double>(&r.value);
        m_ui->numberLineEdit->setText(d ? cc::ResponseRules::formatNumber(*d) : QString());
        m_ui->numberLineEdit->setReadOnly(ind.isComputed()); // counted, never typed
        m_ui->unitLabel->setText(cc::Vocabulary::unit(ind.unit, m_language));
        if (ind.type == cc::IndicatorType::Rating) {
            m_ui->rangeLabel->setText(
                tr("rating %1 to %2")
                    .arg(cc::ResponseRules::formatNumber(ind.scaleMin), cc::ResponseRules::formatNumber(ind.scaleMax)));
        } else if (ind.min || ind.max) {
            m_ui->rangeLabel->setText(
                tr("allowed %1 to %2")
                    .arg(ind.min ? cc::ResponseRules::formatNumber(*ind.min) : QStringLiteral("−∞"),
                         ind.max ? cc::ResponseRules::formatNumber(*ind.max) : QStringLiteral("∞")));
        } else {
            m_ui->rangeLabel->clear();
        }
        break;
    }
    case cc::IndicatorType::Choice: {
        m_ui->editorStack->setCurrentWidget(m_ui->choicePage);
        m_ui->choiceListWidget->clear();
        const QString* code = std::get_if<QString>(&r.value);
        for (const cc::ChoiceOption& o : ind.options) {
            auto* item = new QListWidgetItem(o.label.text(m_language), m_ui->choiceListWidget);
            item->setData(Qt::UserRole, o.code);
            if (code && *code == o.code)
                m_ui->choiceListWidget->setCurrentItem(item);
        }
        if (!code)
            m_ui->choiceListWidget->setCurrentRow(-1);
        break;
    }
    case cc::IndicatorType::Checklist: {
        m_ui->editorStack->setCurrentWidget(m_ui->checklistPage);
        m_ui->checklistListWidget->clear();
        const QStringList* codes = std::get_if<QStringList>(&r.value);
        for (const cc::ChecklistItem& i : ind.items) {
            auto* item = new QListWidgetItem(i.label.text(m_language), m_ui->checklistListWidget);
            item->setData(Qt::UserRole, i.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(codes && codes->contains(i.code) ? Qt::Checked : Qt::Unchecked);
        }
        m_ui->checklistListWidget->setCurrentRow(0);
        break;
    }
    case cc::IndicatorType::Text: {
        m_ui->editorStack->setCurrentWidget(m_ui->textPage);
        const QString* text = std::get_if<QString>(&r.value);
        m_ui->textPlainTextEdit->setPlainText(text ? *text : QString());
        break;
    }
    }
    onNotApplicableToggled(r.notApplicable);
    m_photos->showIndicator(&ind);
    updateActions();
    m_loading = false;
}

void AssessmentWindow::focusEditor()
{
    QWidget* page = m_ui->editorStack->currentWidget();
    if (page == m_ui->booleanPage)
        (m_ui->noRadioButton->isChecked() ? m_ui->noRadioButton : m_ui->yesRadioButton)->setFocus();
    else if (page == m_ui->numberPage)
        m_ui->numberLineEdit->setFocus(), m_ui->numberLineEdit->selectAll();
    else if (page == m_ui->choicePage)
        m_ui->choiceListWidget->setFocus();
    else if (page == m_ui->checklistPage)
        m_ui->checklistListWidget->setFocus();
    else
        m_ui->textPlainTextEdit->setFocus();
    // On a short screen the editor scrolls: the field with the focus is brought into view.
    if (QWidget* focused = QApplication::focusWidget(); focused && m_ui->editorScrollArea->isAncestorOf(focused))
        m_ui->editorScrollArea->ensureWidgetVisible(focused);
}

void AssessmentWindow::onNotApplicableToggled(bool checked)
{
    m_ui->naReasonLineEdit->setEnabled(checked && m_document->isEditable());
    m_ui->editorStack->setEnabled(!checked && m_document->isEditable());
    if (checked && !m_loading)
        m_ui->naReasonLineEdit->setFocus();
}

std::optional<cc::Response> AssessmentWindow::editorResponse(const cc::Indicator& ind, QString* error) const
{
    cc::Response r;
    r.indicatorCode = ind.code;
    if (m_ui->naCheckBox->isChecked()) {
        r.notApplicable = true;
        r.note = m_ui->naReasonLineEdit->text().trimmed();
        if (r.note.isEmpty()) {
            *error = tr("Say why the indicator does not apply.");
            return std::nullopt;
        }
        return r;
    }
    if (ind.isComputed()) {
        // What the ledger or the earlier round gives: Enter moves on without writing anything, except
        // that unticking N/A clears it (the value is then counted again).
        const cc::Response stored = m_document->response(ind.code);
        if (stored.notApplicable) {
            cc::Response cleared;
            cleared.indicatorCode = ind.code;
            return cleared;
        }
        return stored;
    }
    r.note = m_ui->noteLineEdit->text().trimmed();
    switch (ind.type) {
    case cc::IndicatorType::Boolean:
        if (!m_ui->yesRadioButton->isChecked() && !m_ui->noRadioButton->isChecked()) {
            *error = tr("Choose yes (Alt+Y) or no (Alt+N), or mark the indicator not applicable (Alt+A).");
            return std::nullopt;
        }
        r.value = m_ui->yesRadioButton->isChecked();
        break;
    case cc::IndicatorType::Number:
    case cc::IndicatorType::Rating: {
        const QString text = m_ui->numberLineEdit->text().trimmed();
        if (text.isEmpty()) {
            *error = tr("Type a number, or mark the indicator not applicable (Alt+A).");
            return std::nullopt;
        }
        auto parsed = cc::ResponseRules::parse(ind, text, r.note, error);
        if (!parsed)
            return std::nullopt;
        r.value = parsed->value;
        break;
    }
    case cc::IndicatorType::Choice: {
        const QListWidgetItem* item = m_ui->choiceListWidget->currentItem();
        if (!item || !item->isSelected()) {
            *error = tr("Choose one of the options (arrow keys), or mark the indicator not applicable (Alt+A).");
            return std::nullopt;
        }
        r.value = item->data(Qt::UserRole).toString();
        break;
    }
    case cc::IndicatorType::Checklist: {
        QStringList codes;
        for (int i = 0; i < m_ui->checklistListWidget->count(); ++i) {
            const QListWidgetItem* item = m_ui->checklistListWidget->item(i);
            if (item->checkState() == Qt::Checked)
                codes << item->data(Qt::UserRole).toString();
        }
        r.value = codes;
        break;
    }
    case cc::IndicatorType::Text: {
        const QString text = m_ui->textPlainTextEdit->toPlainText().trimmed();
        if (text.isEmpty()) {
            *error = tr("Type the text, or clear the answer.");
            return std::nullopt;
        }
        r.value = text;
        break;
    }
    }
    if (const QString problem = cc::ResponseRules::check(ind, r.value); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return r;
}

void AssessmentWindow::setBoolean(bool value)
{
    (value ? m_ui->yesRadioButton : m_ui->noRadioButton)->setChecked(true);
}

bool AssessmentWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // A line edit claims Ctrl+Z for its own text; here it undoes the last answer instead.
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true; // not accepted: the window's Undo/Redo shortcut runs
    }
    if (event->type() == QEvent::Shortcut
        && (watched == m_ui->yesRadioButton || watched == m_ui->noRadioButton || watched == m_ui->naCheckBox)) {
        // A mnemonic (Alt+Y, Alt+N) ticks at once: Qt's own animated click ticks 100 ms later, so a
        // quick Enter would confirm what was shown ticked but not yet was.
        auto* button = static_cast<QAbstractButton*>(watched);
        button->setFocus(Qt::ShortcutFocusReason);
        button->click();
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_ui->indicatorTreeView && enter) {
            focusEditor();
            return true;
        }
        if (enter && (watched != m_ui->textPlainTextEdit || key->modifiers().testFlag(Qt::ControlModifier))) {
            confirmCurrent(); // reads what is ticked; never ticks anything itself
            return true;
        }
        if (watched == m_ui->checklistListWidget && key->key() == Qt::Key_Space) {
            if (QListWidgetItem* item = m_ui->checklistListWidget->currentItem())
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
        if ((watched == m_ui->yesRadioButton || watched == m_ui->noRadioButton)
            && (key->key() == Qt::Key_Y || key->key() == Qt::Key_N)) {
            setBoolean(key->key() == Qt::Key_Y); // Y / N with the choice focused
            (key->key() == Qt::Key_Y ? m_ui->yesRadioButton : m_ui->noRadioButton)->setFocus();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

QString AssessmentWindow::storedText(const QString& code) const
{
    const cc::Response r = m_document->response(code);
    if (r.notApplicable)
        return tr("not applicable");
    if (!r.hasValue())
        return tr("no answer");
    const cc::Indicator* indicator = m_document->scored().set->indicator(code);
    return tr("“%1”").arg(indicator ? cc::report::ReportBuilder::valueText(*indicator, r.value, m_language)
                                    : cc::ResponseRules::toText(r.value));
}

bool AssessmentWindow::sameAsStored(const cc::Response& response) const
{
    const cc::Response stored = m_document->response(response.indicatorCode);
    return !stored.carriedOver && stored.notApplicable == response.notApplicable && stored.note == response.note
        && cc::ResponseRules::toText(stored.value) == cc::ResponseRules::toText(response.value)
        && stored.value.index() == response.value.index();
}

bool AssessmentWindow::hasUnconfirmedEdit() const
{
    const cc::Indicator* ind = currentIndicator();
    if (!ind || !m_editorTouched || !m_document->isEditable())
        return false;
    QString error;
    const auto response = editorResponse(*ind, &error);
    return !response || !sameAsStored(*response);
}

void AssessmentWindow::closeEvent(QCloseEvent* event)
{
    if (hasUnconfirmedEdit()) {
        const QString code = m_current;
        const auto answer =
            ErrorPresenter::ask(this,
                                tr("Unconfirmed value"),
                                tr("The value typed for %1 is not confirmed yet. Confirm it before closing?").arg(code),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !confirmCurrent())) {
            event->ignore(); // stays open, on the value, with the reason beside it when refused
            return;
        }
    }
    QMainWindow::closeEvent(event);
}
