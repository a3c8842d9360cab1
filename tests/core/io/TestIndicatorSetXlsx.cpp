// SPDX-License-Identifier: GPL-3.0-or-later
// An indicator set as a workbook (docs/indicator-set-xlsx.md): export then import gives the same set,
// unknown fields included, also after LibreOffice Calc saved it again; a broken workbook is refused at
// its sheet, row and column, and nothing is stored.
#include "core/io/IndicatorSetJson.h"
#include "core/io/IndicatorSetXlsx.h"
#include "core/io/XlsxReader.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

#include <xlsxwriter.h>
#include <zlib.h>

using cc::io::IndicatorSetXlsx;
using cc::io::InputCell;
using cc::io::InputTable;

namespace {

using Sheets = std::vector<InputTable>;

cc::IndicatorSet setFrom(const QString& path)
{
    return testing::valueOf(cc::io::parseIndicatorSet(testing::readFile(path), QFileInfo(path).fileName()));
}

// Export, then import: the same canonical content (what SetService compares).
void roundTrips(const cc::IndicatorSet& set, const QString& path)
{
    REQUIRE_OK(IndicatorSetXlsx::write(set, path));
    const cc::IndicatorSet again = testing::valueOf(IndicatorSetXlsx::read(path, QFileInfo(path).fileName()));
    CHECK(QString::fromUtf8(cc::io::canonicalBytes(again)) == QString::fromUtf8(cc::io::canonicalBytes(set)));
}

InputTable& sheetNamed(Sheets& sheets, const char* name)
{
    for (InputTable& t : sheets) {
        if (t.sheet == QString::fromUtf8(name))
            return t;
    }
    FAIL("no sheet " << name);
    return sheets.front();
}

// The cell of a row (as the spreadsheet numbers it) under a header of the first row.
InputCell& cellAt(InputTable& table, int line, const char* header)
{
    const auto& headers = table.rows.front().cells;
    for (size_t c = 0; c < headers.size(); ++c) {
        if (headers[c].text == QString::fromUtf8(header)) {
            auto& cells = table.rows.at(static_cast<size_t>(line - 1)).cells;
            if (cells.size() <= c)
                cells.resize(c + 1);
            return cells[c];
        }
    }
    FAIL("no column " << header);
    return table.rows.front().cells.front();
}

// Writes sheets again as a workbook, each cell by its kind, as Excel would; `touch` may add cells
// (a formula) to a sheet after its cells are written.
void writeSheets(const Sheets& sheets,
                 const QString& path,
                 const std::function<void(const QString&, lxw_worksheet*)>& touch = {})
{
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    for (const InputTable& table : sheets) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, table.sheet.toUtf8().constData());
        for (const cc::io::InputRow& row : table.rows) {
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const InputCell& cell = row.cells[c];
                const auto r = static_cast<lxw_row_t>(row.line - 1);
                const auto column = static_cast<lxw_col_t>(c);
                if (cell.text.isEmpty())
                    continue;
                if (cell.kind == InputCell::Kind::Number)
                    worksheet_write_number(sheet, r, column, cell.text.toDouble(), nullptr);
                else if (cell.kind == InputCell::Kind::Boolean)
                    worksheet_write_boolean(sheet, r, column, cell.text == u"true", nullptr);
                else
                    worksheet_write_string(sheet, r, column, cell.text.toUtf8().constData(), nullptr);
            }
        }
        if (touch)
            touch(table.sheet, sheet);
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

// A ZIP archive of one stored file: a "workbook" that is a zip of something else.
QByteArray zipOf(const QByteArray& name, const QByteArray& data)
{
    const auto le = [](QByteArray& out, quint32 value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
    };
    const auto crc = static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef*>(data.constData()), static_cast<uInt>(data.size())));
    const auto size = static_cast<quint32>(data.size());
    const auto nameSize = static_cast<quint32>(name.size());
    QByteArray out;
    le(out, 0x04034b50, 4);
    for (const quint32 v : {20U, 0U, 0U, 0U, 0U})
        le(out, v, 2);
    le(out, crc, 4);
    le(out, size, 4);
    le(out, size, 4);
    le(out, nameSize, 2);
    le(out, 0, 2);
    out += name + data;
    const auto directoryAt = static_cast<quint32>(out.size());
    le(out, 0x02014b50, 4);
    for (const quint32 v : {20U, 20U, 0U, 0U, 0U, 0U})
        le(out, v, 2);
    le(out, crc, 4);
    le(out, size, 4);
    le(out, size, 4);
    le(out, nameSize, 2);
    for (const quint32 v : {0U, 0U, 0U, 0U})
        le(out, v, 2);
    le(out, 0, 4);
    le(out, 0, 4);
    out += name;
    const auto directorySize = static_cast<quint32>(out.size()) - directoryAt;
    le(out, 0x06054b50, 4);
    for (const quint32 v : {0U, 0U, 1U, 1U})
        le(out, v, 2);
    le(out, directorySize, 4);
    le(out, directoryAt, 4);
    le(out, 0, 2);
    return out;
}

} // namespace

