// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an indicator set from a workbook (docs/indicator-set-xlsx.md): the sheets' cells made back
// into the set's JSON, which the JSON reader checks; every JSON path is kept with the cell it came
// from, so that a message names the sheet, row and column.
#include "core/io/IndicatorSetXlsx.h"

#include "core/io/IndicatorSetJson.h"
#include "core/io/IndicatorSetXlsxLayout.h"
#include "core/io/XlsxReader.h"
#include "core/util/Decimal.h"
#include "core/util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <optional>

namespace cc::io {

namespace {

using namespace setxlsx;

constexpr int kMaxReportedProblems = 20;

QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Where a JSON path's value came from: a cell (column ≥ 0), a row (column < 0) or a sheet (line 0).
struct Place
{
    const InputTable* table = nullptr;
    int line = 0;
    int column = -1;
    QString header;
};

// A JSON object read from one row, with the cells of its fields ("weight", "name.zh", an extra
// field's name: the extra cell).
struct RowObject
{
    QJsonObject json;
    Place row;
    std::map<QString, Place> cells;
};

// A group or indicator row, placed by its parent's code and its order.
struct Entry
{
    RowObject object;
    QString code;
    QString parent;
    std::optional<double> order;
};

// Merges `extra` into `into`: objects field by field; a field both have otherwise is a conflict
// (its path is returned).
QString merge(QJsonObject& into, const QJsonObject& extra, const QString& path)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QString at = path.isEmpty() ? it.key() : path + u'.' + it.key();
        const QJsonValue mine = into.value(it.key());
        if (mine.isUndefined()) {
            into.insert(it.key(), it.value());
        } else if (mine.isObject() && it.value().isObject()) {
            QJsonObject inner = mine.toObject();
            if (const QString conflict = merge(inner, it.value().toObject(), at); !conflict.isEmpty())
                return conflict;
            into.insert(it.key(), inner);
        } else {
            return at;
        }
    }
    return {};
}

class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetXlsx)

public:
    WorkbookReader(const std::vector<InputTable>& sheets, QString source)
        : m_sheets(sheets)
        , m_source(std::move(source))
    { }

    Result<QJsonObject> build();
    // The place of a JSON path: its cell, else the row or sheet of the nearest path above it.
    QString place(const QString& path) const;

private:
    struct Sheet
    {
        const InputTable* table = nullptr;
        HeaderMap header;
        size_t from = 0;
    };

    void problem(const QString& what) { m_problems << what; }
    const InputTable* find(const char* name);
    std::optional<Sheet> open(const char* name, const std::vector<Column>& columns, const QStringList& required);
    std::optional<QJsonValue>
    cell(const InputTable& t, const InputRow& row, int column, const QString& header, Value kind);
    std::optional<QJsonValue> cell(const Sheet& s, const InputRow& row, const char* key, Value kind);
    RowObject rowObject(const Sheet& s, const InputRow& row, const std::vector<Column>& columns);
    const Kind* kind(const Sheet& s, const InputRow& row, const std::vector<Kind>& kinds);
    void unused(const Sheet& s, const InputRow& row, const std::vector<Column>& all, const Kind& kind);
    Place cellPlace(const Sheet& s, const InputRow& row, const char* key) const;
    Place sheetPlace(const InputTable* table) const { return Place {table, 0, -1, {}}; }
    void registerObject(const QString& path, const RowObject& object);
    void readme(const InputTable& table, QJsonObject& root);
    std::vector<Entry> entries(const Sheet& s, const std::vector<Column>& columns, const char* parentKey);
    QJsonArray assemble(const QString& parent, const QString& path);
    QJsonObject indicatorJson(Entry& entry, const QString& path);

    const std::vector<InputTable>& m_sheets;
    QString m_source;
    QStringList m_problems;
    std::map<QString, Place> m_places; // JSON path → where it came from
    std::vector<Entry> m_groups;
    std::vector<Entry> m_indicators;
    std::map<QString, std::vector<std::pair<QString, RowObject>>> m_options; // indicator → (options|items, row)
    std::map<QString, std::vector<std::pair<bool, RowObject>>> m_projects; // indicator → (inline, row)
};

