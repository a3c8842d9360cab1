// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SetEditorDialog.h"

#include "app/commands/History.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/SetDiffDialog.h"
#include "core/io/IndicatorSetJson.h"
#include "core/services/Workspace.h"
#include "ui_SetEditorDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimer>

using cc::io::SetDocument;

namespace {

QString numberText(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : QString();
}

// A number typed into a field: empty is "not given" (the format's default); full-width digits are
// digits; the decimal point is a point, as in the set's files.
std::optional<QJsonValue> typedNumber(const QString& text, bool* bad)
{
    *bad = false;
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok) {
        *bad = true;
        return std::nullopt;
    }
    return QJsonValue(value);
}

QString textOf(const QJsonValue& v, const char* language)
{
    if (v.isString())
        return QString::fromUtf8(language) == u"zh" ? v.toString() : QString();
    return v.toObject().value(QLatin1String(language)).toString();
}

QJsonValue withText(const QJsonValue& old, const char* language, const QString& text)
{
    QJsonObject localized = old.isString() ? QJsonObject {{QStringLiteral("zh"), old.toString()}} : old.toObject();
    if (text.isEmpty())
        localized.remove(QLatin1String(language));
    else
        localized[QLatin1String(language)] = text;
    return localized;
}

QStringList listOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;；,，、]"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QString item = part.trimmed(); !item.isEmpty())
            out << item;
    }
    return out;
}

// The JSON path at the start of a checked problem ("edited set: groups[0].indicators[2].weight: …").
QString pathIn(const QString& problem)
{
    static const QRegularExpression path(QStringLiteral("((?:groups|project_templates)\\[\\d+\\][\\w\\[\\]\\.]*)"));
    return path.match(problem).captured(1);
}

constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kOptionRole = Qt::UserRole + 2;

// The fields one indicator type reads and the others do not (spec/indicator-set-format.md).
const QStringList kTypeFields = {QStringLiteral("pass_value"),
                                 QStringLiteral("direction"),
                                 QStringLiteral("target"),
                                 QStringLiteral("zero_at"),
                                 QStringLiteral("normalize_by"),
                                 QStringLiteral("per"),
                                 QStringLiteral("min"),
                                 QStringLiteral("max"),
                                 QStringLiteral("scale_min"),
                                 QStringLiteral("scale_max"),
                                 QStringLiteral("options"),
                                 QStringLiteral("items")};

} // namespace

