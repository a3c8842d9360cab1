// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an indicator set as a workbook (docs/indicator-set-xlsx.md): its canonical JSON laid out on
// the sheets of IndicatorSetXlsxLayout.h, every field a column does not hold kept in "其他字段 extra".
#include "core/io/IndicatorSetJson.h"
#include "core/io/IndicatorSetXlsx.h"
#include "core/io/IndicatorSetXlsxLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <clocale>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include <xlsxwriter.h>

namespace cc::io {

namespace {

using namespace setxlsx;

// The longest text a cell holds (Excel's limit).
constexpr qsizetype kMaxCellText = 32767;
// Rows a dropdown list covers.
constexpr lxw_row_t kValidatedRows = 10000;

QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString compact(const QJsonValue& value)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    return array.mid(1).chopped(1);
}

bool nonBlank(const QJsonValue& value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

// A list as one cell: its strings separated by '；' when the reader splits it back into the same
// strings, else the JSON array.
QString listText(const QJsonArray& list)
{
    QStringList items;
    bool plain = !list.isEmpty();
    for (const QJsonValue& v : list) {
        const QString s = v.toString();
        if (s.trimmed().isEmpty() || s != s.trimmed() || s.contains(u';') || s.contains(u'；'))
            plain = false;
        items << s;
    }
    if (plain && items.first().startsWith(u'['))
        plain = false;
    return plain ? items.join(u'；') : compact(list);
}

// The cells of one row: each column's value by its key, and what no column holds (the extra column).
struct Cells
{
    std::map<QString, QJsonValue> values;
    QJsonObject extra;
};

// Splits a JSON object into the columns that can hold its fields exactly (a reader gives each back as
// it was) and the rest.
Cells split(QJsonObject object, const std::vector<Column>& columns)
{
    Cells out;
    QJsonObject nested; // other languages of text objects: {"name": {"fr": …}}
    for (const Column& c : columns) {
        const QString key = latin(c.key);
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || key == QLatin1String(kExtra))
            continue;
        bool fits = false;
        switch (c.value) {
        case Value::Text:
            fits = nonBlank(v);
            break;
        case Value::Code:
            fits = nonBlank(v) && v.toString() == v.toString().trimmed();
            break;
        case Value::Number:
            fits = v.isDouble() && std::isfinite(v.toDouble());
            break;
        case Value::Boolean:
            fits = v.isBool();
            break;
        case Value::List:
            fits = v.isArray();
            for (const QJsonValue& item : v.toArray())
                fits = fits && item.isString();
            break;
        case Value::Json:
            fits = true;
            break;
        case Value::TextZh: {
            QJsonObject text = v.toObject();
            const QJsonValue en = text.value(QStringLiteral("en"));
            if (v.isObject() && nonBlank(text.value(QStringLiteral("zh"))) && (en.isUndefined() || nonBlank(en))) {
                out.values[key] = text.take(QStringLiteral("zh"));
                if (!en.isUndefined())
                    out.values[key + QStringLiteral("_en")] = text.take(QStringLiteral("en"));
                if (!text.isEmpty())
                    nested.insert(key, text);
                object.remove(key);
            }
            continue;
        }
        case Value::TextEn:
        case Value::Place:
            continue;
        }
        if (fits)
            out.values[key] = object.take(key);
    }
    for (auto it = nested.begin(); it != nested.end(); ++it)
        object.insert(it.key(), it.value());
    out.extra = object;
    return out;
}

class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetXlsx)

public:
    explicit WorkbookWriter(lxw_workbook* book)
        : m_book(book)
    {
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xE8F0EC);
        format_set_border(m_header, LXW_BORDER_THIN);
        m_text = workbook_add_format(book);
        format_set_num_format(m_text, "@"); // what is typed into it later stays text too ("2025.10")
        m_prose = workbook_add_format(book);
        m_title = workbook_add_format(book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 13);
    }

    void write(const IndicatorSet& set);
    const QString& problem() const { return m_problem; }

