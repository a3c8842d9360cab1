// SPDX-License-Identifier: GPL-3.0-or-later
// The register, list and price tables (spec/cli.md v2 `communities import`, `tallies import`, and the
// demands, resources and prices imports): read from CSV files and from workbooks saved by
// LibreOffice Calc (tests/data/tables), by one set of rules, and every broken cell named by sheet,
// row and column.
#include "core/io/CommunityTable.h"
#include "core/io/ListTables.h"
#include "core/io/ResponsesCsv.h"
#include "core/io/RowReader.h"
#include "core/io/XlsxReader.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace cc::io;

namespace {

InputTable workbook(const QString& name)
{
    auto table = InputTable::fromFile(name.contains(u'/') ? name : testing::dataPath(QStringLiteral("tables/") + name));
    REQUIRE_OK(table);
    return std::move(table).value();
}

InputTable csv(const QString& text, const QString& name = QStringLiteral("t.csv"))
{
    auto table = InputTable::fromCsvBytes(text.toUtf8(), name);
    REQUIRE_OK(table);
    return std::move(table).value();
}

template <typename T>
QString problemsOf(const cc::Result<T>& result)
{
    REQUIRE_FALSE(result);
    return result.error().message + u'\n' + result.error().detail;
}

const QHash<QString, QString> kTypes = {{QStringLiteral("老旧小区"), QStringLiteral("old_estate")}};

} // namespace

TEST_CASE("Cells as people type them: full-width digits, separators, dates as text", "[io][tables]")
{
    CHECK(typedNumber(QStringLiteral("１２")) == 12.0);
    CHECK(typedNumber(QStringLiteral("1,200")) == 1200.0);
    CHECK(typedNumber(QStringLiteral("1，234.5")) == 1234.5);
    CHECK(typedNumber(QStringLiteral(" -3.5 ")) == -3.5);
    CHECK_FALSE(typedNumber(QStringLiteral("12,00")));
    CHECK_FALSE(typedNumber(QStringLiteral("1e3")));
    CHECK_FALSE(typedNumber(QStringLiteral("三百")));
    CHECK(wholeNumber(QStringLiteral("12.0")) == 12);
    CHECK_FALSE(wholeNumber(QStringLiteral("12.5")));
    CHECK(typedDate(QStringLiteral("2025-06-01")) == QDate(2025, 6, 1));
    CHECK(typedDate(QStringLiteral("2025/6/1")) == QDate(2025, 6, 1));
    CHECK(typedDate(QStringLiteral("2025.6.1")) == QDate(2025, 6, 1));
    CHECK(typedDate(QStringLiteral("2025年6月1日")) == QDate(2025, 6, 1));
    CHECK(typedDate(QStringLiteral("２０２５年６月１日")) == QDate(2025, 6, 1));
    CHECK(typedDate(QStringLiteral("2025-06-01T08:30:00")) == QDate(2025, 6, 1));
    CHECK_FALSE(typedDate(QStringLiteral("2025-02-30")).isValid());
    CHECK_FALSE(typedDate(QStringLiteral("6/1/2025")).isValid());
}

TEST_CASE("The register from a workbook saved by Calc: merged cells, formulas, hidden sheet", "[io][tables][xlsx]")
{
    const InputTable table = workbook(QStringLiteral("communities.xlsx"));
    CHECK(table.sheet == u"社区名册");
    auto parsed = CommunityTable::parse(table, kTypes);
    REQUIRE_OK(parsed);
    REQUIRE(parsed->communities.size() == 3); // the hidden sheet 说明 is not read
    const cc::Community& first = parsed->communities[0];
    CHECK(first.code == u"T-001");
    CHECK(first.name == u"丁公路社区");
    CHECK(first.type == u"old_estate"); // by its name
    CHECK(first.county == u"东湖区");
    CHECK(first.households == 1200);
    CHECK(first.population == 3600); // a formula's value
    CHECK(first.areaHa == Catch::Approx(12.5));
    CHECK(first.pilot);
    CHECK(first.buildYear == 1995);
    const cc::Community& second = parsed->communities[1];
    CHECK(second.county == u"东湖区"); // merged down from the row above
    CHECK(second.households == 1200); // "１２００"
    CHECK(second.population == 1250); // "1,250"
    CHECK_FALSE(second.pilot); // a boolean cell
    const cc::Community& third = parsed->communities[2];
    CHECK(third.households == 1300);
    CHECK_FALSE(third.population.has_value());
    CHECK(third.note == u"=1+1 不是公式");
    CHECK(parsed->columns.contains(QStringLiteral("pilot")));
    CHECK_FALSE(parsed->columns.contains(QStringLiteral("latitude")));
}