const InputTable* WorkbookReader::find(const char* name)
{
    for (const InputTable& t : m_sheets) {
        if (t.sheet.trimmed() == utf8(name))
            return &t;
    }
    QStringList names;
    for (const InputTable& t : m_sheets)
        names << t.sheet;
    problem(tr("%1: the workbook has no sheet \"%2\" (its sheets: %3); an indicator set needs the sheets 说明, 结构, "
               "指标, 选项, 项目模板 and 等级.")
                .arg(m_source, utf8(name), names.join(QStringLiteral(", "))));
    return nullptr;
}

std::optional<WorkbookReader::Sheet>
WorkbookReader::open(const char* name, const std::vector<Column>& columns, const QStringList& required)
{
    const InputTable* table = find(name);
    if (!table)
        return std::nullopt;
    if (std::all_of(table->rows.begin(), table->rows.end(), [](const InputRow& r) { return r.blank(); })) {
        problem(tr("%1, sheet %2: the sheet is empty; it needs its header row.").arg(m_source, table->sheet));
        return std::nullopt;
    }
    Sheet sheet;
    sheet.table = table;
    auto header =
        HeaderMap::read(*table, columnSpecs(columns), required, tr("sheet %1").arg(table->sheet), &sheet.from);
    if (!header) {
        problem(header.error().message);
        return std::nullopt;
    }
    sheet.header = std::move(header).value();
    return sheet;
}