TEST_CASE("XLSX set: the built-in sets and the valid test sets come back the same", "[io][sets][xlsx]")
{
    QTemporaryDir dir;
    QStringList files;
    for (const QString& name :
         QDir(testing::sourcePath(QStringLiteral("resources/indicators"))).entryList({QStringLiteral("*.json")}))
        files << testing::sourcePath(QStringLiteral("resources/indicators/") + name);
    files << testing::dataPath(QStringLiteral("sets/Valid.json"))
          << testing::dataPath(QStringLiteral("sets/ConflictingVersion.json"))
          << testing::dataPath(QStringLiteral("scoring/mini-set.json"));
    REQUIRE(files.size() >= 5);
    for (const QString& file : files) {
        CAPTURE(file);
        roundTrips(setFrom(file), dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".xlsx")));
    }
}

TEST_CASE("XLSX set: the workbook's layout: sheets, headers, numbers as numbers", "[io][sets][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mini.xlsx"));
    REQUIRE_OK(IndicatorSetXlsx::write(setFrom(testing::dataPath(QStringLiteral("sets/Valid.json"))), path));
    Sheets sheets = testing::valueOf(cc::io::XlsxReader::readWorkbook(path, QStringLiteral("mini.xlsx")));
    QStringList names;
    for (const InputTable& t : sheets)
        names << t.sheet;
    CHECK(names
          == QStringList {QStringLiteral("说明"),
                          QStringLiteral("结构"),
                          QStringLiteral("指标"),
                          QStringLiteral("选项"),
                          QStringLiteral("项目模板"),
                          QStringLiteral("等级")});
    InputTable& indicators = sheetNamed(sheets, "指标");
    CHECK(cellAt(indicators, 1, "权重 weight").text == u"权重 weight");
    CHECK(cellAt(indicators, 3, "代码 code").text == u"A-02");
    CHECK(cellAt(indicators, 3, "权重 weight").kind == InputCell::Kind::Number);
    CHECK(cellAt(indicators, 3, "必答 required").text == u"TRUE"); // text: Calc keeps it so
    CHECK(cellAt(indicators, 3, "分组 group").text == u"A");
    InputTable& readme = sheetNamed(sheets, "说明");
    CHECK(readme.rows.at(3).at(0).text == u"代码 code");
    CHECK(readme.rows.at(3).at(1).text == u"MINI");
    CHECK(readme.rows.at(4).at(1).kind == InputCell::Kind::Text); // the version "1" stays text
    InputTable& templates = sheetNamed(sheets, "项目模板");
    CHECK(cellAt(templates, 2, "方式 kind").text == u"共享模板 shared");
    CHECK(cellAt(templates, 3, "方式 kind").text == u"内嵌模板 inline");
    CHECK(cellAt(templates, 3, "指标 indicator").text == u"A-02");
    CHECK(cellAt(templates, 4, "方式 kind").text == u"引用 reference");
    CHECK(cellAt(templates, 4, "代码 code").text == u"P-SHARED");
}