SetEditorDialog::SetEditorDialog(History& history, const QString& code, const QString& version, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetEditorDialog>())
    , m_history(history)
    , m_code(code)
    , m_baseVersion(version)
    , m_check(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit indicator set %1 (from version %2)").arg(code, version));
    auto set = m_history.workspace().sets().load(code, version);
    if (set) {
        QJsonObject json = cc::io::indicatorSetToJson(**set);
        json[QStringLiteral("version")] = QString(version + QStringLiteral("-1"));
        m_document = SetDocument(json);
    } else {
        ErrorPresenter::show(this, set.error());
    }
    m_ui->structureTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->editorSplitter->setStretchFactor(0, 2);
    m_ui->editorSplitter->setStretchFactor(1, 3);
    m_ui->editorSplitter->setSizes({400, 600});
    m_ui->typeComboBox->addItem(tr("yes / no"), QStringLiteral("boolean"));
    m_ui->typeComboBox->addItem(tr("number"), QStringLiteral("number"));
    m_ui->typeComboBox->addItem(tr("rating"), QStringLiteral("rating"));
    m_ui->typeComboBox->addItem(tr("choice"), QStringLiteral("choice"));
    m_ui->typeComboBox->addItem(tr("checklist"), QStringLiteral("checklist"));
    m_ui->typeComboBox->addItem(tr("text"), QStringLiteral("text"));
    m_ui->directionComboBox->addItem(tr("higher is better"), QStringLiteral("higher_better"));
    m_ui->directionComboBox->addItem(tr("lower is better"), QStringLiteral("lower_better"));
    m_ui->normalizeByComboBox->addItem(tr("(as counted)"), QString());
    m_ui->normalizeByComboBox->addItem(tr("households"), QStringLiteral("households"));
    m_ui->normalizeByComboBox->addItem(tr("buildings"), QStringLiteral("buildings"));
    m_ui->normalizeByComboBox->addItem(tr("population"), QStringLiteral("population"));
    m_ui->normalizeByComboBox->addItem(tr("area (ha)"), QStringLiteral("area_ha"));
    m_ui->evidenceComboBox->addItem(tr("optional"), QStringLiteral("optional"));
    m_ui->evidenceComboBox->addItem(tr("photo required when it fails"), QStringLiteral("photo_required"));
    m_ui->evidenceComboBox->addItem(tr("none"), QStringLiteral("none"));
    m_ui->optionsTableWidget->setColumnCount(3);
    m_ui->optionsTableWidget->setHorizontalHeaderLabels({tr("Code"), tr("Label"), tr("Score or points")});
    m_ui->optionsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->templatesTableWidget->setColumnCount(6);
    m_ui->templatesTableWidget->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Class"), tr("Quantity"), tr("Unit"), tr("Unit cost (万元)")});
    m_ui->templatesTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->unitsLineEdit->setPlaceholderText(tr("e.g. 区住建局、街道办事处 (the first leads)"));
    m_ui->projectsLineEdit->setPlaceholderText(tr("template codes, e.g. P-EBIKE-SHED; P-LIFT"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save as new version"));

    m_check->setSingleShot(true);
    m_check->setInterval(200);
    connect(m_check, &QTimer::timeout, this, &SetEditorDialog::validate);
    connect(m_ui->structureTreeWidget, &QTreeWidget::currentItemChanged, this, [this] { showNode(); });
    connect(m_ui->addIndicatorPushButton, &QPushButton::clicked, this, &SetEditorDialog::addIndicator);
    connect(m_ui->removeNodePushButton, &QPushButton::clicked, this, &SetEditorDialog::removeNode);
    connect(m_ui->upPushButton, &QPushButton::clicked, this, [this] { moveNode(-1); });
    connect(m_ui->downPushButton, &QPushButton::clicked, this, [this] { moveNode(1); });
    connect(m_ui->undoPushButton, &QPushButton::clicked, this, &SetEditorDialog::undo);
    connect(m_ui->redoPushButton, &QPushButton::clicked, this, &SetEditorDialog::redo);
    connect(new QShortcut(QKeySequence::Undo, this), &QShortcut::activated, this, &SetEditorDialog::undo);
    connect(new QShortcut(QKeySequence::Redo, this), &QShortcut::activated, this, &SetEditorDialog::redo);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this), &QShortcut::activated, this, [this] {
        moveNode(-1);
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this), &QShortcut::activated, this, [this] {
        moveNode(1);
    });
    connect(m_ui->comparePushButton, &QPushButton::clicked, this, &SetEditorDialog::compare);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->problemsListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString path = pathIn(item->text());
        static const QRegularExpression templateRow(QStringLiteral("^project_templates\\[(\\d+)\\]"));
        if (const auto match = templateRow.match(path); match.hasMatch()) {
            m_ui->detailTabWidget->setCurrentWidget(m_ui->templatesTab);
            m_ui->templatesTableWidget->setCurrentCell(match.captured(1).toInt(), 0);
        } else if (const auto node = m_document.nodeOf(path)) {
            select(*node);
        }
    });

    // Set-level fields.
    connect(m_ui->versionLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        QJsonObject json = m_document.json();
        json[QStringLiteral("version")] = text.trimmed();
        commit(SetDocument(json));
    });
    connect(m_ui->setNameLineEdit, &QLineEdit::editingFinished, this, [this] {
        QJsonObject json = m_document.json();
        const QString text = m_ui->setNameLineEdit->text().trimmed();
        if (textOf(json.value(QStringLiteral("name")), "zh") == text)
            return;
        json[QStringLiteral("name")] = withText(json.value(QStringLiteral("name")), "zh", text);
        commit(SetDocument(json));
    });

    // A node's fields: each written when it is left (or chosen), as one step.
    const auto text = [this](QLineEdit* edit, const QString& key) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
            writeField(key, edit->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(edit->text().trimmed()));
        });
    };
    const auto number = [this](QLineEdit* edit, const QString& key) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
            bool bad = false;
            const auto value = typedNumber(edit->text(), &bad);
            if (bad) {
                m_ui->problemsListWidget->insertItem(0, tr("%1: \"%2\" is not a number").arg(key, edit->text()));
                return;
            }
            writeField(key, value.value_or(QJsonValue()));
        });
    };
    const auto choice = [this](QComboBox* box, const QString& key) {
        connect(box, &QComboBox::activated, this, [this, box, key] {
            const QString value = box->currentData().toString();
            writeField(key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
        });
    };
    const auto flag = [this](QCheckBox* box, const QString& key) {
        connect(box, &QCheckBox::clicked, this, [this, key](bool on) { writeField(key, on); });
    };
    text(m_ui->codeLineEdit, QStringLiteral("code"));
    text(m_ui->unitLineEdit, QStringLiteral("unit"));
    number(m_ui->weightLineEdit, QStringLiteral("weight"));
    number(m_ui->targetLineEdit, QStringLiteral("target"));
    number(m_ui->zeroAtLineEdit, QStringLiteral("zero_at"));
    number(m_ui->perLineEdit, QStringLiteral("per"));
    number(m_ui->minLineEdit, QStringLiteral("min"));
    number(m_ui->maxLineEdit, QStringLiteral("max"));
    number(m_ui->passScoreLineEdit, QStringLiteral("pass_score"));
    choice(m_ui->typeComboBox, QStringLiteral("type"));
    choice(m_ui->directionComboBox, QStringLiteral("direction"));
    choice(m_ui->normalizeByComboBox, QStringLiteral("normalize_by"));
    choice(m_ui->evidenceComboBox, QStringLiteral("evidence"));
    flag(m_ui->bottomLineCheckBox, QStringLiteral("bottom_line"));
    flag(m_ui->timeBoundCheckBox, QStringLiteral("time_bound"));
    flag(m_ui->requiredCheckBox, QStringLiteral("required"));
    const auto localized = [this](QLineEdit* edit, const QString& key, const char* language) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key, language] {
            const auto node = currentNode();
            if (!node)
                return;
            const QJsonValue old = m_document.node(*node).value(key);
            if (textOf(old, language) != edit->text().trimmed())
                writeField(key, withText(old, language, edit->text().trimmed()));
        });
    };
    localized(m_ui->nameZhLineEdit, QStringLiteral("name"), "zh");
    localized(m_ui->nameEnLineEdit, QStringLiteral("name"), "en");
    // The guidance is written when the field is left, as one step (not one per key).
    m_ui->guidancePlainTextEdit->installEventFilter(this);
    connect(m_ui->unitsLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QStringList units = listOf(m_ui->unitsLineEdit->text());
        writeField(QStringLiteral("responsible_units"),
                   units.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(units)));
    });
    connect(m_ui->projectsLineEdit, &QLineEdit::editingFinished, this, [this] {
        const auto node = currentNode();
        if (!node)
            return;
        // An entry kept by its code stays as it was (an inline template stays inline).
        QJsonArray old = m_document.node(*node).value(QStringLiteral("projects")).toArray();
        QJsonArray projects;
        for (const QString& code : listOf(m_ui->projectsLineEdit->text())) {
            QJsonValue entry = code;
            for (const QJsonValue& o : old) {
                if (o.isObject() && o.toObject().value(QStringLiteral("code")).toString() == code)
                    entry = o;
            }
            projects.append(entry);
        }
        writeField(QStringLiteral("projects"), projects.isEmpty() ? QJsonValue() : QJsonValue(projects));
    });
    connect(m_ui->optionsTableWidget, &QTableWidget::itemChanged, this, [this] { writeOptions(); });
    connect(m_ui->addOptionPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->optionsTableWidget->rowCount();
        m_filling = true;
        m_ui->optionsTableWidget->insertRow(row);
        m_filling = false;
        m_ui->optionsTableWidget->setCurrentCell(row, 0);
        m_ui->optionsTableWidget->editItem(m_ui->optionsTableWidget->item(row, 0));
    });
    connect(m_ui->removeOptionPushButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_ui->optionsTableWidget->currentRow(); row >= 0) {
            m_ui->optionsTableWidget->removeRow(row);
            writeOptions();
        }
    });
    connect(m_ui->templatesTableWidget, &QTableWidget::itemChanged, this, [this] { writeTemplates(); });
    connect(m_ui->addTemplatePushButton, &QPushButton::clicked, this, [this] {
        QJsonObject json = m_document.json();
        QJsonArray templates = json.value(QStringLiteral("project_templates")).toArray();
        templates.append(QJsonObject {
            {QStringLiteral("code"), QStringLiteral("P-NEW-%1").arg(templates.size() + 1)},
            {QStringLiteral("name"), QJsonObject {{QStringLiteral("zh"), QStringLiteral("新项目")}}}, // data
            {QStringLiteral("class"), QStringLiteral("基础")},
            {QStringLiteral("quantity"), QStringLiteral("one")},
            {QStringLiteral("unit"), QStringLiteral("项")}});
        json[QStringLiteral("project_templates")] = templates;
        commit(SetDocument(json));
        showTemplates();
        m_ui->templatesTableWidget->setCurrentCell(static_cast<int>(templates.size()) - 1, 0);
    });
    connect(m_ui->removeTemplatePushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->templatesTableWidget->currentRow();
        QJsonObject json = m_document.json();
        QJsonArray templates = json.value(QStringLiteral("project_templates")).toArray();
        if (row < 0 || row >= templates.size())
            return;
        templates.removeAt(row);
        json[QStringLiteral("project_templates")] = templates;
        commit(SetDocument(json));
        showTemplates();
    });

    showDocument();
    m_ui->versionLineEdit->setFocus();
    m_ui->versionLineEdit->selectAll();
}

