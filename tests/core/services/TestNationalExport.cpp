// SPDX-License-Identifier: GPL-3.0-or-later
// `export national`: the 1表1台账2清单 of a county's round, read back as a spreadsheet program reads
// them (issue 17 point 5): the manual's headers, numbers as numbers, each building and item named.
#include "core/io/XlsxReader.h"
#include "core/services/NationalExport.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>

namespace {

QStringList headerOf(const cc::io::InputTable& table)
{
    QStringList out;
    for (const cc::io::InputCell& c : table.rows.front().cells)
        out << c.text;
    return out;
}

// The row whose cell in column `column` reads `text`.
const cc::io::InputRow* rowWith(const cc::io::InputTable& table, int column, const QString& text)
{
    for (const cc::io::InputRow& r : table.rows) {
        if (r.at(column).text == text)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("National tables: survey table, problem and remediation lists and building ledger of a county's round",
          "[national][ledger]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default});
    REQUIRE_OK(f.ws->buildings().importCsv(
        f.community.code,
        QByteArray(
            "estate,building,storeys,dwellings\n幸福小区,1号楼,6,36\n幸福小区,3号楼,7,42\n幸福小区,5号楼,6,24\n"),
        QStringLiteral("b.csv"),
        false));
    REQUIRE_OK(f.ws->buildings().importLedgerCsv(f.check,
                                                 QByteArray("estate,building,item,present,severity,note\n"
                                                            "幸福小区,3号楼,H3.5,是,一般,二单元无灭火器\n"
                                                            "幸福小区,5号楼,H3.5,是,较严重,\n"
                                                            "幸福小区,5号楼,H3.1,是,,\n"
                                                            "幸福小区,1号楼,H3.5,否,,\n"),
                                                 QStringLiteral("l.csv")));
    const QString dir = f.file(QStringLiteral("national"));
    const QString county = f.community.county;
    const cc::Round round {2025, QStringLiteral("体检")};
    cc::NationalExport national(*f.ws);

    // A draft is not reported.
    const auto none = national.write(county, round, dir);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(u"No submitted or approved check of round 2025 体检"));
    CHECK_FALSE((QDir(dir).exists() && !QDir(dir).isEmpty()));

    REQUIRE_OK(f.ws->assessments().setStatus(f.check, cc::AssessmentStatus::Submitted, QStringLiteral("test")));
    const auto written = testing::valueOf(national.write(county, round, dir));
    REQUIRE(written.files.size() == 5);
    for (const QString& name : cc::NationalExport::fileNames())
        CHECK(QFile::exists(QDir(dir).filePath(name)));
    CHECK(written.communities == 1);
    CHECK(written.ledgerRows == 3); // a row per building and item found: 3号楼 H3.5, 5号楼 H3.1 and H3.5

    // 指标调查表: a row per national basic indicator, by number; numbers are numbers.
    const auto survey = testing::valueOf(
        cc::io::XlsxReader::readFirstSheet(QDir(dir).filePath(QStringLiteral("指标调查表.xlsx")), QStringLiteral("s")));
    CHECK(headerOf(survey)
          == QStringList {QStringLiteral("县（市、区）"),
                          QStringLiteral("街道"),
                          QStringLiteral("社区"),
                          QStringLiteral("社区代码"),
                          QStringLiteral("指标序号"),
                          QStringLiteral("指标项"),
                          QStringLiteral("指标值"),
                          QStringLiteral("单位"),
                          QStringLiteral("小区数（个）"),
                          QStringLiteral("楼栋数（栋）"),
                          QStringLiteral("涉及小区（个）"),
                          QStringLiteral("涉及楼栋（栋）"),
                          QStringLiteral("数据说明")});
    CHECK(survey.rows.size() == 1 + 23); // 21 basic indicators (17 twice) and 60
    const cc::io::InputRow* stairs = rowWith(survey, 5, QStringLiteral("存在楼道安全隐患的住宅数量"));
    REQUIRE(stairs);
    CHECK(stairs->at(4).kind == cc::io::InputCell::Kind::Number);
    CHECK(stairs->at(4).text == u"3"); // national number 3
    CHECK(stairs->at(6).kind == cc::io::InputCell::Kind::Number);
    CHECK(stairs->at(6).text == u"2"); // 3号楼 and 5号楼, 5号楼 once
    CHECK(stairs->at(9).text == u"3"); // buildings in the register
    CHECK(stairs->at(11).text == u"2");
    CHECK(stairs->at(12).text == u"2 栋: 3号楼、5号楼");
    const QByteArray csv = testing::readFile(QDir(dir).filePath(QStringLiteral("指标调查表.csv")));
    CHECK(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for Excel
    CHECK(csv.contains("存在楼道安全隐患的住宅数量,2,栋"));

    // 附件四 (first sheet 住房): the manual's headers; the problem named building by building.
    const auto problems = testing::valueOf(cc::io::XlsxReader::readFirstSheet(
        QDir(dir).filePath(QStringLiteral("附件四-问题清单.xlsx")), QStringLiteral("p")));
    CHECK(problems.sheet == u"住房");
    CHECK(headerOf(problems)
          == QStringList {QStringLiteral("序号"),
                          QStringLiteral("街道"),
                          QStringLiteral("社区"),
                          QStringLiteral("指标项"),
                          QStringLiteral("体检结果（栋）"),
                          QStringLiteral("存在问题"),
                          QStringLiteral("问题程度"),
                          QStringLiteral("治理难度"),
                          QStringLiteral("问题分类")});
    const cc::io::InputRow* stairProblem = rowWith(problems, 3, QStringLiteral("存在楼道安全隐患的住宅数量"));
    REQUIRE(stairProblem);
    CHECK(stairProblem->at(5).text
          == u"（1）共1栋住宅存在楼梯踏步、扶手、照明、安全护栏损坏或缺失的问题，为5号楼。"
             u"（2）共2栋住宅存在灭火器缺失、未设置灭火器保护设施的问题，为3号楼、5号楼。");
    CHECK(stairProblem->at(6).text == u"较严重"); // the worst degree recorded
    CHECK(stairProblem->at(8).text == u"限时解决");

    // 附件五: what to do, where, who, and whether next year's plan has it.
    const auto remediation = testing::valueOf(cc::io::XlsxReader::readFirstSheet(
        QDir(dir).filePath(QStringLiteral("附件五-整治建议清单.xlsx")), QStringLiteral("r")));
    const QStringList header = headerOf(remediation);
    for (const char* column : {"问题涉及的指标项",
                               "指标结果（栋）",
                               "存在问题",
                               "整治建议",
                               "整治区域",
                               "整治类型",
                               "责任单位",
                               "整治优先级",
                               "是否纳入下一年更新整治计划"})
        CHECK(header.contains(QString::fromUtf8(column)));
    const cc::io::InputRow* stairWork = rowWith(remediation, 3, QStringLiteral("存在楼道安全隐患的住宅数量"));
    REQUIRE(stairWork);
    CHECK(stairWork->at(7).text == u"3号楼、5号楼");
    CHECK(stairWork->at(8).text == u"■限时解决□尽力解决");
    CHECK_FALSE(stairWork->at(6).text.isEmpty()); // the set's suggested works
    CHECK(stairWork->at(11).text == u"否");

    // 楼栋台账: building figures as numbers, the item and its degree.
    const auto ledger = testing::valueOf(
        cc::io::XlsxReader::readFirstSheet(QDir(dir).filePath(QStringLiteral("楼栋台账.xlsx")), QStringLiteral("l")));
    REQUIRE(ledger.rows.size() == 4);
    CHECK(ledger.rows[1].at(4).text == u"3号楼");
    CHECK(ledger.rows[1].at(7).kind == cc::io::InputCell::Kind::Number);
    CHECK(ledger.rows[1].at(7).text == u"42");
    CHECK(ledger.rows[1].at(13).text == u"H3.5");
    CHECK(ledger.rows[1].at(15).text == u"一般");
    CHECK(ledger.rows[1].at(16).text == u"二单元无灭火器");

    // No county: refused before anything is read.
    CHECK_FALSE(national.write(QString(), round, dir));
}