private:
    lxw_worksheet* table(const char* name, const std::vector<Column>& columns);
    void finish(lxw_worksheet* sheet, const std::vector<Column>& columns, lxw_row_t rows);
    void row(lxw_worksheet* sheet, lxw_row_t r, const std::vector<Column>& columns, const Cells& cells);
    void value(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const QJsonValue& v, Value kind);
    void text(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const QString& text, lxw_format* format);
    void dropdown(lxw_worksheet* sheet, lxw_col_t c, const QStringList& words);
    void readme(const QJsonObject& root);
    void groups(const QJsonArray& groups);
    void options();
    void templates(const QJsonArray& shared);
    void grades(const QJsonObject& root);

    lxw_workbook* m_book;
    lxw_format* m_header;
    lxw_format* m_text;
    lxw_format* m_prose;
    lxw_format* m_title;
    QString m_problem;
    std::vector<QJsonObject> m_indicators; // in set order, for the options and projects sheets
};

lxw_worksheet* WorkbookWriter::table(const char* name, const std::vector<Column>& columns)
{
    lxw_worksheet* sheet = workbook_add_worksheet(m_book, name);
    for (size_t i = 0; i < columns.size(); ++i) {
        const auto c = static_cast<lxw_col_t>(i);
        const Value kind = columns[i].value;
        const bool textual = kind != Value::Number && kind != Value::Place;
        worksheet_set_column(sheet, c, c, columns[i].width, textual ? m_text : nullptr);
        worksheet_write_string(sheet, 0, c, columns[i].header, m_header);
    }
    return sheet;
}

void WorkbookWriter::finish(lxw_worksheet* sheet, const std::vector<Column>& columns, lxw_row_t rows)
{
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, std::max<lxw_row_t>(rows, 1) - 1, static_cast<lxw_col_t>(columns.size() - 1));
}

void WorkbookWriter::text(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const QString& text, lxw_format* format)
{
    if (text.size() > kMaxCellText && m_problem.isEmpty())
        m_problem = tr("a text of %1 characters is longer than a spreadsheet cell holds (%2)")
                        .arg(text.size())
                        .arg(kMaxCellText);
    // Always a string, never a formula: a text that starts with '=' stays that text.
    worksheet_write_string(sheet, r, c, text.toUtf8().constData(), format);
}

