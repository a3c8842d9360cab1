// SPDX-License-Identifier: GPL-3.0-or-later
// The buildings table (spec/cli.md `buildings import`): English or Chinese headers in any order,
// the cells a spreadsheet gives, and every broken row named by line and column, nothing kept.
#include "core/io/BuildingsTable.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QStringEncoder>

using cc::io::BuildingsTable;

namespace {

cc::Result<std::vector<cc::Building>> parse(const QString& text)
{
    auto parsed = BuildingsTable::parseCsv(text.toUtf8(), QStringLiteral("楼栋.csv"));
    if (!parsed)
        return parsed.error();
    return parsed->buildings;
}

QString problemsOf(const cc::Result<std::vector<cc::Building>>& result)
{
    REQUIRE_FALSE(result);
    return result.error().message + u'\n' + result.error().detail;
}

} // namespace

TEST_CASE("Buildings: English columns, every field read", "[io][buildings]")
{
    const auto parsed =
        parse(QStringLiteral("estate,building,address,storeys,dwellings,build_year,structure,lift,note\n"
                             "幸福小区,1号楼,幸福路1号,6,36,1992,砖混,否,\n"
                             "幸福小区,2号楼,,18,\"1,200\",2008,钢筋混凝土,是,高层\n"
                             "临时小区一,平房3,,,,,,,\n"));
    REQUIRE_OK(parsed);
    REQUIRE(parsed->size() == 3);
    const cc::Building& first = (*parsed)[0];
    CHECK(first.estate == u"幸福小区");
    CHECK(first.number == u"1号楼");
    CHECK(first.address == u"幸福路1号");
    CHECK(first.storeys == 6);
    CHECK(first.dwellings == 36);
    CHECK(first.buildYear == 1992);
    CHECK(first.structure == u"砖混");
    CHECK(first.lift == false);
    CHECK((*parsed)[1].dwellings == 1200); // thousands separator
    CHECK((*parsed)[1].lift == true);
    CHECK((*parsed)[1].note == u"高层");
    CHECK_FALSE((*parsed)[2].storeys.has_value());
    CHECK_FALSE((*parsed)[2].lift.has_value());
}

TEST_CASE("Buildings: Chinese headers in another order, GB18030 from Excel, full-width digits", "[io][buildings]")
{
    const QString text = QStringLiteral("楼栋编号,套数,小区,是否有电梯,建成年代,地上层数\r\n"
                                        "５号楼,２４,东湖小区,有,１９９８,６\r\n"
                                        "6号楼,24.0,东湖小区,无,1998,6\r\n");
    QStringEncoder toGb("GB18030");
    REQUIRE(toGb.isValid());
    const QByteArray gb = toGb.encode(text);
    const auto read = BuildingsTable::parseCsv(gb, QStringLiteral("excel.csv"));
    REQUIRE_OK(read);
    CHECK(read->columns
          == QStringList {QStringLiteral("estate"),
                          QStringLiteral("building"),
                          QStringLiteral("storeys"),
                          QStringLiteral("dwellings"),
                          QStringLiteral("build_year"),
                          QStringLiteral("lift")});
    const std::vector<cc::Building>* parsed = &read->buildings;
    REQUIRE(parsed->size() == 2);
    CHECK((*parsed)[0].number == u"5号楼");
    CHECK((*parsed)[0].dwellings == 24);
    CHECK((*parsed)[0].buildYear == 1998);
    CHECK((*parsed)[0].lift == true);
    CHECK((*parsed)[1].dwellings == 24);
    CHECK((*parsed)[1].lift == false);
}

TEST_CASE("Buildings: a broken table is refused whole, each problem named by line and column", "[io][buildings]")
{
    // One building twice in one 小区 (the same number in another 小区 is another building).
    const QString twice = problemsOf(parse(QStringLiteral("estate,building\nA区,1号楼\nB区,1号楼\nA区,1号楼\n")));
    CHECK(twice.contains(u"楼栋.csv, line 4"));
    CHECK(twice.contains(u"line 2"));
    CHECK(twice.contains(u"A区 1号楼"));

    const QString numbers = problemsOf(parse(QStringLiteral("estate,building,storeys,build_year,dwellings,lift\n"
                                                            "A区,1,six,1992,10,是\n"
                                                            "A区,2,6,3000,10,是\n"
                                                            "A区,3,6,1992,-1,是\n"
                                                            "A区,4,6,1992,10,maybe\n"
                                                            "A区,5,6.5,1992,10,是\n")));
    CHECK(numbers.contains(u"line 2, column 3 (storeys): \"six\""));
    CHECK(numbers.contains(u"line 3, column 4 (build_year): \"3000\""));
    CHECK(numbers.contains(u"line 4, column 5 (dwellings): \"-1\""));
    CHECK(numbers.contains(u"line 5, column 6 (lift): \"maybe\""));
    CHECK(numbers.contains(u"line 6, column 3 (storeys): \"6.5\""));

    const QString empty = problemsOf(parse(QStringLiteral("小区,楼栋\n,1号楼\nA区,\n")));
    CHECK(empty.contains(u"line 2, column 1 (小区)"));
    CHECK(empty.contains(u"line 3, column 2 (楼栋)"));

    CHECK(problemsOf(parse(QStringLiteral("estate,building,floors\nA,1,6\n"))).contains(u"column 3: \"floors\""));
    CHECK(problemsOf(parse(QStringLiteral("estate,楼栋,building\nA,1,1\n")))
              .contains(u"line 1, column 2 and 楼栋.csv, line 1, column 3"));
    CHECK(problemsOf(parse(QStringLiteral("building,storeys\n1,6\n"))).contains(u"estate"));
    CHECK(problemsOf(parse(QStringLiteral("estate,building\n"))).contains(u"only a header"));
    CHECK(problemsOf(parse(QString())).contains(u"no rows"));
    // Not text at all.
    CHECK_FALSE(BuildingsTable::parseCsv(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11), QStringLiteral("x.csv")));
}