SetEditorDialog::~SetEditorDialog() = default;

void SetEditorDialog::flushField()
{
    // A value typed but not yet left is written before the structure changes under it.
    if (QWidget* focused = focusWidget(); focused && focused != m_ui->structureTreeWidget) {
        focused->clearFocus();
        m_ui->structureTreeWidget->setFocus();
    }
}

bool SetEditorDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->guidancePlainTextEdit && event->type() == QEvent::FocusOut && !m_filling) {
        if (const auto node = currentNode()) {
            const QJsonValue old = m_document.node(*node).value(QStringLiteral("guidance"));
            const QString now = m_ui->guidancePlainTextEdit->toPlainText();
            if (textOf(old, "zh") != now)
                writeField(QStringLiteral("guidance"), withText(old, "zh", now));
        }
    }
    return QDialog::eventFilter(watched, event);
}

QStringList SetEditorDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->problemsListWidget->count(); ++i)
        out << m_ui->problemsListWidget->item(i)->text();
    return out;
}

std::optional<SetDocument::Node> SetEditorDialog::currentNode() const
{
    const QTreeWidgetItem* item = m_ui->structureTreeWidget->currentItem();
    if (!item)
        return std::nullopt;
    const QVariantList place = item->data(0, kNodeRole).toList();
    SetDocument::Node node;
    for (qsizetype i = 0; i + 1 < place.size(); ++i)
        node.groups << place[i].toInt();
    node.indicator = place.isEmpty() ? -1 : place.last().toInt();
    return node;
}