TEST_CASE("XLSX set: unknown fields survive export and import", "[io][sets][xlsx]")
{
    QJsonObject root =
        QJsonDocument::fromJson(testing::readFile(testing::dataPath(QStringLiteral("sets/Valid.json")))).object();
    // Unknown fields on every kind of row, another language of a text, a text starting with '='.
    root.insert(QStringLiteral("ledger_note"), QJsonArray {1, QStringLiteral("two")});
    QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    QJsonObject a = groups[0].toObject();
    a.insert(QStringLiteral("plan_task"), 3);
    QJsonObject name = a.value(QStringLiteral("name")).toObject();
    name.insert(QStringLiteral("fr"), QStringLiteral("Équipements"));
    a.insert(QStringLiteral("name"), name);
    QJsonArray indicators = a.value(QStringLiteral("indicators")).toArray();
    QJsonObject first = indicators[0].toObject();
    first.insert(QStringLiteral("unit"), QStringLiteral("=SUM(A1:A2)"));
    first.insert(QStringLiteral("options"), QStringLiteral("not a choice: kept as it is"));
    first.insert(QStringLiteral("responsible_units"), QJsonArray {QStringLiteral("甲；乙"), QStringLiteral("丙")});
    indicators[0] = first;
    QJsonObject second = indicators[1].toObject(); // a target that needs 17 digits
    second.insert(QStringLiteral("target"), 0.1 + 0.2);
    indicators[1] = second;
    a.insert(QStringLiteral("indicators"), indicators);
    groups[0] = a;
    root.insert(QStringLiteral("groups"), groups);
    QJsonArray grades = root.value(QStringLiteral("grades")).toArray();
    QJsonObject best = grades[0].toObject();
    best.insert(QStringLiteral("max"), 100); // another kind's column: kept in extra
    grades[0] = best;
    root.insert(QStringLiteral("grades"), grades);

    const cc::IndicatorSet set =
        testing::valueOf(cc::io::parseIndicatorSet(QJsonDocument(root).toJson(), QStringLiteral("unknown.json")));
    QTemporaryDir dir;
    roundTrips(set, dir.filePath(QStringLiteral("unknown.xlsx")));
    const cc::IndicatorSet again = testing::valueOf(
        IndicatorSetXlsx::read(dir.filePath(QStringLiteral("unknown.xlsx")), QStringLiteral("u.xlsx")));
    CHECK(again.extra.value(QStringLiteral("x_publisher")).toObject().value(QStringLiteral("unit")).toString()
          == u"示例县住建局");
    CHECK(again.extra.contains(QStringLiteral("ledger_note")));
    CHECK(again.groups[0].extra.value(QStringLiteral("plan_task")) == 3);
    CHECK(again.groups[0].name.extra.value(QStringLiteral("fr")).toString() == u"Équipements");
    CHECK(again.groups[0].indicators[0].unit == u"=SUM(A1:A2)");
    CHECK(again.groups[0].indicators[0].responsibleUnits
          == QStringList {QStringLiteral("甲；乙"), QStringLiteral("丙")});
    CHECK(again.grades[0].extra.value(QStringLiteral("max")) == 100);
    CHECK(again.indicator(u"A-02")->target == 0.1 + 0.2);
}

TEST_CASE("XLSX set: cells are read by their type: full-width digits, a formula's value, TRUE/是", "[io][sets][xlsx]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.xlsx"));
    REQUIRE_OK(IndicatorSetXlsx::write(setFrom(testing::dataPath(QStringLiteral("sets/Valid.json"))), base));
    Sheets sheets = testing::valueOf(cc::io::XlsxReader::readWorkbook(base, QStringLiteral("base.xlsx")));
    InputTable& indicators = sheetNamed(sheets, "指标");
    cellAt(indicators, 3, "权重 weight") = {InputCell::Kind::Text, QStringLiteral("１２")};
    cellAt(indicators, 3, "必答 required") = {InputCell::Kind::Text, QStringLiteral("否")};
    cellAt(indicators, 4, "权重 weight") = {}; // empty: the default
    const QString edited = dir.filePath(QStringLiteral("edited.xlsx"));
    writeSheets(sheets, edited, [](const QString& sheet, lxw_worksheet* ws) {
        if (sheet == u"指标") // A-02's target: a formula whose saved value is 25
            worksheet_write_formula_num(ws, 2, 16, "=5*5", nullptr, 25);
    });
    const cc::IndicatorSet set = testing::valueOf(IndicatorSetXlsx::read(edited, QStringLiteral("edited.xlsx")));
    const cc::Indicator* a02 = set.indicator(u"A-02");
    REQUIRE(a02);
    CHECK(a02->weight == 12);
    CHECK_FALSE(a02->required);
    CHECK(a02->target == 25);
    CHECK(set.indicator(u"A-03")->weight == 1);
}

