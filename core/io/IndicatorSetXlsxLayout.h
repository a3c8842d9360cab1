// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/InputTable.h"

#include <vector>

// The layout of an indicator set as a workbook (docs/indicator-set-xlsx.md): its sheets and their
// columns, shared by IndicatorSetXlsx's writer and reader so that both say the same. A header is the
// Chinese name and the English key ("权重 weight"); the reader finds a column by either or both, in any
// order. The headers are part of the file format, the same whatever the UI language (not translated).
namespace cc::io::setxlsx {

// What a column holds, and how its cells are written and read.
enum class Value {
    Text, // a string, written as text; a blank cell is no field
    Code, // a string without surrounding spaces (codes, the format's words: "number", "higher_better")
    Number, // a number cell (a number typed as text, also with full-width digits, is read too)
    Boolean, // TRUE/FALSE (是/否, 1/0 read too)
    List, // strings in one cell, separated by ';' or '；' (a JSON array when that cannot hold them)
    Json, // any JSON value, compact
    TextZh, // the `zh` of a text object {"zh": …, "en": …}: the field is the column's key
    TextEn, // its `en`: the field is the key without "_en"
    Place, // places the row (its group, indicator, kind, order): no field of the row's object
};

struct Column
{
    const char* key; // English; the JSON field (TextEn: field + "_en"); lower case
    const char* header; // as written: "权重 weight" (lower case, NFKC: what HeaderMap compares with)
    const char* zh; // the Chinese name alone, also accepted as a header
    Value value;
    double width; // in characters
};

// Sheet names: a reader finds the sheets by them.
inline constexpr char kReadmeSheet[] = "说明";
inline constexpr char kGroupSheet[] = "结构";
inline constexpr char kIndicatorSheet[] = "指标";
inline constexpr char kOptionSheet[] = "选项";
inline constexpr char kTemplateSheet[] = "项目模板";
inline constexpr char kGradeSheet[] = "等级";

// The key of the column that holds a row's unknown fields as a compact JSON object.
inline constexpr char kExtra[] = "extra";

// 说明: the set's own fields, one a row: the field's name in column A, its value in column B.
inline const std::vector<Column> kSetFields = {
    {"format", "格式 format", "格式", Value::Text, 0},
    {"format_version", "格式版本 format_version", "格式版本", Value::Number, 0},
    {"code", "代码 code", "代码", Value::Code, 0},
    {"version", "版本 version", "版本", Value::Code, 0},
    {"name", "名称 name", "名称", Value::TextZh, 0},
    {"name_en", "英文名称 name_en", "英文名称", Value::TextEn, 0},
    {"description", "简介 description", "简介", Value::TextZh, 0},
    {"description_en", "英文简介 description_en", "英文简介", Value::TextEn, 0},
    {"source", "来源 source", "来源", Value::Text, 0},
    {"bottom_line_cap", "底线封顶等级 bottom_line_cap", "底线封顶等级", Value::Text, 0},
    {"provisional_below", "暂定覆盖率 provisional_below", "暂定覆盖率", Value::Number, 0},
    {"time_bound_months", "限时解决月数 time_bound_months", "限时解决月数", Value::Number, 0},
    {"extra", "其他字段 extra", "其他字段", Value::Json, 0},
};

// 结构: one row per group.
inline const std::vector<Column> kGroupColumns = {
    {"code", "代码 code", "代码", Value::Code, 10},
    {"parent", "上级 parent", "上级", Value::Place, 8},
    {"order", "顺序 order", "顺序", Value::Place, 6},
    {"name", "名称 name", "名称", Value::TextZh, 30},
    {"name_en", "英文名称 name_en", "英文名称", Value::TextEn, 30},
    {"weight", "权重 weight", "权重", Value::Number, 8},
    {"responsible_units", "责任单位 responsible_units", "责任单位", Value::List, 40},
    {"extra", "其他字段 extra", "其他字段", Value::Json, 30},
};

// 指标: one row per indicator.
inline const std::vector<Column> kIndicatorColumns = {
    {"group", "分组 group", "分组", Value::Place, 8},
    {"order", "顺序 order", "顺序", Value::Place, 6},
    {"code", "代码 code", "代码", Value::Code, 10},
    {"name", "名称 name", "名称", Value::TextZh, 36},
    {"name_en", "英文名称 name_en", "英文名称", Value::TextEn, 30},
    {"type", "类型 type", "类型", Value::Code, 11},
    {"unit", "单位 unit", "单位", Value::Text, 8},
    {"weight", "权重 weight", "权重", Value::Number, 8},
    {"required", "必答 required", "必答", Value::Boolean, 8},
    {"scored", "计分 scored", "计分", Value::Boolean, 8},
    {"bottom_line", "底线 bottom_line", "底线", Value::Boolean, 8},
    {"time_bound", "限时解决 time_bound", "限时解决", Value::Boolean, 8},
    {"severity", "严重程度 severity", "严重程度", Value::Text, 8},
    {"pass_score", "合格分 pass_score", "合格分", Value::Number, 8},
    {"pass_value", "合格值 pass_value", "合格值", Value::Boolean, 8},
    {"direction", "方向 direction", "方向", Value::Code, 14},
    {"target", "目标值 target", "目标值", Value::Number, 8},
    {"zero_at", "零分值 zero_at", "零分值", Value::Number, 8},
    {"normalize_by", "折算依据 normalize_by", "折算依据", Value::Code, 12},
    {"per", "折算基数 per", "折算基数", Value::Number, 8},
    {"min", "最小值 min", "最小值", Value::Number, 8},
    {"max", "最大值 max", "最大值", Value::Number, 8},
    {"scale_min", "评分下限 scale_min", "评分下限", Value::Number, 8},
    {"scale_max", "评分上限 scale_max", "评分上限", Value::Number, 8},
    {"applies_to", "适用类型 applies_to", "适用类型", Value::List, 20},
    {"evidence", "佐证 evidence", "佐证", Value::Code, 14},
    {"national_ref", "国家指标编号 national_ref", "国家指标编号", Value::Text, 14},
    {"source", "依据 source", "依据", Value::Text, 30},
    {"responsible_units", "责任单位 responsible_units", "责任单位", Value::List, 30},
    {"guidance", "检查说明 guidance", "检查说明", Value::TextZh, 40},
    {"guidance_en", "英文检查说明 guidance_en", "英文检查说明", Value::TextEn, 30},
    {"source_ledger", "台账计算 source_ledger", "台账计算", Value::Json, 20},
    {"source_remediation", "整治率计算 source_remediation", "整治率计算", Value::Boolean, 8},
    {"extra", "其他字段 extra", "其他字段", Value::Json, 30},
};

// 选项: the options of choice indicators and the items of checklists, in their order.
inline const std::vector<Column> kOptionColumns = {
    {"indicator", "指标 indicator", "指标", Value::Place, 10},
    {"kind", "类别 kind", "类别", Value::Place, 12},
    {"code", "代码 code", "代码", Value::Code, 12},
    {"label", "名称 label", "名称", Value::TextZh, 30},
    {"label_en", "英文名称 label_en", "英文名称", Value::TextEn, 30},
    {"score", "得分 score", "得分", Value::Number, 8},
    {"points", "分值 points", "分值", Value::Number, 8},
    {"extra", "其他字段 extra", "其他字段", Value::Json, 30},
};

// 项目模板: shared templates, then each indicator's projects in its order (inline templates and
// references to shared ones).
inline const std::vector<Column> kTemplateColumns = {
    {"kind", "方式 kind", "方式", Value::Place, 14},
    {"indicator", "指标 indicator", "指标", Value::Place, 10},
    {"code", "代码 code", "代码", Value::Code, 18},
    {"name", "名称 name", "名称", Value::TextZh, 36},
    {"name_en", "英文名称 name_en", "英文名称", Value::TextEn, 30},
    {"class", "改造类别 class", "改造类别", Value::Text, 8},
    {"quantity", "数量方式 quantity", "数量方式", Value::Code, 10},
    {"unit", "单位 unit", "单位", Value::Text, 8},
    {"unit_cost", "单价万元 unit_cost", "单价万元", Value::Number, 10},
    {"alternatives", "替代方案 alternatives", "替代方案", Value::List, 20},
    {"implementer", "实施主体 implementer", "实施主体", Value::Text, 16},
    {"extra", "其他字段 extra", "其他字段", Value::Json, 30},
};

// 等级: community types, grades, severity bands and bottom-line caps, each kind in its order.
inline const std::vector<Column> kGradeColumns = {
    {"kind", "类别 kind", "类别", Value::Place, 16},
    {"code", "代码 code", "代码", Value::Code, 18},
    {"name", "名称 name", "名称", Value::TextZh, 16},
    {"name_en", "英文名称 name_en", "英文名称", Value::TextEn, 24},
    {"label", "标签 label", "标签", Value::TextZh, 10},
    {"label_en", "英文标签 label_en", "英文标签", Value::TextEn, 14},
    {"min", "最低分 min", "最低分", Value::Number, 8},
    {"max", "最高分 max", "最高分", Value::Number, 8},
    {"failures", "底线不合格项数 failures", "底线不合格项数", Value::Number, 10},
    {"grade", "封顶等级 grade", "封顶等级", Value::Text, 10},
    {"extra", "其他字段 extra", "其他字段", Value::Json, 30},
};

// The words of a `kind` column: the English key and its Chinese name (written "选项 option"; either
// alone is read too), and the columns a row of that kind fills besides the Place ones and extra
// (empty: all of them). A cell in another column is refused, and the writer keeps a field another
// kind's column would hold in extra.
struct Kind
{
    const char* key;
    const char* zh;
    const char* uses; // column keys separated by spaces
};
inline const std::vector<Kind> kOptionKinds = {{"option", "选项", "code label label_en score"},
                                               {"item", "清单项", "code label label_en points"}};
inline const std::vector<Kind> kTemplateKinds = {
    {"shared", "共享模板", ""}, {"inline", "内嵌模板", ""}, {"reference", "引用", "code"}};
inline const std::vector<Kind> kGradeKinds = {{"community_type", "社区类型", "code name name_en"},
                                              {"grade", "等级", "min label label_en"},
                                              {"severity", "严重程度", "max label label_en"},
                                              {"cap", "底线封顶", "failures grade"}};

// The columns a row of `kind` fills: its own, the Place ones and extra.
inline std::vector<Column> columnsOf(const std::vector<Column>& columns, const Kind& kind)
{
    if (!*kind.uses)
        return columns;
    const QStringList uses = QString::fromLatin1(kind.uses).split(u' ');
    std::vector<Column> out;
    for (const Column& c : columns) {
        if (c.value == Value::Place || uses.contains(QLatin1String(c.key))
            || QLatin1String(c.key) == QLatin1String(kExtra))
            out.push_back(c);
    }
    return out;
}

// The column specs HeaderMap reads a sheet's header with (the key, the header as written, the
// Chinese name).
inline std::vector<ColumnSpec> columnSpecs(const std::vector<Column>& columns)
{
    std::vector<ColumnSpec> specs;
    for (const Column& c : columns)
        specs.push_back({c.key, {c.header, c.zh}});
    return specs;
}

} // namespace cc::io::setxlsx