void SetEditorDialog::rebuildTree()
{
    const auto keep = currentNode();
    m_filling = true;
    QTreeWidget* tree = m_ui->structureTreeWidget;
    tree->clear();
    std::map<QList<int>, QTreeWidgetItem*> groups;
    QTreeWidgetItem* toSelect = nullptr;
    for (const SetDocument::Node& node : m_document.nodes()) {
        const QJsonObject json = m_document.node(node);
        QTreeWidgetItem* parent = nullptr;
        if (node.isIndicator())
            parent = groups[node.groups];
        else if (node.groups.size() > 1)
            parent = groups[node.groups.mid(0, node.groups.size() - 1)];
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, json.value(QStringLiteral("code")).toString());
        item->setText(1, textOf(json.value(QStringLiteral("name")), "zh"));
        QVariantList place;
        for (const int g : node.groups)
            place << g;
        place << node.indicator;
        item->setData(0, kNodeRole, place);
        if (!node.isIndicator())
            groups[node.groups] = item;
        if (keep && *keep == node)
            toSelect = item;
    }
    tree->expandAll();
    m_filling = false;
    tree->setCurrentItem(toSelect ? toSelect : tree->topLevelItem(0));
}

void SetEditorDialog::select(const SetDocument::Node& node)
{
    QTreeWidgetItemIterator it(m_ui->structureTreeWidget);
    for (; *it; ++it) {
        const QVariantList place = (*it)->data(0, kNodeRole).toList();
        SetDocument::Node here;
        for (qsizetype i = 0; i + 1 < place.size(); ++i)
            here.groups << place[i].toInt();
        here.indicator = place.isEmpty() ? -1 : place.last().toInt();
        if (here == node) {
            m_ui->structureTreeWidget->setCurrentItem(*it);
            m_ui->detailTabWidget->setCurrentIndex(0);
            return;
        }
    }
}