TEST_CASE("XLSX set: a broken workbook is refused at its sheet, row and column; nothing is stored",
          "[io][sets][xlsx][broken]")
{
    testing::Fixture f({.set = testing::FixtureSet::None});
    REQUIRE_OK(f.ws->sets().importFile(testing::dataPath(QStringLiteral("sets/Valid.json"))));
    const QString before = testing::dumpDatabase(f.path);
    const QString base = f.file(QStringLiteral("base.xlsx"));
    REQUIRE_OK(f.ws->sets().exportToFile(QStringLiteral("MINI"), QStringLiteral("1"), base));

    struct Broken
    {
        const char* name;
        std::function<void(Sheets&)> edit;
        const char* message; // the start of the error's message
    };
    const std::vector<Broken> cases = {
        {"NoSheet.xlsx", [](Sheets& s) { s.erase(s.begin() + 3); }, "NoSheet.xlsx: the workbook has no sheet \"选项\""},
        {"NoColumn.xlsx",
         [](Sheets& s) {
             for (cc::io::InputRow& row : sheetNamed(s, "指标").rows)
                 row.cells.erase(row.cells.begin() + 5); // 类型 type
         },
         "NoColumn.xlsx, sheet 指标, row 1: the header must name the columns type."},
        {"TwoCodes.xlsx",
         [](Sheets& s) { cellAt(sheetNamed(s, "指标"), 4, "代码 code").text = QStringLiteral("A-02"); },
         "TwoCodes.xlsx, sheet 指标, row 4, column C (代码 code): the code \"A-02\" is also on TwoCodes.xlsx, sheet "
         "指标, "
         "row 3"},
        {"TextWeight.xlsx",
         [](Sheets& s) {
             cellAt(sheetNamed(s, "指标"), 3, "权重 weight") = {InputCell::Kind::Text, QStringLiteral("abc")};
         },
         "TextWeight.xlsx, sheet 指标, row 3, column H (权重 weight): \"abc\" is not a number"},
        {"HugeWeight.xlsx",
         [](Sheets& s) { cellAt(sheetNamed(s, "指标"), 3, "权重 weight").text = QStringLiteral("2000000"); },
         "HugeWeight.xlsx, sheet 指标, row 3, column H (权重 weight), groups[0].indicators[1].weight: must be at most "
         "1000000"},
        {"UnknownIndicator.xlsx",
         [](Sheets& s) { cellAt(sheetNamed(s, "选项"), 2, "指标 indicator").text = QStringLiteral("B1-99"); },
         "UnknownIndicator.xlsx, sheet 选项, row 2, column A (指标 indicator): no indicator on the sheet 指标 has the "
         "code "
         "\"B1-99\""},
        {"NoTarget.xlsx",
         [](Sheets& s) { cellAt(sheetNamed(s, "指标"), 3, "目标值 target") = {}; },
         "NoTarget.xlsx, sheet 指标, row 3, column Q (目标值 target), groups[0].indicators[1].target: a number "
         "indicator "
         "needs a target"},
        {"ItemOnChoice.xlsx",
         [](Sheets& s) { cellAt(sheetNamed(s, "选项"), 2, "类别 kind").text = QStringLiteral("item"); },
         "ItemOnChoice.xlsx, sheet 选项, row 2, column F (得分 score): a row of the kind 清单项 item leaves this "
         "column empty"},
        {"GroupCode.xlsx",
         [](Sheets& s) { cellAt(sheetNamed(s, "指标"), 2, "代码 code").text = QStringLiteral("B1"); },
         "GroupCode.xlsx, sheet 结构, row 4, column A (代码 code), groups[1].groups[0].code: duplicate code \"B1\" "
         "(already used at GroupCode.xlsx, sheet 指标, row 2, column C (代码 code), groups[0].indicators[0].code)"},
    };
    for (const Broken& broken : cases) {
        CAPTURE(broken.name);
        Sheets sheets = testing::valueOf(cc::io::XlsxReader::readWorkbook(base, QStringLiteral("base.xlsx")));
        broken.edit(sheets);
        const QString path = f.file(QString::fromLatin1(broken.name));
        writeSheets(sheets, path);
        auto result = f.ws->sets().importFile(path);
        REQUIRE_FALSE(result);
        CAPTURE(result.error().message);
        CHECK(result.error().message.startsWith(QString::fromUtf8(broken.message)));
        CHECK(testing::dumpDatabase(f.path) == before);
    }

    // Files that are no set workbook: a zip of something else, an old .xls, an error cell (#DIV/0!)
    // saved by LibreOffice Calc (tests/data/sets/xlsx/README.md says how it was made).
    testing::writeFile(f.file(QStringLiteral("zip.xlsx")), zipOf("notes.txt", "not a workbook"));
    testing::writeFile(f.file(QStringLiteral("old.xls")),
                       QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
    const std::pair<QString, const char*> files[] = {
        {f.file(QStringLiteral("zip.xlsx")), "zip.xlsx: the workbook has no sheet"},
        {f.file(QStringLiteral("old.xls")), "old.xls is an old Excel workbook (.xls)"},
        {testing::dataPath(QStringLiteral("sets/xlsx/BrokenErrorCell.xlsx")),
         "BrokenErrorCell.xlsx, sheet 指标, row 3, column H (权重 weight): the cell is an error ("},
    };
    for (const auto& [path, message] : files) {
        CAPTURE(path);
        auto result = f.ws->sets().importFile(path);
        REQUIRE_FALSE(result);
        CAPTURE(result.error().message);
        CHECK(result.error().message.startsWith(QString::fromUtf8(message)));
        CHECK(testing::dumpDatabase(f.path) == before);
    }
}

TEST_CASE("XLSX set: export then import of a stored set is a no-op", "[io][sets][xlsx]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default, .check = false});
    const QString path = f.file(QStringLiteral("default.xlsx"));
    REQUIRE_OK(f.ws->sets().exportToFile(f.setCode, {}, path));
    const QString before = testing::dumpDatabase(f.path);
    const auto again = testing::valueOf(f.ws->sets().importFile(path));
    CHECK_FALSE(again.created);
    CHECK(testing::dumpDatabase(f.path) == before);
}

TEST_CASE("XLSX set: a workbook saved again by LibreOffice Calc (committed copy) is the same set", "[io][sets][xlsx]")
{
    // tests/data/sets/xlsx/ValidCalc.xlsx: Valid.json exported, then opened and saved by Calc.
    const cc::IndicatorSet set = testing::valueOf(IndicatorSetXlsx::read(
        testing::dataPath(QStringLiteral("sets/xlsx/ValidCalc.xlsx")), QStringLiteral("ValidCalc.xlsx")));
    CHECK(QString::fromUtf8(cc::io::canonicalBytes(set))
          == QString::fromUtf8(cc::io::canonicalBytes(setFrom(testing::dataPath(QStringLiteral("sets/Valid.json"))))));
}

#ifdef CC_SOFFICE
// Run by its own ctest entry (a timeout of its own), only where LibreOffice was found at configure time.
TEST_CASE("XLSX set: the built-in set saved again by LibreOffice Calc imports as a no-op", "[.][calc]")
{
    testing::Fixture f({.set = testing::FixtureSet::Default, .check = false});
    const QString exported = f.file(QStringLiteral("default.xlsx"));
    REQUIRE_OK(f.ws->sets().exportToFile(f.setCode, {}, exported));
    QDir(f.dir.path()).mkdir(QStringLiteral("calc"));
    const QString out = f.file(QStringLiteral("calc"));
    QProcess soffice;
    soffice.start(QStringLiteral(CC_SOFFICE),
                  {QStringLiteral("-env:UserInstallation=file://") + f.file(QStringLiteral("profile")),
                   QStringLiteral("--headless"),
                   QStringLiteral("--convert-to"),
                   QStringLiteral("xlsx:Calc MS Excel 2007 XML"),
                   QStringLiteral("--outdir"),
                   out,
                   exported});
    REQUIRE(soffice.waitForFinished(110000));
    CAPTURE(QString::fromLocal8Bit(soffice.readAllStandardOutput() + soffice.readAllStandardError()));
    REQUIRE(soffice.exitCode() == 0);
    const QString saved = out + QStringLiteral("/default.xlsx");
    REQUIRE(QFileInfo::exists(saved));
    REQUIRE(testing::readFile(saved) != testing::readFile(exported)); // Calc wrote it, not a copy
    const QString before = testing::dumpDatabase(f.path);
    const auto again = testing::valueOf(f.ws->sets().importFile(saved));
    CHECK_FALSE(again.created);
    CHECK(testing::dumpDatabase(f.path) == before);
}
#endif