TEST_CASE("A broken register is refused cell by cell, by sheet, row and column", "[io][tables][xlsx][broken]")
{
    const QString problems =
        problemsOf(CommunityTable::parse(workbook(QStringLiteral("communities-broken.xlsx")), kTypes));
    CHECK(problems.contains(QStringLiteral("communities-broken.xlsx, sheet Sheet1, row 2, column D (households)")));
    CHECK(problems.contains(QStringLiteral("the cell is an error (")));
    CHECK(problems.contains(QStringLiteral("row 3, column E (population)")));
    CHECK(problems.contains(QStringLiteral("2025-06-01 is a date")));
    CHECK(problems.contains(QStringLiteral("row 4, column D (households)")));
    CHECK(problems.contains(QStringLiteral("三百")));
}

TEST_CASE("The register from CSV: a code twice, empty fields, unknown columns", "[io][tables][broken]")
{
    CHECK(problemsOf(
              CommunityTable::parse(csv(QStringLiteral("code,name,type\nA,甲,old_estate\nA,乙,old_estate\n")), kTypes))
              .contains(QStringLiteral("t.csv, line 3, column 1 (code): the community A is also on t.csv, line 2")));
    CHECK(problemsOf(CommunityTable::parse(csv(QStringLiteral("code,name,type\nA,,old_estate\n")), kTypes))
              .contains(QStringLiteral("line 2, column 2 (name): the cell is empty")));
    CHECK(problemsOf(CommunityTable::parse(csv(QStringLiteral("code,name,type,颜色\nA,甲,x,红\n")), kTypes))
              .contains(QStringLiteral("\"颜色\" is not a column")));
    CHECK(problemsOf(CommunityTable::parse(csv(QStringLiteral("code,name\nA,甲\n")), kTypes))
              .contains(QStringLiteral("must name the columns type")));
    CHECK(problemsOf(CommunityTable::parse(csv(QStringLiteral("code,name,type\n")), kTypes))
              .contains(QStringLiteral("only a header")));
    CHECK(problemsOf(CommunityTable::parse(csv(QStringLiteral("code,name,type,latitude\nA,甲,x,95\n")), kTypes))
              .contains(QStringLiteral("\"95\" is not a latitude")));
}

TEST_CASE("Demands from a Calc workbook: dates typed as text, Chinese sources, full-width numbers",
          "[io][tables][xlsx]")
{
    auto demands = ListTables::demands(workbook(QStringLiteral("demands.xlsx")), {QStringLiteral("NC-DH-001")});
    REQUIRE_OK(demands);
    REQUIRE(demands->size() == 3);
    CHECK((*demands)[0].communityCode == u"NC-DH-001");
    CHECK((*demands)[0].date == QDate(2025, 5, 12)); // a date cell
    CHECK((*demands)[0].source == cc::DemandSource::Survey);
    CHECK((*demands)[0].support == 120);
    CHECK((*demands)[0].indicatorCodes == QStringList {QStringLiteral("C2-01"), QStringLiteral("C2-02")});
    CHECK((*demands)[1].date == QDate(2025, 5, 20)); // 2025年5月20日
    CHECK((*demands)[1].source == cc::DemandSource::Meeting);
    CHECK((*demands)[1].support == 1024);
    CHECK((*demands)[2].date == QDate(2025, 6, 3)); // 2025/6/3
    CHECK((*demands)[2].source == cc::DemandSource::Hotline);
    CHECK((*demands)[2].support == 30);
}