void SetEditorDialog::showNode()
{
    if (m_filling)
        return;
    const auto node = currentNode();
    const QJsonObject json = node ? m_document.node(*node) : QJsonObject();
    const bool indicator = node && node->isIndicator();
    const QString type = json.value(QStringLiteral("type")).toString();
    m_filling = true;
    m_ui->codeLineEdit->setText(json.value(QStringLiteral("code")).toString());
    m_ui->nameZhLineEdit->setText(textOf(json.value(QStringLiteral("name")), "zh"));
    m_ui->nameEnLineEdit->setText(textOf(json.value(QStringLiteral("name")), "en"));
    m_ui->guidancePlainTextEdit->setPlainText(textOf(json.value(QStringLiteral("guidance")), "zh"));
    m_ui->typeComboBox->setCurrentIndex(std::max(0, m_ui->typeComboBox->findData(type)));
    m_ui->unitLineEdit->setText(json.value(QStringLiteral("unit")).toString());
    m_ui->weightLineEdit->setText(numberText(json.value(QStringLiteral("weight"))));
    m_ui->directionComboBox->setCurrentIndex(
        std::max(0, m_ui->directionComboBox->findData(json.value(QStringLiteral("direction")).toString())));
    m_ui->targetLineEdit->setText(numberText(json.value(QStringLiteral("target"))));
    m_ui->zeroAtLineEdit->setText(numberText(json.value(QStringLiteral("zero_at"))));
    m_ui->normalizeByComboBox->setCurrentIndex(
        std::max(0, m_ui->normalizeByComboBox->findData(json.value(QStringLiteral("normalize_by")).toString())));
    m_ui->perLineEdit->setText(numberText(json.value(QStringLiteral("per"))));
    m_ui->minLineEdit->setText(numberText(json.value(QStringLiteral("min"))));
    m_ui->maxLineEdit->setText(numberText(json.value(QStringLiteral("max"))));
    m_ui->passScoreLineEdit->setText(numberText(json.value(QStringLiteral("pass_score"))));
    m_ui->bottomLineCheckBox->setChecked(json.value(QStringLiteral("bottom_line")).toBool());
    m_ui->timeBoundCheckBox->setChecked(
        json.value(QStringLiteral("time_bound")).toBool(json.value(QStringLiteral("bottom_line")).toBool()));
    m_ui->requiredCheckBox->setChecked(json.value(QStringLiteral("required")).toBool(true));
    QStringList units;
    for (const QJsonValue& u : json.value(QStringLiteral("responsible_units")).toArray())
        units << u.toString();
    m_ui->unitsLineEdit->setText(units.join(QStringLiteral("、")));
    m_ui->evidenceComboBox->setCurrentIndex(
        std::max(0, m_ui->evidenceComboBox->findData(json.value(QStringLiteral("evidence")).toString())));
    QStringList projects;
    for (const QJsonValue& p : json.value(QStringLiteral("projects")).toArray())
        projects << (p.isString() ? p.toString() : p.toObject().value(QStringLiteral("code")).toString());
    m_ui->projectsLineEdit->setText(projects.join(QStringLiteral("; ")));
    const bool hasOptions = type == u"choice" || type == u"checklist";
    const QJsonArray options =
        json.value(type == u"checklist" ? QStringLiteral("items") : QStringLiteral("options")).toArray();
    m_ui->optionsTableWidget->setRowCount(static_cast<int>(options.size()));
    for (int r = 0; r < options.size(); ++r) {
        const QJsonObject o = options[r].toObject();
        auto* code = new QTableWidgetItem(o.value(QStringLiteral("code")).toString());
        code->setData(kOptionRole, o); // what the table does not show stays with its row
        m_ui->optionsTableWidget->setItem(r, 0, code);
        m_ui->optionsTableWidget->setItem(r, 1, new QTableWidgetItem(textOf(o.value(QStringLiteral("label")), "zh")));
        m_ui->optionsTableWidget->setItem(
            r,
            2,
            new QTableWidgetItem(
                numberText(o.value(type == u"checklist" ? QStringLiteral("points") : QStringLiteral("score")))));
    }
    // What the node is: a group has a code, names, a weight and responsible units; the rest is an
    // indicator's, and a number's thresholds only show for a number.
    const bool number = indicator && type == u"number";
    for (QWidget* w : std::initializer_list<QWidget*> {m_ui->guidancePlainTextEdit,
                                                       m_ui->typeComboBox,
                                                       m_ui->unitLineEdit,
                                                       m_ui->bottomLineCheckBox,
                                                       m_ui->timeBoundCheckBox,
                                                       m_ui->requiredCheckBox,
                                                       m_ui->evidenceComboBox,
                                                       m_ui->projectsLineEdit,
                                                       m_ui->passScoreLineEdit})
        w->setEnabled(indicator);
    for (QWidget* w : std::initializer_list<QWidget*> {m_ui->directionComboBox,
                                                       m_ui->targetLineEdit,
                                                       m_ui->zeroAtLineEdit,
                                                       m_ui->normalizeByComboBox,
                                                       m_ui->perLineEdit,
                                                       m_ui->minLineEdit,
                                                       m_ui->maxLineEdit})
        w->setEnabled(number);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_ui->optionsTableWidget, m_ui->addOptionPushButton, m_ui->removeOptionPushButton})
        w->setEnabled(indicator && hasOptions);
    m_ui->removeNodePushButton->setEnabled(node.has_value());
    m_ui->upPushButton->setEnabled(indicator);
    m_ui->downPushButton->setEnabled(indicator);
    m_filling = false;
}

