// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader: each cell read by its type (spec/cli.md "Responses XLSX"), merged ranges spread
// over the cells they cover, and files that are not workbooks refused with their name.
#include "core/io/BuildingsTable.h"
#include "core/io/XlsxReader.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using cc::io::InputCell;
using cc::io::XlsxReader;

namespace {

// A workbook written by libxlsxwriter: what Excel writes for the same cells.
QString buildingsWorkbook(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("楼栋.xlsx"));
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "楼栋台账");
    lxw_worksheet* other = workbook_add_worksheet(book, "说明");
    lxw_format* dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    int column = 0;
    for (const char* header : {"小区", "楼栋", "层数", "套数", "建成年份", "电梯", "备注", "地址"})
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column++), header, nullptr);
    // 幸福小区 merged down over its two buildings, as offices lay such sheets out.
    worksheet_merge_range(sheet, 1, 0, 2, 0, "幸福小区", nullptr);
    worksheet_write_string(sheet, 1, 1, "1号楼", nullptr);
    worksheet_write_number(sheet, 1, 2, 6, nullptr);
    worksheet_write_formula_num(sheet, 1, 3, "=12*3", nullptr, 36); // a formula: its cached value
    worksheet_write_number(sheet, 1, 4, 1992, nullptr);
    worksheet_write_boolean(sheet, 1, 5, 0, nullptr);
    worksheet_write_number(sheet, 2, 1, 2, nullptr); // building "2" typed as a number
    worksheet_write_string(sheet, 2, 2, "１８", nullptr); // full-width digits stored as text
    worksheet_write_number(sheet, 2, 3, 120, nullptr);
    worksheet_write_number(sheet, 2, 6, 262.5, nullptr);
    worksheet_write_number(sheet, 2, 4, 2008, nullptr);
    worksheet_write_boolean(sheet, 2, 5, 1, nullptr);
    lxw_datetime surveyed = {2025, 6, 30, 0, 0, 0};
    worksheet_write_datetime(sheet, 2, 7, &surveyed, dateFormat);
    worksheet_write_string(other, 0, 0, "not read", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return path;
}

} // namespace

TEST_CASE("XLSX: the first sheet, each cell by its type, merged ranges spread", "[io][xlsx]")
{
    QTemporaryDir dir;
    const QString path = buildingsWorkbook(dir);
    const auto table = XlsxReader::readFirstSheet(path, QStringLiteral("楼栋.xlsx"));
    REQUIRE_OK(table);
    CHECK(table->sheet == u"楼栋台账");
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows[0].line == 1);
    const cc::io::InputRow& first = table->rows[1];
    CHECK(first.line == 2);
    CHECK(first.at(0).text == u"幸福小区");
    CHECK(first.at(2).kind == InputCell::Kind::Number);
    CHECK(first.at(2).text == u"6");
    CHECK(first.at(3).text == u"36"); // the formula's cached value
    CHECK(first.at(5).kind == InputCell::Kind::Boolean);
    CHECK(first.at(5).text == u"false");
    const cc::io::InputRow& second = table->rows[2];
    CHECK(second.at(0).text == u"幸福小区"); // from the merged range
    CHECK(second.at(1).text == u"2");
    CHECK(second.at(6).text == u"262.5"); // the shortest decimal, not 262.49999…
    CHECK(second.at(7).kind == InputCell::Kind::Date);
    CHECK(second.at(7).text == u"2025-06-30");
    CHECK(table->where(3, 2, QStringLiteral("层数")) == u"楼栋.xlsx, sheet 楼栋台账, row 3, column C (层数)");

    // The same code path as CSV from here on.
    const auto parsed = cc::io::BuildingsTable::parse(*table);
    REQUIRE_OK(parsed);
    const std::vector<cc::Building>* buildings = &parsed->buildings;
    REQUIRE(buildings->size() == 2);
    CHECK((*buildings)[0].dwellings == 36);
    CHECK((*buildings)[0].lift == false);
    CHECK((*buildings)[1].number == u"2");
    CHECK((*buildings)[1].storeys == 18);
    CHECK((*buildings)[1].dwellings == 120);
    CHECK((*buildings)[1].note == u"262.5");
    CHECK((*buildings)[1].address == u"2025-06-30");
}