void WorkbookWriter::value(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const QJsonValue& v, Value kind)
{
    switch (kind) {
    case Value::Number: {
        const double d = v.toDouble();
        // libxlsxwriter writes 16 significant digits: a number that needs more goes as its exact text.
        if (QByteArray::number(d, 'g', 16).toDouble() == d)
            worksheet_write_number(sheet, r, c, d, nullptr);
        else
            text(sheet, r, c, QString::number(d, 'f', QLocale::FloatingPointShortest), m_text);
        return;
    }
    case Value::Boolean:
        // As the text TRUE/FALSE, not a boolean cell: LibreOffice saves a boolean cell as the formula TRUE(),
        // whose value the reader does not get back; typed into the column (formatted as text) it stays text too.
        text(sheet, r, c, v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"), m_text);
        return;
    case Value::List:
        text(sheet, r, c, listText(v.toArray()), m_text);
        return;
    case Value::Json:
        text(sheet, r, c, compact(v), m_text);
        return;
    case Value::Place:
        if (v.isDouble())
            worksheet_write_number(sheet, r, c, v.toDouble(), nullptr);
        else
            text(sheet, r, c, v.toString(), m_text);
        return;
    case Value::Text:
    case Value::Code:
    case Value::TextZh:
    case Value::TextEn:
        text(sheet, r, c, v.toString(), m_text);
        return;
    }
}

void WorkbookWriter::row(lxw_worksheet* sheet, lxw_row_t r, const std::vector<Column>& columns, const Cells& cells)
{
    for (size_t i = 0; i < columns.size(); ++i) {
        const QString key = latin(columns[i].key);
        if (key == QLatin1String(kExtra)) {
            if (!cells.extra.isEmpty())
                value(sheet, r, static_cast<lxw_col_t>(i), cells.extra, Value::Json);
        } else if (const auto it = cells.values.find(key); it != cells.values.end()) {
            if (!(it->second.isString() && it->second.toString().isEmpty())) // a top-level group's parent
                value(sheet, r, static_cast<lxw_col_t>(i), it->second, columns[i].value);
        }
    }
}

void WorkbookWriter::dropdown(lxw_worksheet* sheet, lxw_col_t c, const QStringList& words)
{
    std::vector<QByteArray> bytes;
    for (const QString& w : words)
        bytes.push_back(w.toUtf8());
    std::vector<char*> list;
    for (QByteArray& b : bytes)
        list.push_back(b.data());
    list.push_back(nullptr);
    lxw_data_validation validation {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING; // a hint, not a lock
    worksheet_data_validation_range(sheet, 1, c, kValidatedRows, c, &validation);
}

int columnOf(const std::vector<Column>& columns, const char* key)
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (qstrcmp(columns[i].key, key) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

QStringList kindWords(const std::vector<Kind>& kinds)
{
    QStringList words;
    for (const Kind& k : kinds)
        words << utf8(k.zh) + u' ' + latin(k.key);
    return words;
}

const Kind& kindNamed(const std::vector<Kind>& kinds, const char* key)
{
    for (const Kind& k : kinds) {
        if (qstrcmp(k.key, key) == 0)
            return k;
    }
    return kinds.front();
}

QString kindWord(const std::vector<Kind>& kinds, const char* key)
{
    const Kind& k = kindNamed(kinds, key);
    return utf8(k.zh) + u' ' + latin(k.key);
}

// A row's Place cells: column key → value.
Cells placed(Cells cells, std::initializer_list<std::pair<const char*, QJsonValue>> places)
{
    for (const auto& [key, v] : places)
        cells.values[latin(key)] = v;
    return cells;
}

void WorkbookWriter::groups(const QJsonArray& top)
{
    lxw_worksheet* groupSheet = table(kGroupSheet, kGroupColumns);
    lxw_worksheet* indicatorSheet = table(kIndicatorSheet, kIndicatorColumns);
    lxw_row_t groupRow = 1;
    lxw_row_t indicatorRow = 1;
    // Depth first: a group, its sub-groups, then its own indicators (the set's order).
    std::function<void(const QJsonArray&, const QString&)> walk = [&](const QJsonArray& groups, const QString& parent) {
        int order = 0;
        for (const QJsonValue& g : groups) {
            QJsonObject group = g.toObject();
            const QJsonArray subGroups = group.take(QStringLiteral("groups")).toArray();
            const QJsonArray indicators = group.take(QStringLiteral("indicators")).toArray();
            const QString code = group.value(QStringLiteral("code")).toString();
            row(groupSheet,
                groupRow++,
                kGroupColumns,
                placed(split(group, kGroupColumns), {{"parent", parent}, {"order", ++order}}));
            walk(subGroups, code);
            int indicatorOrder = 0;
            for (const QJsonValue& i : indicators) {
                QJsonObject indicator = i.toObject();
                m_indicators.push_back(indicator);
                const QString type = indicator.value(QStringLiteral("type")).toString();
                if (type == u"choice" && indicator.value(QStringLiteral("options")).isArray())
                    indicator.remove(QStringLiteral("options"));
                if (type == u"checklist" && indicator.value(QStringLiteral("items")).isArray())
                    indicator.remove(QStringLiteral("items"));
                if (indicator.value(QStringLiteral("projects")).isArray())
                    indicator.remove(QStringLiteral("projects"));
                row(indicatorSheet,
                    indicatorRow++,
                    kIndicatorColumns,
                    placed(split(indicator, kIndicatorColumns), {{"group", code}, {"order", ++indicatorOrder}}));
            }
        }
    };
    walk(top, QString());
    finish(groupSheet, kGroupColumns, groupRow);
    finish(indicatorSheet, kIndicatorColumns, indicatorRow);
    const auto words = [](const char* list) { return latin(list).split(u' '); };
    for (size_t c = 0; c < kIndicatorColumns.size(); ++c) {
        if (kIndicatorColumns[c].value == Value::Boolean)
            dropdown(indicatorSheet, static_cast<lxw_col_t>(c), words("TRUE FALSE"));
    }
    dropdown(indicatorSheet,
             static_cast<lxw_col_t>(columnOf(kIndicatorColumns, "type")),
             words("boolean number rating choice checklist text"));
    dropdown(indicatorSheet,
             static_cast<lxw_col_t>(columnOf(kIndicatorColumns, "direction")),
             words("higher_better lower_better"));
    dropdown(indicatorSheet,
             static_cast<lxw_col_t>(columnOf(kIndicatorColumns, "normalize_by")),
             words("households buildings population area_ha"));
    dropdown(indicatorSheet,
             static_cast<lxw_col_t>(columnOf(kIndicatorColumns, "evidence")),
             words("none optional photo_required"));
}

void WorkbookWriter::options()
{
    lxw_worksheet* sheet = table(kOptionSheet, kOptionColumns);
    lxw_row_t r = 1;
    for (const QJsonObject& indicator : m_indicators) {
        const QString type = indicator.value(QStringLiteral("type")).toString();
        const char* kind = type == u"choice" ? "option" : type == u"checklist" ? "item" : nullptr;
        const QJsonValue entries =
            indicator.value(type == u"choice" ? QStringLiteral("options") : QStringLiteral("items"));
        if (!kind || !entries.isArray())
            continue;
        for (const QJsonValue& entry : entries.toArray()) {
            row(sheet,
                r++,
                kOptionColumns,
                placed(
                    split(entry.toObject(), columnsOf(kOptionColumns, kindNamed(kOptionKinds, kind))),
                    {{"indicator", indicator.value(QStringLiteral("code"))}, {"kind", kindWord(kOptionKinds, kind)}}));
        }
    }
    finish(sheet, kOptionColumns, r);
    dropdown(sheet, static_cast<lxw_col_t>(columnOf(kOptionColumns, "kind")), kindWords(kOptionKinds));
}

void WorkbookWriter::templates(const QJsonArray& shared)
{
    lxw_worksheet* sheet = table(kTemplateSheet, kTemplateColumns);
    lxw_row_t r = 1;
    for (const QJsonValue& t : shared)
        row(sheet,
            r++,
            kTemplateColumns,
            placed(split(t.toObject(), kTemplateColumns), {{"kind", kindWord(kTemplateKinds, "shared")}}));
    for (const QJsonObject& indicator : m_indicators) {
        const QJsonValue code = indicator.value(QStringLiteral("code"));
        for (const QJsonValue& project : indicator.value(QStringLiteral("projects")).toArray()) {
            if (project.isObject())
                row(sheet,
                    r++,
                    kTemplateColumns,
                    placed(split(project.toObject(), kTemplateColumns),
                           {{"kind", kindWord(kTemplateKinds, "inline")}, {"indicator", code}}));
            else
                row(sheet,
                    r++,
                    kTemplateColumns,
                    placed(Cells {},
                           {{"kind", kindWord(kTemplateKinds, "reference")}, {"indicator", code}, {"code", project}}));
        }
    }
    finish(sheet, kTemplateColumns, r);
    dropdown(sheet, static_cast<lxw_col_t>(columnOf(kTemplateColumns, "kind")), kindWords(kTemplateKinds));
    dropdown(sheet,
             static_cast<lxw_col_t>(columnOf(kTemplateColumns, "class")),
             {QStringLiteral("基础"), QStringLiteral("完善"), QStringLiteral("提升"), QStringLiteral("管理")});
    dropdown(sheet,
             static_cast<lxw_col_t>(columnOf(kTemplateColumns, "quantity")),
             {QStringLiteral("one"), QStringLiteral("value"), QStringLiteral("gap")});
}

void WorkbookWriter::grades(const QJsonObject& root)
{
    lxw_worksheet* sheet = table(kGradeSheet, kGradeColumns);
    lxw_row_t r = 1;
    const std::pair<const char*, const char*> lists[] = {{"community_types", "community_type"},
                                                         {"grades", "grade"},
                                                         {"severity_bands", "severity"},
                                                         {"bottom_line_caps", "cap"}};
    for (const auto& [list, kind] : lists) {
        for (const QJsonValue& entry : root.value(latin(list)).toArray())
            row(sheet,
                r++,
                kGradeColumns,
                placed(split(entry.toObject(), columnsOf(kGradeColumns, kindNamed(kGradeKinds, kind))),
                       {{"kind", kindWord(kGradeKinds, kind)}}));
    }
    finish(sheet, kGradeColumns, r);
    dropdown(sheet, static_cast<lxw_col_t>(columnOf(kGradeColumns, "kind")), kindWords(kGradeKinds));
}

void WorkbookWriter::write(const IndicatorSet& set)
{
    QJsonObject root = indicatorSetToJson(set);
    const QJsonArray groupList = root.take(QStringLiteral("groups")).toArray();
    const QJsonArray shared = root.take(QStringLiteral("project_templates")).toArray();
    QJsonObject lists;
    for (const char* key : {"community_types", "grades", "severity_bands", "bottom_line_caps"})
        lists.insert(latin(key), root.take(latin(key)));
    readme(root);
    groups(groupList);
    options();
    templates(shared);
    grades(lists);
}

// The readme's notes and text are part of the file, the same for every reader in both languages
// (Chinese, then English), so they are not translated.
struct Note
{
    const char* key;
    const char* note;
};

const Note kFieldNotes[] = {
    {"format", "固定为 communitycheck.indicator-set / always communitycheck.indicator-set"},
    {"format_version", "固定为 1 / always 1"},
    {"code", "必填：字母、数字、_ . -，最多 40 个 / required: letters, digits, _ . -, at most 40"},
    {"version", "必填；代码+版本确定一个指标集，内容改动后须换新版本 / required; a changed set needs a new version"},
    {"name", "必填 / required"},
    {"bottom_line_cap", "可选：底线不合格时最高等级；或在“等级”表写底线封顶行 / optional; or cap rows on 等级"},
    {"provisional_below", "可选，默认 0.8：覆盖率低于此值时得分为暂定 / optional, default 0.8"},
    {"time_bound_months", "可选，默认 12：限时解决问题的期限（月） / optional, default 12 months"},
    {"extra", "本程序不认识的字段（JSON），原样保留 / fields this program does not know (JSON), kept as they are"},
};

const char* const kReadmeText[] = {
    "本工作簿是一个社区体检指标集（JSON 格式 communitycheck.indicator-set 第 1 版）的表格形式：可在 WPS、Excel "
    "或 LibreOffice 中修改，再用“导入指标集”或 communitycheck-cli sets import 文件.xlsx 导回。",
    "指标集由“代码”和“版本”确定。内容有任何改动，请给出新的版本号（或新的代码）；同代码同版本而内容不同的指标集会被拒绝"
    "。",
    "工作表：说明（本页，上方为指标集本身的字段）；结构（分组：工程、任务，每行一个）；指标（每行一个指标）；选项（单选"
    "题的选项、"
    "清单题的清单项）；项目模板（共享模板、指标内嵌的模板、指标对共享模板的引用）；等级（社区类型、综合等级、问题严重程"
    "度、底线封顶）。"
    "请勿修改工作表名称。",
    "各表的列按表头查找，列的先后可以调整；表头可写中文名、英文名或两者（如“权重 "
    "weight”）。必填列：结构——代码、名称；指标——分组、"
    "代码、名称、类型；选项——指标、类别、代码、名称；项目模板——方式、代码；等级——类别。",
    "留空的单元格表示使用默认值。数值请写成数字；是/否字段写 TRUE/FALSE（也可写 是/否、1/0）。",
    "列表（责任单位、适用类型、替代方案）写在一个单元格中，用“;”或“；”分隔；第一个责任单位为牵头单位，其余为配合单位。",
    "类型 type：boolean（是否）、number（数值）、rating（评分）、choice（单选）、checklist（清单）、text（文本）。方向 "
    "direction：higher_better（越高越好）、lower_better（越低越好）。佐证 "
    "evidence：none、optional、photo_required。折算依据 "
    "normalize_by：households、buildings、population、area_ha。数量方式 quantity：one、value、gap。",
    "“顺序 "
    "order”决定同一上级下分组或指标的先后；顺序留空的行排在同组中它上面那一行之后。结构表“上级”留空为顶层分组；指标表“"
    "分组”填所属分组的代码。",
    "选项表：类别为“选项 option”（单选题，填得分 score）或“清单项 item”（清单题，填分值 "
    "points），同一指标的行按先后排列。",
    "项目模板表：方式为“共享模板 shared”（可被多个指标引用，指标列留空）、“内嵌模板 "
    "inline”（只属于指标列中的指标）或“引用 "
    "reference”（指标引用一个共享模板，只填指标和代码）。同一指标的项目按行的先后排列。",
    "等级表：类别为“社区类型 community_type”（代码、名称）、“等级 grade”（最低分、标签）、“严重程度 "
    "severity”（最高分、标签）或“底线封顶 "
    "cap”（底线不合格项数、封顶等级）。",
    "“其他字段 extra”列以 JSON 保存本程序不认识的字段，导出再导入时原样保留；不了解时请勿修改。",
    "导入时按与 JSON 格式相同的规则检查；有错误时提示工作表、行、列和对应的 JSON 路径，并且不保存任何内容。",
    "",
    "This workbook is an indicator set (the JSON format communitycheck.indicator-set, version 1) as a spreadsheet: "
    "edit "
    "it in WPS, Excel or LibreOffice and import it back (Import indicator set, or communitycheck-cli sets import "
    "FILE.xlsx).",
    "The code and the version identify the set: a changed set needs a new version (or a new code); the same code and "
    "version with other content is refused.",
    "Sheets: 说明 (this page; the set's own fields above), 结构 (groups, one a row), 指标 (one indicator a row), 选项 "
    "(options of choice indicators, items of checklists), 项目模板 (shared templates, templates inline in an "
    "indicator, references to shared ones), 等级 (community types, grades, severity bands, bottom-line caps). Do not "
    "rename the sheets.",
    "Columns are found by their header, in any order; a header may be the Chinese name, the English key or both "
    "(\"权重 weight\"). Required columns: 结构 code, name; 指标 group, code, name, type; 选项 indicator, kind, code, "
    "label; 项目模板 kind, code; 等级 kind.",
    "An empty cell means the default. Write numbers as numbers and yes/no fields as TRUE/FALSE (是/否 and 1/0 are "
    "read too). Lists (responsible units, community types, alternatives) go in one cell separated by ';' or '；'; the "
    "first responsible unit leads.",
    "order: the place of a group or indicator among those of its parent; a row without one follows the row above it "
    "in the same parent. 结构 parent empty = a top-level group; 指标 group = the code of its group. The rows of one "
    "indicator's options and projects are in their order.",
    "The column 其他字段 extra keeps the fields this program does not know, as JSON, unchanged from export to import.",
    "An import checks the workbook by the rules of the JSON format; an error names the sheet, row and column and the "
    "JSON path, and nothing is stored.",
};

void WorkbookWriter::readme(const QJsonObject& root)
{
    lxw_worksheet* sheet = workbook_add_worksheet(m_book, kReadmeSheet);
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    worksheet_set_column(sheet, 1, 1, 60, m_text);
    worksheet_set_column(sheet, 2, 2, 60, nullptr);
    text(sheet, 0, 0, QStringLiteral("字段 field"), m_header);
    text(sheet, 0, 1, QStringLiteral("值 value"), m_header);
    text(sheet, 0, 2, QStringLiteral("说明 note"), m_header);
    const Cells cells = split(root, kSetFields);
    lxw_row_t r = 1;
    for (const Column& field : kSetFields) {
        text(sheet, r, 0, utf8(field.header), nullptr);
        const QString key = latin(field.key);
        if (key == QLatin1String(kExtra)) {
            if (!cells.extra.isEmpty())
                value(sheet, r, 1, cells.extra, Value::Json);
        } else if (const auto it = cells.values.find(key); it != cells.values.end()) {
            value(sheet, r, 1, it->second, field.value);
        }
        for (const Note& note : kFieldNotes) {
            if (key == QLatin1String(note.key))
                text(sheet, r, 2, utf8(note.note), m_prose);
        }
        ++r;
    }
    r += 1;
    text(sheet, r++, 0, QStringLiteral("如何编辑本工作簿 / How to edit this workbook"), m_title);
    for (const char* line : kReadmeText) {
        if (*line)
            text(sheet, r, 0, utf8(line), m_prose);
        ++r;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_activate(sheet);
}

// libxlsxwriter prints numbers with the C library (printf "%.16G"): under a locale with a decimal
// comma it would write "0,5". The C locale while the workbook is written out.
class NumericLocale
{
public:
    NumericLocale()
        : m_saved(std::setlocale(LC_NUMERIC, nullptr))
    {
        std::setlocale(LC_NUMERIC, "C");
    }
    ~NumericLocale() { std::setlocale(LC_NUMERIC, m_saved.c_str()); }
    NumericLocale(const NumericLocale&) = delete;
    NumericLocale& operator=(const NumericLocale&) = delete;

private:
    std::string m_saved;
};

} // namespace

Result<void> IndicatorSetXlsx::write(const IndicatorSet& set, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: the folder %2 does not exist.")
                             .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    // libxlsxwriter writes to a file name: a temporary one beside the target, renamed when complete.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (QFile probe(temporary); !probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown, probe.errorString()));
    lxw_workbook* book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(shown));
    }
    WorkbookWriter writer(book);
    writer.write(set);
    lxw_error closed = LXW_NO_ERROR;
    {
        const NumericLocale c;
        closed = workbook_close(book); // frees the workbook
    }
    if (!writer.problem().isEmpty() || closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return makeError(
            ErrorCode::Io,
            tr("Cannot write %1: %2")
                .arg(shown, writer.problem().isEmpty() ? QString::fromUtf8(lxw_strerror(closed)) : writer.problem()));
    }
    std::error_code renamed; // replaces the target in one step
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), renamed);
    if (renamed) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(shown));
    }
    return {};
}

} // namespace cc::io