void SetEditorDialog::showTemplates()
{
    m_filling = true;
    const QJsonArray templates = m_document.json().value(QStringLiteral("project_templates")).toArray();
    QTableWidget* table = m_ui->templatesTableWidget;
    table->setRowCount(static_cast<int>(templates.size()));
    for (int r = 0; r < templates.size(); ++r) {
        const QJsonObject t = templates[r].toObject();
        table->setItem(r, 0, new QTableWidgetItem(t.value(QStringLiteral("code")).toString()));
        table->setItem(r, 1, new QTableWidgetItem(textOf(t.value(QStringLiteral("name")), "zh")));
        table->setItem(r, 2, new QTableWidgetItem(t.value(QStringLiteral("class")).toString()));
        table->setItem(r, 3, new QTableWidgetItem(t.value(QStringLiteral("quantity")).toString()));
        table->setItem(r, 4, new QTableWidgetItem(t.value(QStringLiteral("unit")).toString()));
        table->setItem(r, 5, new QTableWidgetItem(numberText(t.value(QStringLiteral("unit_cost")))));
    }
    m_filling = false;
}

void SetEditorDialog::commit(const SetDocument& changed)
{
    if (changed.json() == m_document.json())
        return;
    m_undo.push_back(m_document);
    m_redo.clear();
    m_document = changed;
    m_check->start();
}

