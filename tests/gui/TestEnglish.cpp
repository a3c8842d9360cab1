// SPDX-License-Identifier: GPL-3.0-or-later
// English is complete: no Chinese in the English interface outside user data, and the fixed
// vocabularies of the default set (units of a count, departments) have English names.
#include "core/domain/Vocabulary.h"
#include "core/io/IndicatorSetJson.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <functional>

namespace {

const QRegularExpression chinese(QStringLiteral("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));

// Chinese that an English message may still hold because it is data the user types or reads as
// such: yes/no and round words accepted in files, the set's class names, the funding sources' names.
QString withoutDataWords(QString text)
{
    for (const char* word : {"中央补助",
                             "省级资金",
                             "地方财政",
                             "专项债",
                             "部门资金",
                             "社会资本",
                             "居民出资",
                             "体检",
                             "复检",
                             "基础",
                             "完善",
                             "提升",
                             "管理",
                             "是",
                             "否",
                             "较严重", // the building ledger's degrees, as files hold them
                             "严重",
                             "一般",
                             "、",
                             // values files may hold: demand sources and resource kinds, and the
                             // sheet names of a set's workbook
                             "居民议事",
                             "问卷调查",
                             "热线",
                             "网格员",
                             "闲置用房",
                             "闲置场地",
                             "资金",
                             "运营主体",
                             "说明",
                             "结构",
                             "指标",
                             "选项",
                             "项目模板",
                             "等级"})
        text.remove(QString::fromUtf8(word));
    return text;
}

} // namespace

TEST_CASE("gui: the English translation has no Chinese outside the words users type as data", "[gui][english]")
{
    QFile file(testing::sourcePath(QStringLiteral("resources/translations/cc_en.ts")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList offending;
    int translations = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || (xml.name() != u"translation" && xml.name() != u"numerusform"))
            continue;
        if (xml.name() == u"translation" && xml.attributes().value(QStringLiteral("type")) == u"vanished")
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        ++translations;
        if (withoutDataWords(text).contains(chinese))
            offending << text.left(120);
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(translations > 1000);
    INFO(offending.join(u'\n').toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("gui: every unit and department of the default set has an English name", "[gui][english]")
{
    auto set = cc::io::parseIndicatorSet(
        testing::readFile(testing::sourcePath(QStringLiteral("resources/indicators/default.json"))),
        QStringLiteral("default.json"));
    REQUIRE(set);
    QStringList missing;
    const auto english = [&](const QString& zh, const QString& en) {
        if (en.contains(chinese))
            missing << zh;
    };
    for (const cc::Indicator* ind : set->indicatorsInOrder()) {
        english(ind->unit, cc::Vocabulary::unit(ind->unit, QStringLiteral("en")));
        for (const QString& body : ind->responsibleUnits)
            english(body, cc::Vocabulary::body(body, QStringLiteral("en")));
    }
    std::function<void(const std::vector<cc::Group>&)> groups = [&](const std::vector<cc::Group>& list) {
        for (const cc::Group& g : list) {
            for (const QString& body : g.responsibleUnits)
                english(body, cc::Vocabulary::body(body, QStringLiteral("en")));
            groups(g.groups);
        }
    };
    groups(set->groups);
    for (const cc::ProjectTemplate& t : set->projectTemplates) {
        english(t.unit, cc::Vocabulary::unit(t.unit, QStringLiteral("en")));
    }
    missing.removeDuplicates();
    INFO(missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());
    // And Chinese keeps the set's own words.
    CHECK(cc::Vocabulary::unit(QStringLiteral("栋"), QStringLiteral("zh_CN")) == u"栋");
    CHECK(cc::Vocabulary::unit(QStringLiteral("栋"), QStringLiteral("en")) == u"buildings");
}