TEST_CASE("Tallies, resources and prices: GB18030 CSV, Chinese headers, located errors", "[io][tables][broken]")
{
    const QString tallyText = QStringLiteral("调查项目,平均分,样本数,调查日期\n夜间照明满意度,2.8,312,2025年6月1日\n");
    auto encode = QStringEncoder("GB18030");
    const QByteArray gb = encode(tallyText);
    auto table = InputTable::fromCsvBytes(gb, QStringLiteral("调查.csv"));
    REQUIRE_OK(table);
    auto tallies = ListTables::tallies(*table);
    REQUIRE_OK(tallies);
    REQUIRE(tallies->size() == 1);
    CHECK(tallies->front().item == u"夜间照明满意度");
    CHECK(tallies->front().mean == Catch::Approx(2.8));
    CHECK(tallies->front().respondents == 312);
    CHECK(tallies->front().date == QDate(2025, 6, 1));
    CHECK(problemsOf(ListTables::tallies(csv(QStringLiteral("item,mean,respondents\n路面,3.1,-4\n"))))
              .contains(QStringLiteral("t.csv, line 2, column 3 (respondents)")));

    auto resources = ListTables::resources(
        csv(QStringLiteral(
            "类型,名称,社区编码,县（市、区）,面积（m²）,金额（万元）,年度\n闲置用房,原粮站,NC-DH-001,,120,,\n"
            "资金,2025年改造资金,,东湖区,,\"1,500\",2025\n")),
        {QStringLiteral("NC-DH-001")});
    REQUIRE_OK(resources);
    REQUIRE(resources->size() == 2);
    CHECK((*resources)[0].kind == cc::ResourceKind::Room);
    CHECK((*resources)[0].areaM2 == Catch::Approx(120));
    CHECK((*resources)[1].kind == cc::ResourceKind::Fund);
    CHECK((*resources)[1].amountWan == Catch::Approx(1500));
    CHECK((*resources)[1].year == 2025);
    const QString noOwner = problemsOf(ListTables::resources(
        csv(QStringLiteral("kind,name,community\nroom,仓库,\nboat,船,NC-DH-001\nroom,粮站,NOPE\n")),
        {QStringLiteral("NC-DH-001")}));
    CHECK(noOwner.contains(QStringLiteral("t.csv, line 2: the resource names neither a community nor a county")));
    CHECK(noOwner.contains(QStringLiteral("line 3, column 1 (kind): \"boat\" is not a kind of resource")));
    CHECK(noOwner.contains(
        QStringLiteral("line 4, column 3 (community): no community in the register has the code NOPE")));

    auto prices = ListTables::prices(csv(QStringLiteral("项目模板,单价（万元）,区县\nP-EBIKE,１２.5,东湖区\n")));
    REQUIRE_OK(prices);
    CHECK(prices->front().unitCost == Catch::Approx(12.5));
    CHECK(problemsOf(ListTables::prices(csv(QStringLiteral("template,unit_cost\nP-EBIKE,贵\n"))))
              .contains(QStringLiteral("line 2, column 2 (unit_cost)")));
    CHECK(problemsOf(ListTables::prices(csv(QStringLiteral("template,unit_cost,county\nP-A,1,东湖区\nP-A,2,东湖区\n"))))
              .contains(QStringLiteral("t.csv, line 3: the template P-A is priced for 东湖区 on t.csv, line 2 too")));
}