void SetEditorDialog::writeField(const QString& key, const QJsonValue& value)
{
    if (m_filling)
        return;
    const auto node = currentNode();
    if (!node)
        return;
    QJsonObject json = m_document.node(*node);
    if (key == u"type" && json.value(key) != value) {
        // Another type: the old type's fields go, the new one starts from what the form shows.
        for (const QString& field : kTypeFields)
            json.remove(field);
        if (value.toString() == u"number") {
            json[QStringLiteral("direction")] = QStringLiteral("higher_better");
            json[QStringLiteral("target")] = 0;
        }
    }
    if (key == u"bottom_line" && json.value(key).toBool() != value.toBool()) {
        // What followed the old flag by default follows the new one: the pass score (100 for a bottom
        // line, else 60) and time-bound (a bottom line's failure is 限时解决).
        const bool was = json.value(key).toBool();
        if (json.value(QStringLiteral("pass_score")).toDouble() == (was ? 100 : 60))
            json[QStringLiteral("pass_score")] = value.toBool() ? 100 : 60;
        if (json.value(QStringLiteral("time_bound")).toBool(was) == was)
            json[QStringLiteral("time_bound")] = value.toBool();
    }
    if (value.isUndefined() || value.isNull())
        json.remove(key);
    else
        json[key] = value;
    SetDocument changed = m_document;
    changed.setNode(*node, json);
    commit(changed);
    if (key == u"code" || key == u"name") {
        if (QTreeWidgetItem* item = m_ui->structureTreeWidget->currentItem()) {
            item->setText(0, json.value(QStringLiteral("code")).toString());
            item->setText(1, textOf(json.value(QStringLiteral("name")), "zh"));
        }
    }
    if (key == u"type" || key == u"bottom_line")
        showNode(); // the fields that follow it show their new values
}

void SetEditorDialog::writeOptions()
{
    if (m_filling)
        return;
    const auto node = currentNode();
    if (!node)
        return;
    const QJsonObject json = m_document.node(*node);
    const bool checklist = json.value(QStringLiteral("type")).toString() == u"checklist";
    const QString key = checklist ? QStringLiteral("items") : QStringLiteral("options");
    QJsonArray options;
    QTableWidget* table = m_ui->optionsTableWidget;
    const QString scoreKey = checklist ? QStringLiteral("points") : QStringLiteral("score");
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto cell = [&](int c) { return table->item(r, c) ? table->item(r, c)->text().trimmed() : QString(); };
        QJsonObject o = table->item(r, 0) ? table->item(r, 0)->data(kOptionRole).toJsonObject() : QJsonObject();
        o[QStringLiteral("code")] = cell(0);
        o[QStringLiteral("label")] = withText(o.value(QStringLiteral("label")), "zh", cell(1));
        bool bad = false;
        if (const auto number = typedNumber(cell(2), &bad))
            o[scoreKey] = *number;
        else if (!bad)
            o.remove(scoreKey); // emptied: the checks say it is missing
        else
            o[scoreKey] = cell(2); // kept as typed, so the checks name it
        options.append(o);
    }
    writeField(key, options);
}

void SetEditorDialog::writeTemplates()
{
    if (m_filling)
        return;
    QJsonObject json = m_document.json();
    const QJsonArray old = json.value(QStringLiteral("project_templates")).toArray();
    QJsonArray templates;
    QTableWidget* table = m_ui->templatesTableWidget;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto cell = [&](int c) { return table->item(r, c) ? table->item(r, c)->text().trimmed() : QString(); };
        QJsonObject t = r < old.size() ? old[r].toObject() : QJsonObject();
        t[QStringLiteral("code")] = cell(0);
        t[QStringLiteral("name")] = withText(t.value(QStringLiteral("name")), "zh", cell(1));
        t[QStringLiteral("class")] = cell(2);
        t[QStringLiteral("quantity")] = cell(3);
        t[QStringLiteral("unit")] = cell(4);
        bool bad = false;
        if (const auto cost = typedNumber(cell(5), &bad))
            t[QStringLiteral("unit_cost")] = *cost;
        else if (!bad)
            t.remove(QStringLiteral("unit_cost"));
        templates.append(t);
    }
    json[QStringLiteral("project_templates")] = templates;
    commit(SetDocument(json));
}

