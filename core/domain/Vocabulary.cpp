// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Vocabulary.h"

#include <QHash>

namespace cc {

namespace {

bool chinese(const QString& language)
{
    return language.startsWith(QStringLiteral("zh"));
}

const QHash<QString, QString>& unitTable()
{
    static const QHash<QString, QString> table {
        {QStringLiteral("栋"), QStringLiteral("buildings")},
        {QStringLiteral("套"), QStringLiteral("dwellings")},
        {QStringLiteral("户"), QStringLiteral("households")},
        {QStringLiteral("处"), QStringLiteral("sites")},
        {QStringLiteral("个"), QStringLiteral("")},
        {QStringLiteral("份"), QStringLiteral("questionnaires")},
        {QStringLiteral("单元"), QStringLiteral("stairwells")},
        {QStringLiteral("项"), QStringLiteral("items")},
        {QStringLiteral("类"), QStringLiteral("kinds")},
        {QStringLiteral("人"), QStringLiteral("people")},
        {QStringLiteral("人次"), QStringLiteral("person-visits")},
        {QStringLiteral("次/年"), QStringLiteral("times a year")},
        {QStringLiteral("件/年（原始件数）"), QStringLiteral("cases a year (as recorded)")},
        {QStringLiteral("千米"), QStringLiteral("km")},
        {QStringLiteral("米"), QStringLiteral("m")},
        {QStringLiteral("平方米"), QStringLiteral("m²")},
        {QStringLiteral("公顷"), QStringLiteral("ha")},
        {QStringLiteral("万元"), QStringLiteral("× 10,000 yuan")},
        {QStringLiteral("元"), QStringLiteral("yuan")},
        {QStringLiteral("部"), QStringLiteral("lifts")},
        {QStringLiteral("m²（有效避难面积合计）"), QStringLiteral("m² (effective shelter area in all)")},
        {QStringLiteral("m²（公共绿地面积合计）"), QStringLiteral("m² (public green space in all)")},
        {QStringLiteral("个（泊位总数）"), QStringLiteral("parking spaces in all")},
    };
    return table;
}

const QHash<QString, QString>& bodyTable()
{
    static const QHash<QString, QString> table {
        {QStringLiteral("县住房城乡建设局"), QStringLiteral("County Housing and Urban-Rural Development Bureau")},
        {QStringLiteral("县委组织部"), QStringLiteral("County Party Organisation Department")},
        {QStringLiteral("县委社会工作部"), QStringLiteral("County Party Social Work Department")},
        {QStringLiteral("县发展改革委"), QStringLiteral("County Development and Reform Commission")},
        {QStringLiteral("县国资委"), QStringLiteral("County State-owned Assets Commission")},
        {QStringLiteral("县财政局"), QStringLiteral("County Finance Bureau")},
        {QStringLiteral("县自然资源局"), QStringLiteral("County Natural Resources Bureau")},
        {QStringLiteral("乡镇人民政府（街道办事处）"), QStringLiteral("Township Government (Street Office)")},
        {QStringLiteral("县民政局"), QStringLiteral("County Civil Affairs Bureau")},
        {QStringLiteral("县卫生健康委"), QStringLiteral("County Health Commission")},
        {QStringLiteral("县教育局"), QStringLiteral("County Education Bureau")},
        {QStringLiteral("县商务局"), QStringLiteral("County Commerce Bureau")},
        {QStringLiteral("县市场监管局"), QStringLiteral("County Market Regulation Bureau")},
        {QStringLiteral("县应急管理局"), QStringLiteral("County Emergency Management Bureau")},
        {QStringLiteral("县国防动员办"), QStringLiteral("County National Defence Mobilisation Office")},
        {QStringLiteral("县消防救援大队"), QStringLiteral("County Fire and Rescue Brigade")},
        {QStringLiteral("县城市管理局"), QStringLiteral("County Urban Management Bureau")},
        {QStringLiteral("县水利局"), QStringLiteral("County Water Resources Bureau")},
        {QStringLiteral("县供电公司"), QStringLiteral("County Power Supply Company")},
        {QStringLiteral("县工业和信息化局"), QStringLiteral("County Industry and Information Technology Bureau")},
        {QStringLiteral("县气象局"), QStringLiteral("County Meteorological Bureau")},
        {QStringLiteral("县委政法委"), QStringLiteral("County Party Political and Legal Affairs Commission")},
        {QStringLiteral("县公安局"), QStringLiteral("County Public Security Bureau")},
        {QStringLiteral("县残联"), QStringLiteral("County Disabled Persons' Federation")},
        {QStringLiteral("县体育局"), QStringLiteral("County Sports Bureau")},
        {QStringLiteral("县生态环境局"), QStringLiteral("County Ecology and Environment Bureau")},
        {QStringLiteral("县政务服务办"), QStringLiteral("County Government Services Office")},
        {QStringLiteral("市邮政管理局"), QStringLiteral("City Postal Administration")},
        {QStringLiteral("县文化和旅游局"), QStringLiteral("County Culture and Tourism Bureau")},
    };
    return table;
}

} // namespace

QString Vocabulary::unit(const QString& unit, const QString& language)
{
    if (chinese(language))
        return unit;
    return unitTable().value(unit, unit);
}

QString Vocabulary::body(const QString& name, const QString& language)
{
    if (chinese(language))
        return name;
    return bodyTable().value(name, name);
}

QStringList Vocabulary::bodies(const QStringList& names, const QString& language)
{
    QStringList out;
    out.reserve(names.size());
    for (const QString& n : names)
        out << body(n, language);
    return out;
}

} // namespace cc
