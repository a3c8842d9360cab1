// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and XLSX exports read back: the CSV with our own RFC 4180 reader, the XLSX by unzipping it
// (zlib) and reading its sheet and shared strings.
#include "core/io/ResponsesCsv.h"
#include "core/io/TableExport.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

using cc::io::Table;
using cc::io::TableExport;

namespace {

Table sample()
{
    Table t;
    t.name = QStringLiteral("项目清单");
    t.header = {
        QStringLiteral("ID"), QStringLiteral("项目"), QStringLiteral("估算投资（万元）"), QStringLiteral("说明")};
    t.rows = {{QStringLiteral("a1"), QStringLiteral("电动自行车充电棚"), 12.5, QStringLiteral("含 3 处, \"集中\"")},
              {QStringLiteral("b2"), QStringLiteral("二次供水改造"), QVariant(), QStringLiteral("第一行\n第二行")}};
    return t;
}

// The entries of a ZIP, inflated.
QMap<QString, QByteArray> unzip(const QByteArray& zip)
{
    QMap<QString, QByteArray> out;
    const auto u16 = [&](qsizetype p) { return qFromLittleEndian<quint16>(zip.constData() + p); };
    const auto u32 = [&](qsizetype p) { return qFromLittleEndian<quint32>(zip.constData() + p); };
    qsizetype end = zip.size() - 22;
    while (end >= 0 && u32(end) != 0x06054b50)
        --end;
    REQUIRE(end >= 0);
    qsizetype at = u32(end + 16);
    for (int i = 0; i < u16(end + 10); ++i) {
        REQUIRE(u32(at) == 0x02014b50);
        const quint16 method = u16(at + 10);
        const quint32 compressed = u32(at + 20);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const quint32 local = u32(at + 42);
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        QByteArray bytes = zip.mid(data, compressed);
        if (method == 8) {
            QByteArray inflated(static_cast<qsizetype>(size), Qt::Uninitialized);
            z_stream s {};
            REQUIRE(inflateInit2(&s, -MAX_WBITS) == Z_OK);
            s.next_in = reinterpret_cast<Bytef*>(bytes.data());
            s.avail_in = static_cast<uInt>(bytes.size());
            s.next_out = reinterpret_cast<Bytef*>(inflated.data());
            s.avail_out = static_cast<uInt>(inflated.size());
            CHECK(inflate(&s, Z_FINISH) == Z_STREAM_END);
            inflateEnd(&s);
            bytes = inflated;
        }
        out.insert(name, bytes);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return out;
}

} // namespace

TEST_CASE("A table exported as CSV reads back cell for cell, with a BOM for Excel", "[io][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE_OK(TableExport::write({sample()}, path));
    const QByteArray bytes = testing::readFile(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    auto text = cc::io::decodeCsvText(bytes, path);
    REQUIRE_OK(text);
    auto records = cc::io::parseCsv(text->text, path);
    REQUIRE_OK(records);
    REQUIRE(records->size() == 3);
    CHECK(records->at(0).fields == sample().header);
    CHECK(records->at(1).fields
          == QStringList({QStringLiteral("a1"),
                          QStringLiteral("电动自行车充电棚"),
                          QStringLiteral("12.5"),
                          QStringLiteral("含 3 处, \"集中\"")}));
    CHECK(records->at(2).fields.at(2).isEmpty());
    CHECK(records->at(2).fields.at(3) == u"第一行\n第二行");
}

TEST_CASE("A table exported as XLSX has its sheet, its strings and its numbers", "[io][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    REQUIRE_OK(TableExport::write({sample()}, path));
    const auto entries = unzip(testing::readFile(path));
    REQUIRE(entries.contains(QStringLiteral("xl/workbook.xml")));
    REQUIRE(entries.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    REQUIRE(entries.contains(QStringLiteral("xl/sharedStrings.xml")));
    const QString strings = QString::fromUtf8(entries.value(QStringLiteral("xl/sharedStrings.xml")));
    for (const QString& s :
         {QStringLiteral("电动自行车充电棚"), QStringLiteral("估算投资（万元）"), QStringLiteral("第一行\n第二行")})
        CHECK(strings.contains(s));
    const QString sheet = QString::fromUtf8(entries.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("<v>12.5</v>"))); // a number, not text
    CHECK(QString::fromUtf8(entries.value(QStringLiteral("xl/workbook.xml"))).contains(QStringLiteral("项目清单")));
    // nothing left beside it
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("Exports refuse other suffixes and missing folders, and leave nothing behind", "[io][export][broken]")
{
    QTemporaryDir dir;
    CHECK_FALSE(TableExport::write({sample()}, dir.filePath(QStringLiteral("list.pdf"))));
    CHECK_FALSE(TableExport::write({sample()}, dir.filePath(QStringLiteral("no/such/list.xlsx"))));
    CHECK_FALSE(TableExport::write({sample()}, dir.filePath(QStringLiteral("no/such/list.csv"))));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    // A folder nobody can write to (even root: /proc): our words, before libxlsxwriter would print its own.
    auto refused = TableExport::write({sample()}, QStringLiteral("/proc/cc-list.xlsx"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("cc-list.xlsx")));
}

TEST_CASE("CSV cells a spreadsheet would run as a formula get an apostrophe; placeholders and signed numbers do not",
          "[io][export]")
{
    cc::io::Table t;
    t.header = {QStringLiteral("text")};
    for (const char* cell : {"=SUM(A1:A9)", "+1+1", "-2+3*cmd", "@cmd", "\tx", "-", "+", "-3", "+12.5", "—", "正常"})
        t.rows.push_back({QString::fromUtf8(cell)});
    const QString text = QString::fromUtf8(TableExport::csv(t)).mid(1);
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.mid(1, 11)
          == QStringList {QStringLiteral("'=SUM(A1:A9)"),
                          QStringLiteral("'+1+1"),
                          QStringLiteral("'-2+3*cmd"),
                          QStringLiteral("'@cmd"),
                          QStringLiteral("'\tx"),
                          QStringLiteral("-"),
                          QStringLiteral("+"),
                          QStringLiteral("-3"),
                          QStringLiteral("+12.5"),
                          QStringLiteral("—"),
                          QStringLiteral("正常")});
}