std::optional<QJsonValue>
WorkbookReader::cell(const InputTable& t, const InputRow& row, int column, const QString& header, Value kind)
{
    if (column < 0)
        return std::nullopt;
    const InputCell& c = row.at(column);
    const QString where = t.where(row.line, column, header);
    if (c.kind == InputCell::Kind::Error) {
        problem(tr("%1: the cell is an error (%2), not a value").arg(where, c.text));
        return std::nullopt;
    }
    if (c.text.trimmed().isEmpty())
        return std::nullopt;
    if (c.kind == InputCell::Kind::Date) {
        problem(tr("%1: the cell is a date (%2); write the value as a number or as text").arg(where, c.text));
        return std::nullopt;
    }
    switch (kind) {
    case Value::Text:
    case Value::TextZh:
    case Value::TextEn:
        return QJsonValue(c.text);
    case Value::Code:
    case Value::Place:
        return QJsonValue(c.text.trimmed());
    case Value::Number: {
        if (c.kind == InputCell::Kind::Number)
            return QJsonValue(c.text.toDouble());
        if (c.kind == InputCell::Kind::Text) {
            if (const auto d = parseDecimal(cleanedCell(c.text)))
                return QJsonValue(*d);
        }
        problem(tr("%1: \"%2\" is not a number").arg(where, c.text));
        return std::nullopt;
    }
    case Value::Boolean: {
        const QString text = cleanedCell(c.text).toLower();
        static const QStringList yes {QStringLiteral("true"),
                                      QStringLiteral("yes"),
                                      QStringLiteral("y"),
                                      QStringLiteral("1"),
                                      QStringLiteral("是")};
        static const QStringList no {QStringLiteral("false"),
                                     QStringLiteral("no"),
                                     QStringLiteral("n"),
                                     QStringLiteral("0"),
                                     QStringLiteral("否")};
        if (yes.contains(text))
            return QJsonValue(true);
        if (no.contains(text))
            return QJsonValue(false);
        problem(tr("%1: \"%2\" is not TRUE or FALSE (是/否)").arg(where, c.text));
        return std::nullopt;
    }
    case Value::List: {
        const QString text = c.text.trimmed();
        if (text.startsWith(u'[')) {
            const QJsonDocument list = QJsonDocument::fromJson(text.toUtf8());
            bool strings = list.isArray();
            for (const QJsonValue& v : list.array())
                strings = strings && v.isString();
            if (strings)
                return QJsonValue(list.array());
            problem(tr("%1: a list that starts with \"[\" must be a JSON array of strings").arg(where));
            return std::nullopt;
        }
        static const QRegularExpression separator(QStringLiteral("[;；]"));
        QJsonArray items;
        for (const QString& item : text.split(separator)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return QJsonValue(items);
    }
    case Value::Json: {
        QJsonParseError error {};
        const QJsonDocument wrapped =
            QJsonDocument::fromJson(QByteArray("[") + c.text.toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1) {
            problem(tr("%1: the cell is not JSON (%2)").arg(where, error.errorString()));
            return std::nullopt;
        }
        return wrapped.array().at(0);
    }
    }
    return std::nullopt;
}

std::optional<QJsonValue> WorkbookReader::cell(const Sheet& s, const InputRow& row, const char* key, Value kind)
{
    return cell(*s.table, row, s.header.at(latin(key)), s.header.header(latin(key)), kind);
}

Place WorkbookReader::cellPlace(const Sheet& s, const InputRow& row, const char* key) const
{
    const int column = s.header.at(latin(key));
    if (column < 0)
        return Place {s.table, row.line, -1, {}};
    return Place {s.table, row.line, column, s.header.header(latin(key))};
}

RowObject WorkbookReader::rowObject(const Sheet& s, const InputRow& row, const std::vector<Column>& columns)
{
    RowObject o;
    o.row = Place {s.table, row.line, -1, {}};
    QJsonObject extra;
    Place extraPlace;
    for (const Column& c : columns) {
        const QString key = latin(c.key);
        if (c.value == Value::Place || !s.header.has(key))
            continue;
        const std::optional<QJsonValue> v = cell(s, row, c.key, c.value);
        const Place p = cellPlace(s, row, c.key);
        if (!v) { // an empty cell is still the place of its field ("a number indicator needs a target")
            const QString field = c.value == Value::TextEn ? key.chopped(3) : key;
            if (key != QLatin1String(kExtra))
                o.cells.try_emplace(field, p);
            if (c.value == Value::TextZh || c.value == Value::TextEn)
                o.cells.try_emplace(field + (c.value == Value::TextZh ? QStringLiteral(".zh") : QStringLiteral(".en")),
                                    p);
            continue;
        }
        if (key == QLatin1String(kExtra)) {
            if (!v->isObject())
                problem(tr("%1: the extra fields must be a JSON object {\"field\": value, …}")
                            .arg(s.table->where(row.line, p.column, p.header)));
            extra = v->toObject();
            extraPlace = p;
        } else if (c.value == Value::TextZh || c.value == Value::TextEn) {
            const QString field = c.value == Value::TextZh ? key : key.chopped(3); // "name_en" → "name"
            QJsonObject text = o.json.value(field).toObject();
            text.insert(c.value == Value::TextZh ? QStringLiteral("zh") : QStringLiteral("en"), *v);
            o.json.insert(field, text);
            o.cells[field + (c.value == Value::TextZh ? QStringLiteral(".zh") : QStringLiteral(".en"))] = p;
            if (c.value == Value::TextZh || !o.json.value(field).toObject().contains(QStringLiteral("zh")))
                o.cells[field] = p;
        } else {
            o.json.insert(key, *v);
            o.cells[key] = p;
        }
    }
    if (!extra.isEmpty()) {
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.cells.try_emplace(it.key(), extraPlace);
        if (const QString conflict = merge(o.json, extra, {}); !conflict.isEmpty())
            problem(tr("%1: the field %2 is also in its own column; give it in one place only")
                        .arg(s.table->where(row.line, extraPlace.column, extraPlace.header), conflict));
    }
    return o;
}

const Kind* WorkbookReader::kind(const Sheet& s, const InputRow& row, const std::vector<Kind>& kinds)
{
    const std::optional<QJsonValue> v = cell(s, row, "kind", Value::Place);
    const Place p = cellPlace(s, row, "kind");
    QStringList words;
    for (const Kind& k : kinds) {
        const QString word = cleanedCell(v ? v->toString() : QString()).toLower();
        if (word == QLatin1String(k.key) || word == utf8(k.zh) || word == utf8(k.zh) + u' ' + latin(k.key))
            return &k;
        words << utf8(k.zh) + u' ' + latin(k.key);
    }
    if (v || row.at(p.column).kind != InputCell::Kind::Error)
        problem(tr("%1: \"%2\" is not a kind of row here (%3)")
                    .arg(s.table->where(row.line, p.column, p.header),
                         v ? v->toString() : QString(),
                         words.join(QStringLiteral(", "))));
    return nullptr;
}

// A cell in a column that rows of this kind do not fill is a mistake, not a field to keep.
void WorkbookReader::unused(const Sheet& s, const InputRow& row, const std::vector<Column>& all, const Kind& kind)
{
    const std::vector<Column> own = columnsOf(all, kind);
    for (const Column& c : all) {
        const bool used =
            std::any_of(own.begin(), own.end(), [&](const Column& o) { return qstrcmp(o.key, c.key) == 0; });
        const int column = s.header.at(latin(c.key));
        if (used || column < 0 || row.at(column).text.trimmed().isEmpty())
            continue;
        problem(tr("%1: a row of the kind %2 leaves this column empty")
                    .arg(s.table->where(row.line, column, s.header.header(latin(c.key))),
                         utf8(kind.zh) + u' ' + latin(kind.key)));
    }
}

void WorkbookReader::registerObject(const QString& path, const RowObject& object)
{
    m_places[path] = object.row;
    for (const auto& [field, place] : object.cells)
        m_places[path + u'.' + field] = place;
}

QString WorkbookReader::place(const QString& path) const
{
    QString at = path;
    while (true) {
        if (const auto it = m_places.find(at); it != m_places.end()) {
            const Place& p = it->second;
            const QString where = p.line == 0 ? tr("%1, sheet %2").arg(m_source, p.table->sheet)
                : p.column < 0                ? p.table->where(p.line)
                                              : p.table->where(p.line, p.column, p.header);
            return path.isEmpty() ? where : tr("%1, %2").arg(where, path);
        }
        if (at.isEmpty())
            return path.isEmpty() ? m_source : tr("%1, %2").arg(m_source, path);
        if (at.endsWith(u']'))
            at.truncate(at.lastIndexOf(u'['));
        else
            at.truncate(std::max<qsizetype>(0, at.lastIndexOf(u'.')));
    }
}

// 说明: a field's name in column A, its value in column B; every other row is text for people.
void WorkbookReader::readme(const InputTable& table, QJsonObject& root)
{
    RowObject object;
    std::map<QString, int> lineOf;
    for (const InputRow& row : table.rows) {
        const QString label = cleanedCell(row.at(0).text).toLower();
        const Column* field = nullptr;
        for (const Column& c : kSetFields) {
            if (label == QLatin1String(c.key) || label == utf8(c.header) || label == utf8(c.zh))
                field = &c;
        }
        if (!field || row.at(0).kind == InputCell::Kind::Error)
            continue;
        const QString key = latin(field->key);
        if (const auto [it, inserted] = lineOf.emplace(key, row.line); !inserted) {
            problem(tr("%1: the field %2 is also on %3")
                        .arg(table.where(row.line), utf8(field->header), table.where(it->second)));
            continue;
        }
        const QString header = row.at(0).text.trimmed();
        const std::optional<QJsonValue> v = cell(table, row, 1, header, field->value);
        if (!v)
            continue;
        const Place p {&table, row.line, 1, header};
        if (key == QLatin1String(kExtra)) {
            if (!v->isObject()) {
                problem(tr("%1: the extra fields must be a JSON object {\"field\": value, …}")
                            .arg(table.where(row.line, 1, header)));
                continue;
            }
            const QJsonObject extra = v->toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                object.cells.try_emplace(it.key(), p);
            if (const QString conflict = merge(root, extra, {}); !conflict.isEmpty())
                problem(tr("%1: the field %2 is also in its own row; give it in one place only")
                            .arg(table.where(row.line, 1, header), conflict));
        } else if (field->value == Value::TextZh || field->value == Value::TextEn) {
            const bool zh = field->value == Value::TextZh;
            const QString name = zh ? key : key.chopped(3);
            QJsonObject text = root.value(name).toObject();
            text.insert(zh ? QStringLiteral("zh") : QStringLiteral("en"), *v);
            root.insert(name, text);
            object.cells[name + (zh ? QStringLiteral(".zh") : QStringLiteral(".en"))] = p;
            if (zh || !object.cells.count(name))
                object.cells[name] = p;
        } else {
            if (const QString conflict = merge(root, QJsonObject {{key, *v}}, {}); !conflict.isEmpty())
                problem(tr("%1: the field %2 is also in the extra fields; give it in one place only")
                            .arg(table.where(row.line, 1, header), conflict));
            object.cells[key] = p;
        }
    }
    for (const auto& [field, place] : object.cells)
        m_places[field] = place;
}

// The rows of 结构 or 指标 with their code, parent (the group) and order; duplicate codes refused.
std::vector<Entry> WorkbookReader::entries(const Sheet& s, const std::vector<Column>& columns, const char* parentKey)
{
    std::vector<Entry> out;
    std::map<QString, int> lineOf;
    for (size_t i = s.from; i < s.table->rows.size(); ++i) {
        const InputRow& row = s.table->rows[i];
        if (row.blank())
            continue;
        Entry e;
        e.object = rowObject(s, row, columns);
        e.code = e.object.json.value(QStringLiteral("code")).toString();
        e.parent = cell(s, row, parentKey, Value::Place).value_or(QJsonValue()).toString();
        if (const auto order = cell(s, row, "order", Value::Number))
            e.order = order->toDouble();
        if (!e.code.isEmpty()) {
            if (const auto [it, inserted] = lineOf.emplace(e.code, row.line); !inserted)
                problem(tr("%1: the code \"%2\" is also on %3")
                            .arg(s.table->where(row.line,
                                                s.header.at(QStringLiteral("code")),
                                                s.header.header(QStringLiteral("code"))),
                                 e.code,
                                 s.table->where(it->second)));
        }
        out.push_back(std::move(e));
    }
    return out;
}

// Siblings in their order: by `order`; a row without one follows the row above it among them.
std::vector<Entry*> ordered(std::vector<Entry>& entries, const QString& parent)
{
    std::vector<std::pair<double, Entry*>> siblings;
    double last = -std::numeric_limits<double>::infinity();
    for (Entry& e : entries) {
        if (e.parent != parent)
            continue;
        last = e.order.value_or(last);
        siblings.emplace_back(last, &e);
    }
    std::stable_sort(siblings.begin(), siblings.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Entry*> out;
    for (const auto& s : siblings)
        out.push_back(s.second);
    return out;
}

QJsonObject WorkbookReader::indicatorJson(Entry& entry, const QString& path)
{
    QJsonObject json = entry.object.json;
    registerObject(path, entry.object);
    QJsonArray options;
    QString list;
    for (const auto& [key, object] : m_options[entry.code]) {
        list = key;
        registerObject(path + u'.' + key + u'[' + QString::number(options.size()) + u']', object);
        options.append(object.json);
    }
    if (!options.isEmpty())
        json.insert(list, options);
    QJsonArray projects;
    for (const auto& [inlined, object] : m_projects[entry.code]) {
        const QString at = path + QStringLiteral(".projects[") + QString::number(projects.size()) + u']';
        if (inlined) {
            registerObject(at, object);
            projects.append(object.json);
        } else {
            m_places[at] =
                object.cells.count(QStringLiteral("code")) ? object.cells.at(QStringLiteral("code")) : object.row;
            projects.append(object.json.value(QStringLiteral("code")));
        }
    }
    if (!projects.isEmpty())
        json.insert(QStringLiteral("projects"), projects);
    return json;
}

QJsonArray WorkbookReader::assemble(const QString& parent, const QString& path)
{
    QJsonArray groups;
    for (Entry* group : ordered(m_groups, parent)) {
        const QString at = path + QStringLiteral("groups[") + QString::number(groups.size()) + u']';
        registerObject(at, group->object);
        QJsonObject json = group->object.json;
        if (group->code.isEmpty()) { // nothing can name it as its parent
            groups.append(json);
            continue;
        }
        const QJsonArray children = assemble(group->code, at + u'.');
        if (!children.isEmpty())
            json.insert(QStringLiteral("groups"), children);
        QJsonArray indicators;
        for (Entry* indicator : ordered(m_indicators, group->code))
            indicators.append(indicatorJson(
                *indicator, at + QStringLiteral(".indicators[") + QString::number(indicators.size()) + u']'));
        if (!indicators.isEmpty())
            json.insert(QStringLiteral("indicators"), indicators);
        groups.append(json);
    }
    return groups;
}

Result<QJsonObject> WorkbookReader::build()
{
    const InputTable* readmeTable = find(kReadmeSheet);
    const auto groupSheet = open(kGroupSheet, kGroupColumns, {QStringLiteral("code"), QStringLiteral("name")});
    const auto indicatorSheet =
        open(kIndicatorSheet,
             kIndicatorColumns,
             {QStringLiteral("group"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type")});
    const auto optionSheet =
        open(kOptionSheet,
             kOptionColumns,
             {QStringLiteral("indicator"), QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("label")});
    const auto templateSheet = open(kTemplateSheet, kTemplateColumns, {QStringLiteral("kind"), QStringLiteral("code")});
    const auto gradeSheet = open(kGradeSheet, kGradeColumns, {QStringLiteral("kind")});
    const auto refused = [this] {
        QStringList rest = m_problems.mid(1, kMaxReportedProblems - 1);
        if (m_problems.size() > kMaxReportedProblems)
            rest.append(tr("… and %1 more problems").arg(m_problems.size() - kMaxReportedProblems));
        qCInfo(lcImport) << "indicator set workbook rejected:" << m_problems.size() << "problems";
        return makeError(ErrorCode::InvalidInput, m_problems.first(), rest.join(u'\n'));
    };
    if (!m_problems.isEmpty())
        return refused();

    QJsonObject root;
    readme(*readmeTable, root);
    m_places[QString()] = sheetPlace(readmeTable);
    m_places[QStringLiteral("groups")] = sheetPlace(indicatorSheet->table);
    m_places[QStringLiteral("project_templates")] = sheetPlace(templateSheet->table);

    // 等级: community types, grades, severity bands, caps.
    const std::pair<const char*, const char*> lists[] = {{"community_type", "community_types"},
                                                         {"grade", "grades"},
                                                         {"severity", "severity_bands"},
                                                         {"cap", "bottom_line_caps"}};
    std::map<QString, QJsonArray> listed;
    for (size_t i = gradeSheet->from; i < gradeSheet->table->rows.size(); ++i) {
        const InputRow& row = gradeSheet->table->rows[i];
        const Kind* k = row.blank() ? nullptr : kind(*gradeSheet, row, kGradeKinds);
        if (!k)
            continue;
        unused(*gradeSheet, row, kGradeColumns, *k);
        for (const auto& [kindKey, list] : lists) {
            if (qstrcmp(kindKey, k->key) != 0)
                continue;
            QJsonArray& array = listed[latin(list)];
            const RowObject object = rowObject(*gradeSheet, row, columnsOf(kGradeColumns, *k));
            registerObject(latin(list) + u'[' + QString::number(array.size()) + u']', object);
            array.append(object.json);
        }
    }
    for (const auto& [kindKey, list] : lists) {
        m_places[latin(list)] = sheetPlace(gradeSheet->table);
        if (listed.count(latin(list)))
            root.insert(latin(list), listed[latin(list)]);
    }

    // 结构 and 指标: the tree.
    m_groups = entries(*groupSheet, kGroupColumns, "parent");
    m_indicators = entries(*indicatorSheet, kIndicatorColumns, "group");
    std::map<QString, const Entry*> groupNamed;
    for (const Entry& g : m_groups)
        groupNamed.emplace(g.code, &g);
    const auto noGroup = [&](const Entry& e, const char* key, const QString& code) {
        const Place p = e.object.row;
        const Sheet& s = qstrcmp(key, "parent") == 0 ? *groupSheet : *indicatorSheet;
        problem(tr("%1: no group on the sheet 结构 has the code \"%2\"")
                    .arg(p.table->where(p.line, s.header.at(latin(key)), s.header.header(latin(key))), code));
    };
    for (const Entry& g : m_groups) {
        if (g.parent.isEmpty())
            continue;
        if (!groupNamed.count(g.parent) || g.parent == g.code) {
            noGroup(g, "parent", g.parent);
            continue;
        }
        QString up = g.parent;
        for (size_t steps = 0; !up.isEmpty() && steps <= m_groups.size(); ++steps)
            up = groupNamed.count(up) ? groupNamed.at(up)->parent : QString();
        if (!up.isEmpty())
            problem(tr("%1: the group %2 would lie inside itself (its parents lead back to it)")
                        .arg(g.object.row.table->where(g.object.row.line), g.code));
    }
    std::map<QString, const Entry*> indicatorNamed;
    for (const Entry& e : m_indicators) {
        indicatorNamed.emplace(e.code, &e);
        if (e.parent.isEmpty() || !groupNamed.count(e.parent))
            noGroup(e, "group", e.parent);
    }

    // 选项: options and items, each under its indicator.
    for (size_t i = optionSheet->from; i < optionSheet->table->rows.size(); ++i) {
        const InputRow& row = optionSheet->table->rows[i];
        const Kind* k = row.blank() ? nullptr : kind(*optionSheet, row, kOptionKinds);
        if (!k)
            continue;
        unused(*optionSheet, row, kOptionColumns, *k);
        const QString code = cell(*optionSheet, row, "indicator", Value::Place).value_or(QJsonValue()).toString();
        const Place at = cellPlace(*optionSheet, row, "indicator");
        const auto named = indicatorNamed.find(code);
        if (named == indicatorNamed.end()) {
            problem(tr("%1: no indicator on the sheet 指标 has the code \"%2\"")
                        .arg(at.table->where(at.line, at.column, at.header), code));
            continue;
        }
        const bool option = qstrcmp(k->key, "option") == 0;
        const QString type = named->second->object.json.value(QStringLiteral("type")).toString();
        if (type != (option ? u"choice" : u"checklist")) {
            const Place kindAt = cellPlace(*optionSheet, row, "kind");
            problem(tr("%1: the indicator %2 is of the type \"%3\"; only a choice indicator has options and only a "
                       "checklist has items")
                        .arg(kindAt.table->where(kindAt.line, kindAt.column, kindAt.header), code, type));
            continue;
        }
        m_options[code].emplace_back(option ? QStringLiteral("options") : QStringLiteral("items"),
                                     rowObject(*optionSheet, row, columnsOf(kOptionColumns, *k)));
    }

    // 项目模板: shared templates; inline ones and references under their indicator.
    QJsonArray shared;
    for (size_t i = templateSheet->from; i < templateSheet->table->rows.size(); ++i) {
        const InputRow& row = templateSheet->table->rows[i];
        const Kind* k = row.blank() ? nullptr : kind(*templateSheet, row, kTemplateKinds);
        if (!k)
            continue;
        unused(*templateSheet, row, kTemplateColumns, *k);
        const QString code = cell(*templateSheet, row, "indicator", Value::Place).value_or(QJsonValue()).toString();
        const Place at = cellPlace(*templateSheet, row, "indicator");
        const QString where = at.table->where(at.line, at.column, at.header);
        const RowObject object = rowObject(*templateSheet, row, columnsOf(kTemplateColumns, *k));
        if (qstrcmp(k->key, "shared") == 0) {
            if (!code.isEmpty())
                problem(tr("%1: a shared template belongs to no indicator (an indicator names it on a reference row)")
                            .arg(where));
            registerObject(QStringLiteral("project_templates[") + QString::number(shared.size()) + u']', object);
            shared.append(object.json);
        } else if (!indicatorNamed.count(code)) {
            problem(tr("%1: no indicator on the sheet 指标 has the code \"%2\"").arg(where, code));
        } else {
            m_projects[code].emplace_back(qstrcmp(k->key, "inline") == 0, object);
        }
    }
    if (!shared.isEmpty())
        root.insert(QStringLiteral("project_templates"), shared);

    if (!m_problems.isEmpty())
        return refused();
    root.insert(QStringLiteral("groups"), assemble(QString(), QString()));
    return root;
}

} // namespace

Result<IndicatorSet> IndicatorSetXlsx::read(const QString& path, const QString& sourceName)
{
    auto sheets = XlsxReader::readWorkbook(path, sourceName);
    if (!sheets)
        return sheets.error();
    WorkbookReader reader(*sheets, sourceName);
    auto object = reader.build();
    if (!object)
        return object.error();
    return parseIndicatorSet(*object, sourceName, [&reader](const QString& at) { return reader.place(at); });
}

} // namespace cc::io