TEST_CASE("A file that is no table is refused by what it holds, not by its name", "[io][tables][broken]")
{
    QTemporaryDir dir;
    const QString xls = dir.filePath(QStringLiteral("register.csv"));
    testing::writeFile(xls, QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
    auto old = InputTable::fromFile(xls);
    REQUIRE_FALSE(old);
    CHECK(old.error().message.contains(QStringLiteral(".xls")));
    const QString empty = dir.filePath(QStringLiteral("empty.xlsx"));
    testing::writeFile(empty, {});
    auto none = InputTable::fromFile(empty);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("not an XLSX workbook")));
    auto missing = InputTable::fromFile(dir.filePath(QStringLiteral("missing.csv")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == cc::ErrorCode::Io);
}

TEST_CASE("Workbook cells: big numbers without exponents, merges spread down only, code and name columns",
          "[io][tables][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "名册");
    const char* header[] = {"code", "name", "type", "households", "area_ha", "street", "note"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    worksheet_write_number(sheet, 1, 0, 360100000000.0, nullptr);
    worksheet_write_string(sheet, 1, 1, "甲社区", nullptr);
    worksheet_write_string(sheet, 1, 2, "old_estate", nullptr);
    worksheet_write_number(sheet, 1, 3, 100000, nullptr);
    worksheet_write_number(sheet, 1, 4, 0.00001, nullptr);
    worksheet_merge_range(sheet, 1, 5, 1, 6, "合并的说明", nullptr); // street and note merged across
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    auto parsed = CommunityTable::parse(workbook(path), kTypes);
    REQUIRE_OK(parsed);
    const cc::Community& c = parsed->communities.front();
    CHECK(c.code == u"360100000000");
    CHECK(c.households == 100000);
    CHECK(c.areaHa == Catch::Approx(0.00001));
    CHECK(c.street == u"合并的说明"); // the merge's first column
    CHECK(c.note.isEmpty()); // not copied sideways
    CHECK(parsed->given.front().contains(QStringLiteral("street")));
    CHECK_FALSE(parsed->given.front().contains(QStringLiteral("note")));
}

TEST_CASE("Responses: with both 指标编码 and 指标 columns the code column is read", "[io][tables]")
{
    cc::IndicatorSet set;
    set.code = QStringLiteral("T");
    set.version = QStringLiteral("1");
    cc::Group group;
    group.code = QStringLiteral("A");
    cc::Indicator indicator;
    indicator.code = QStringLiteral("A-01");
    indicator.type = cc::IndicatorType::Number;
    group.indicators.push_back(indicator);
    set.groups.push_back(group);
    auto parsed =
        parseResponses(csv(QStringLiteral("指标,指标编码,取值,说明\n楼道照明,A-01,１２,备注以外的说明\n")), set);
    REQUIRE_OK(parsed);
    REQUIRE(parsed->size() == 1);
    CHECK(parsed->front().indicatorCode == u"A-01");
    CHECK(std::get<double>(parsed->front().value) == 12);
}

TEST_CASE("A workbook keeping its text inline is refused, not read as empty cells", "[io][tables][xlsx][broken]")
{
    // liborcus 0.17 reads inline strings (t="inlineStr") as empty: the text would silently go missing.
    auto table = InputTable::fromFile(testing::dataPath(QStringLiteral("tables/inline-strings.xlsx")));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("inline-strings.xlsx")));
    CHECK(table.error().message.contains(QStringLiteral("inline strings")));
}

TEST_CASE("A workbook whose first sheet is hidden is refused, naming the sheet", "[io][tables][xlsx][broken]")
{
    // The first sheet is the one imported (spec/cli.md); a hidden one is not what a person sees first.
    auto table = InputTable::fromFile(testing::dataPath(QStringLiteral("tables/hidden-first-sheet.xlsx")));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("旧名册")));
    CHECK(table.error().message.contains(QStringLiteral("hidden")));
    // A hidden sheet after the first is simply not read.
    auto register_ = InputTable::fromFile(testing::dataPath(QStringLiteral("tables/communities.xlsx")));
    REQUIRE_OK(register_);
}