TEST_CASE("XLSX: an error cell or a date where a number is meant is refused at its place", "[io][xlsx]")
{
    cc::io::InputTable table;
    table.source = QStringLiteral("b.xlsx");
    table.sheet = QStringLiteral("Sheet1");
    table.rows = {{1,
                   {{InputCell::Kind::Text, QStringLiteral("estate")},
                    {InputCell::Kind::Text, QStringLiteral("building")},
                    {InputCell::Kind::Text, QStringLiteral("dwellings")},
                    {InputCell::Kind::Text, QStringLiteral("build_year")}}},
                  {2,
                   {{InputCell::Kind::Text, QStringLiteral("A区")},
                    {InputCell::Kind::Number, QStringLiteral("1")},
                    {InputCell::Kind::Error, QStringLiteral("#DIV/0!")},
                    {InputCell::Kind::Date, QStringLiteral("1992-01-01")}}}};
    const auto refused = cc::io::BuildingsTable::parse(table);
    REQUIRE_FALSE(refused);
    const QString all = refused.error().message + u'\n' + refused.error().detail;
    CHECK(all.contains(u"b.xlsx, sheet Sheet1, row 2, column C (dwellings): the cell is an error (#DIV/0!)"));
    CHECK(all.contains(u"row 2, column D (build_year): 1992-01-01 is a date"));
}

TEST_CASE("XLSX: files that are not workbooks are refused with their name", "[io][xlsx][broken]")
{
    QTemporaryDir dir;
    const auto refusedWith = [&](const char* name, const QByteArray& bytes, const char* words) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        testing::writeFile(path, bytes);
        const auto table = XlsxReader::readFirstSheet(path, QString::fromUtf8(name));
        REQUIRE_FALSE(table);
        INFO(table.error().message.toStdString());
        CHECK(table.error().message.contains(QString::fromUtf8(name)));
        CHECK(table.error().message.contains(QString::fromUtf8(words)));
    };
    refusedWith("old.xlsx", QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'), ".xls");
    refusedWith("text.xlsx", "estate,building\nA,1\n", "not an XLSX workbook");
    const QByteArray good = testing::readFile(buildingsWorkbook(dir));
    refusedWith("half.xlsx", good.left(good.size() / 2), "not an XLSX workbook");
    refusedWith("empty.xlsx", QByteArray(), "not an XLSX workbook");
}

TEST_CASE("XLSX: a part claiming 4 GB is refused before anything reads it (a fuzzing find)", "[io][xlsx][broken]")
{
    // tests/data/xlsx/BrokenHugePart.xlsx: a workbook whose central directory says xl/workbook.xml
    // holds 4,294,574,845 bytes; liborcus allocated that much before the check.
    const QString path = testing::dataPath(QStringLiteral("xlsx/BrokenHugePart.xlsx"));
    auto table = cc::io::XlsxReader::readFirstSheet(path, QStringLiteral("BrokenHugePart.xlsx"));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("BrokenHugePart.xlsx")));
    CHECK(table.error().message.contains(QStringLiteral("xl/workbook.xml")));
    CHECK(table.error().message.contains(QStringLiteral("4294574845")));
}

TEST_CASE("XLSX: a part whose compressed size is beyond the file is refused (a fuzzing find)", "[io][xlsx][broken]")
{
    // tests/data/xlsx/BrokenHugePacked.xlsx: the central directory gives xl/workbook.xml 4,294,966,865
    // compressed bytes in a 6 KB file; liborcus allocated that much.
    auto table = cc::io::XlsxReader::readFirstSheet(testing::dataPath(QStringLiteral("xlsx/BrokenHugePacked.xlsx")),
                                                    QStringLiteral("BrokenHugePacked.xlsx"));
    REQUIRE_FALSE(table); // refused (its other parts are damaged too: the first problem is named)
    CHECK(table.error().message.contains(QStringLiteral("BrokenHugePacked.xlsx")));
}

TEST_CASE("XLSX: a column numbered nonsense does not abort the program (a fuzzing find)", "[io][xlsx][broken]")
{
    // tests/data/xlsx/BrokenColumnIndex.xlsx: <col min="p375" …> in the sheet; liborcus's model
    // asserted (abort) on the column it made of it. Read as far as it makes sense, or refused.
    auto table = cc::io::XlsxReader::readFirstSheet(testing::dataPath(QStringLiteral("xlsx/BrokenColumnIndex.xlsx")),
                                                    QStringLiteral("BrokenColumnIndex.xlsx"));
    if (!table)
        CHECK(table.error().message.contains(QStringLiteral("BrokenColumnIndex.xlsx")));
    SUCCEED("no abort");
}

