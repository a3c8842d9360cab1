// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Ledger.h"

#include "core/domain/IndicatorSet.h"

#include <algorithm>

namespace cc {

const std::vector<LedgerItem>& nationalLedgerItems()
{
    static const std::vector<LedgerItem> items = [] {
        struct Row
        {
            const char* code;
            int indicator;
            const char* name;
            const char* nameEn;
        };
        static const Row rows[] = {
            {"H1.0", 1, "普查初筛存在结构安全隐患", "Structural hazard in the disaster census screening"},
            {"H1.1", 1, "混凝土结构构件裂缝", "Cracks in concrete structural members"},
            {"H1.2", 1, "违规拆除结构承重构件", "Load-bearing members removed without permission"},
            {"H1.3", 1, "砖混结构砖体缺棱掉角、裂缝、砂浆粉化", "Masonry damaged or cracked, mortar powdering"},
            {"H1.4",
             1,
             "违规拆除窗下墙体加建阳台、加建悬挑飘窗",
             "Walls below windows removed, balconies or bay windows added"},
            {"H2.1",
             2,
             "燃气立管、引入管、水平管运行满20年且锈蚀严重或破损",
             "Gas risers or pipes in service 20 years or more, badly corroded or damaged"},
            {"H3.1",
             3,
             "楼梯踏步、扶手、照明、安全护栏损坏或缺失",
             "Stair treads, handrails, lighting or guard rails damaged or missing"},
            {"H3.2", 3, "通风井道、排风烟道堵塞", "Ventilation shafts or flues blocked"},
            {"H3.3", 3, "消防门缺失、损坏、无法关闭", "Fire doors missing, damaged or not closing"},
            {"H3.4",
             3,
             "高层住宅消火栓缺失或无水、无日常维护、老化损坏",
             "High-rise fire hydrants missing, dry, unmaintained or worn"},
            {"H3.5", 3, "灭火器缺失、未设置灭火器保护设施", "Fire extinguishers missing or unprotected"},
            {"H3.6", 3, "消防安全出口指示灯损坏或缺失", "Exit signs broken or missing"},
            {"H3.7", 3, "占用消防楼梯、楼道、管道井堆放杂物", "Fire stairs, corridors or shafts used for storage"},
            {"H3.8",
             3,
             "公共楼道停放自行车、电动自行车以及违规充电",
             "Bicycles or e-bikes parked or charged in common corridors"},
            {"H4.1",
             4,
             "外墙装饰材料和保温材料开裂、损坏、脱落",
             "External wall finishes or insulation cracked, damaged or falling"},
            {"H4.2", 4, "外墙悬挂设施不规范或损坏松脱", "Fixtures on external walls non-compliant or coming loose"},
            {"H4.3", 4, "门窗玻璃破损、脱落", "Window or door glass broken or falling"},
            {"H4.4", 4, "屋面排水不畅、漏水", "Roof drainage poor or roof leaking"},
            {"H4.5", 4, "外墙内侧、地下室渗水漏水", "Walls or basement seeping or leaking"},
            {"H5.1", 5, "没有独立厨房", "No kitchen of its own"},
            {"H5.2", 5, "没有独立卫生间", "No bathroom of its own"},
            {"H6.1", 6, "给水管线跑冒滴漏", "Water supply pipes leaking"},
            {"H6.2", 6, "排水管线老化破损、渗漏堵塞", "Drainage pipes worn, leaking or blocked"},
            {"H6.3", 6, "采暖季温度不达标", "Heating-season temperature below standard"},
            {"H6.4", 6, "电力管线老化破损及裸露、私搭乱接", "Power lines worn, exposed or tapped illegally"},
            {"H6.5", 6, "电信管线老化破损及裸露、私搭乱接", "Telecom lines worn, exposed or tapped illegally"},
            {"H7.1",
             7,
             "多层住宅具备加装电梯条件但尚未加装",
             "Multi-storey building that could have a lift added, without one"},
            {"H7.2",
             7,
             "单元出入口和通道未进行无障碍改造、地面防滑处理",
             "Entrances and passages not barrier-free or slip-resistant"},
            {"H7.3", 7, "多层无电梯住宅楼梯间未沿墙加装扶手", "Stairwells without lifts lack wall handrails"},
            {"H7.4", 7, "特殊困难老年人家庭未实施适老化改造", "Homes of older people in special hardship not adapted"},
            {"H8.1",
             8,
             "2000年以前建成、需要且具备节能改造价值但尚未改造",
             "Built before 2000, needs and merits an energy retrofit, not yet done"},
            {"H9.1",
             9,
             "住宅网络基础设施未覆盖，不具备光纤入户条件",
             "No network infrastructure, no fibre to the home"},
            {"H9.2",
             9,
             "公共空间未安装楼宇入侵报警、视频监控等安防设备",
             "No intrusion alarm or video surveillance in common spaces"},
            {"H9.3",
             9,
             "10层及以上高层住宅公共部位未安装烟感报警器",
             "No smoke detectors in common parts of buildings of 10 storeys or more"},
            {"H9.4", 9, "未安装家庭健康紧急呼叫系统", "No home emergency call system where needed"},
        };
        std::vector<LedgerItem> out;
        for (const Row& r : rows)
            out.push_back({QString::fromLatin1(r.code),
                           r.indicator,
                           QString::fromUtf8(r.name),
                           QString::fromUtf8(r.nameEn),
                           r.indicator == 5});
        return out;
    }();
    return items;
}

const LedgerItem* nationalLedgerItem(const QString& code)
{
    for (const LedgerItem& item : nationalLedgerItems()) {
        if (item.code.compare(code, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

std::vector<LedgerItem> ledgerItemsOf(const IndicatorSet& set)
{
    std::vector<LedgerItem> out = nationalLedgerItems();
    for (const SetLedgerItem& own : set.ledgerItems)
        out.push_back(LedgerItem {own.code, own.indicator, own.name.zh, own.name.en, false});
    return out;
}

bool isLedgerItemCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 40)
        return false;
    return std::none_of(code.begin(), code.end(), [](QChar c) {
        return c.isSpace() || c == u'/' || c == u';' || c == u',' || c == u'#';
    });
}

const LedgerItem* findLedgerItem(const std::vector<LedgerItem>& items, const QString& code)
{
    for (const LedgerItem& item : items) {
        if (item.code.compare(code, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

QString ledgerPhotoKey(const BuildingId& building, const QString& item)
{
    return QStringLiteral("ledger/") + building.toString() + u'/' + item.toUpper();
}

std::optional<LedgerPhotoKey> parseLedgerPhotoKey(const QString& key)
{
    if (!key.startsWith(QStringLiteral("ledger/")))
        return std::nullopt;
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3 || !isLedgerItemCode(parts.at(2)))
        return std::nullopt;
    const BuildingId building = BuildingId::fromString(parts.at(1));
    if (building.isNull())
        return std::nullopt;
    return LedgerPhotoKey {building, parts.at(2)};
}

namespace LedgerSeverity {

std::optional<QString> parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return QString();
    if (t == kSerious || t == u"严重" || t == u"非常严重" || t == u"隐患严重")
        return kSerious;
    if (t == kFairlySerious || t == u"较严重" || t == u"fairly serious" || t == u"隐患较大")
        return kFairlySerious;
    if (t == kGeneral || t == u"一般" || t == u"有隐患")
        return kGeneral;
    return std::nullopt;
}

QString chinese(const QString& code)
{
    if (code == kSerious)
        return QStringLiteral("严重");
    if (code == kFairlySerious)
        return QStringLiteral("较严重");
    if (code == kGeneral)
        return QStringLiteral("一般");
    return {};
}

} // namespace LedgerSeverity

} // namespace cc