void SetEditorDialog::validate()
{
    m_ui->problemsListWidget->clear();
    QStringList problems;
    auto parsed = cc::io::parseIndicatorSet(m_document.json(), tr("edited set"));
    if (!parsed) {
        problems << parsed.error().message;
        problems << parsed.error().detail.split(u'\n', Qt::SkipEmptyParts);
    } else {
        const QString version = parsed->version;
        if (version == m_baseVersion || m_history.workspace().sets().find(m_code, version))
            problems
                << tr("The version %1 is already stored, and a stored version never changes: give the edited set a "
                      "new version.")
                       .arg(version);
    }
    m_ui->problemsListWidget->addItems(problems);
    if (problems.isEmpty())
        m_ui->problemsListWidget->addItem(tr("No problems: the set can be saved as version %1.")
                                              .arg(m_document.json().value(QStringLiteral("version")).toString()));
    m_valid = problems.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_valid);
    m_ui->comparePushButton->setEnabled(parsed.has_value());
    m_ui->undoPushButton->setEnabled(!m_undo.empty());
    m_ui->redoPushButton->setEnabled(!m_redo.empty());
}

void SetEditorDialog::undo()
{
    step(m_undo, m_redo);
}

void SetEditorDialog::redo()
{
    step(m_redo, m_undo);
}

void SetEditorDialog::step(std::vector<SetDocument>& from, std::vector<SetDocument>& to)
{
    flushField();
    if (from.empty())
        return;
    to.push_back(m_document);
    m_document = from.back();
    from.pop_back();
    showDocument();
    showNode();
}

void SetEditorDialog::showDocument()
{
    m_ui->versionLineEdit->setText(m_document.json().value(QStringLiteral("version")).toString());
    m_ui->setNameLineEdit->setText(textOf(m_document.json().value(QStringLiteral("name")), "zh"));
    rebuildTree();
    showTemplates();
    validate();
}

void SetEditorDialog::addIndicator()
{
    flushField();
    const auto node = currentNode();
    if (!node)
        return;
    SetDocument changed = m_document;
    const SetDocument::Node added = changed.addIndicator(*node);
    commit(changed);
    rebuildTree();
    select(added);
    m_ui->codeLineEdit->setFocus();
    m_ui->codeLineEdit->selectAll();
}

void SetEditorDialog::removeNode()
{
    flushField();
    const auto node = currentNode();
    if (!node)
        return;
    SetDocument changed = m_document;
    changed.remove(*node);
    commit(changed);
    rebuildTree();
}

void SetEditorDialog::moveNode(int delta)
{
    flushField();
    const auto node = currentNode();
    if (!node || !node->isIndicator())
        return;
    SetDocument changed = m_document;
    const SetDocument::Node moved = changed.move(*node, delta);
    commit(changed);
    rebuildTree();
    select(moved);
}

void SetEditorDialog::compare()
{
    flushField();
    auto candidate = cc::io::parseIndicatorSet(m_document.json(), tr("edited set"));
    auto base = m_history.workspace().sets().load(m_code, m_baseVersion);
    if (!candidate || !base) {
        ErrorPresenter::show(this, candidate ? base.error() : candidate.error());
        return;
    }
    SetDiffDialog dialog(m_history.workspace(), **base, *candidate, this);
    dialog.exec();
}

bool SetEditorDialog::save()
{
    flushField();
    validate();
    if (!m_valid)
        return false;
    auto saved = m_history.workspace().sets().saveEdited(m_document.json(), m_baseVersion);
    if (!saved) {
        ErrorPresenter::show(this, saved.error(), tr("Save as new version"));
        return false;
    }
    emit m_history.changes().setsChanged();
    return true;
}