TEST_CASE("XLSX: hiding the rest of the sheet column by column is read quickly (a fuzzing find)", "[io][xlsx][broken]")
{
    // tests/data/xlsx/SlowHiddenColumns.xlsx: columns hidden up to the sheet's last one; liborcus's model
    // spent most of a second on them, one by one. Widths and hidden flags are not kept now.
    QElapsedTimer timer;
    timer.start();
    auto table = cc::io::XlsxReader::readFirstSheet(testing::dataPath(QStringLiteral("xlsx/SlowHiddenColumns.xlsx")),
                                                    QStringLiteral("SlowHiddenColumns.xlsx"));
    CHECK(timer.elapsed() < 500);
    if (!table)
        CHECK(table.error().message.contains(QStringLiteral("SlowHiddenColumns.xlsx")));
}

TEST_CASE("XLSX: a sheet that is not well-formed XML is refused, not read by liborcus (a fuzzing find)",
          "[io][xlsx][broken]")
{
    // tests/data/xlsx/BrokenSheetXml.xlsx: xl/worksheets/sheet1.xml's compressed data damaged, its XML
    // broken at line 2; liborcus 0.17's XML parser asserted on it (abort).
    auto table = cc::io::XlsxReader::readFirstSheet(testing::dataPath(QStringLiteral("xlsx/BrokenSheetXml.xlsx")),
                                                    QStringLiteral("BrokenSheetXml.xlsx"));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(table.error().message.contains(QStringLiteral("BrokenSheetXml.xlsx")));
}

TEST_CASE("XLSX: a part that inflates to other bytes than the package lists is refused (a fuzzing find)",
          "[io][xlsx][broken]")
{
    // tests/data/xlsx/BrokenPartLength.xlsx: the sheet's and the workbook's compressed data changed so
    // that their CRC-32 no longer matches; liborcus 0.17 read the sheet cut short and its XML parser
    // asserted (abort). Well-formed XML as far as it goes, so only the size and checksum tell.
    auto table = cc::io::XlsxReader::readFirstSheet(testing::dataPath(QStringLiteral("xlsx/BrokenPartLength.xlsx")),
                                                    QStringLiteral("BrokenPartLength.xlsx"));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("BrokenPartLength.xlsx")));
    CHECK(table.error().message.contains(QStringLiteral("checksum")));
}

TEST_CASE("XLSX: a part whose XML is broken is refused with the line and column", "[io][xlsx][broken]")
{
    // A workbook written by libxlsxwriter, its sheet's XML then cut in the middle of a tag.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.xlsx"));
    {
        lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        worksheet_write_string(sheet, 0, 0, "indicator", nullptr);
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    }
    // Stored (method 0) copy of the package with the sheet truncated: rebuilt by zip, so that only the
    // XML is wrong.
    QProcess zip;
    const QString unpacked = dir.filePath(QStringLiteral("x"));
    QDir().mkpath(unpacked);
    zip.setWorkingDirectory(unpacked);
    zip.start(QStringLiteral("unzip"), {QStringLiteral("-q"), path});
    if (!zip.waitForFinished() || zip.exitCode() != 0)
        SKIP("unzip is not installed");
    QFile sheetXml(unpacked + QStringLiteral("/xl/worksheets/sheet1.xml"));
    REQUIRE(sheetXml.open(QIODevice::ReadWrite));
    const QByteArray text = sheetXml.readAll();
    sheetXml.resize(text.indexOf("<sheetData") + 6);
    sheetXml.close();
    QFile::remove(path);
    zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-r"), path, QStringLiteral(".")});
    if (!zip.waitForFinished() || zip.exitCode() != 0)
        SKIP("zip is not installed");
    auto table = cc::io::XlsxReader::readFirstSheet(path, QStringLiteral("cut.xlsx"));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(table.error().message.contains(QStringLiteral("line ")));
}

TEST_CASE("XLSX: a list of parts that breaks off is refused (a fuzzing find)", "[io][xlsx][broken]")
{
    // tests/data/xlsx/BrokenDirectory.xlsx: its end record announces 0 and 266 parts for a directory of
    // 10; liborcus read 4,194,304,937 bytes of shared strings out of it.
    auto table = cc::io::XlsxReader::readFirstSheet(testing::dataPath(QStringLiteral("xlsx/BrokenDirectory.xlsx")),
                                                    QStringLiteral("BrokenDirectory.xlsx"));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("BrokenDirectory.xlsx")));
    CHECK(table.error().message.contains(QStringLiteral("damaged")));
}
