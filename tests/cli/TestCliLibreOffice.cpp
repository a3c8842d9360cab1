// SPDX-License-Identifier: GPL-3.0-or-later
// What the app writes opens in LibreOffice as a county office opens it: every XLSX the CLI writes is
// converted headless by Calc, read back, and compared cell by cell with the app's own file (numbers
// stay numbers, dates stay dates, Chinese intact); the ODT report is converted to text by Writer and
// holds the community, its score and its problems. Runs only where soffice is installed (CI installs
// LibreOffice); tagged hidden so the normal suite does not start LibreOffice.
#include "core/io/XlsxReader.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using testing::CliFixture;
using testing::jsonArray;
using testing::Run;

#ifdef CC_SOFFICE

namespace {

// `soffice --headless --convert-to FILTER` of `file` into `outDir`, with a private profile.
QString convert(const CliFixture& f, const QString& file, const QString& filter, const QString& suffix)
{
    const QString outDir = f.file(QStringLiteral("calc"));
    QDir().mkpath(outDir);
    QProcess soffice;
    soffice.start(QStringLiteral(CC_SOFFICE),
                  {QStringLiteral("-env:UserInstallation=file://") + f.file(QStringLiteral("lo-profile")),
                   QStringLiteral("--headless"),
                   QStringLiteral("--convert-to"),
                   filter,
                   QStringLiteral("--outdir"),
                   outDir,
                   file});
    REQUIRE(soffice.waitForFinished(110000));
    const QString out = outDir + u'/' + QFileInfo(file).completeBaseName() + u'.' + suffix;
    INFO(QString::fromUtf8(soffice.readAllStandardError()).toStdString());
    REQUIRE(QFileInfo::exists(out));
    return out;
}

std::vector<cc::io::InputTable> sheets(const QString& path)
{
    auto read = cc::io::XlsxReader::readWorkbook(path, QFileInfo(path).fileName());
    REQUIRE_OK(read);
    return std::move(read).value();
}

struct Kinds
{
    int numbers = 0;
    int dates = 0;
    int texts = 0;
};

// The app's workbook and Calc's copy of it hold the same sheets, cells and cell kinds.
Kinds compareWithCalc(const CliFixture& f, const QString& path)
{
    INFO(path.toStdString());
    const auto ours = sheets(path);
    const auto calc = sheets(convert(f, path, QStringLiteral("xlsx:Calc MS Excel 2007 XML"), QStringLiteral("xlsx")));
    REQUIRE(ours.size() == calc.size());
    Kinds kinds;
    for (size_t s = 0; s < ours.size(); ++s) {
        CHECK(ours[s].sheet == calc[s].sheet);
        REQUIRE(ours[s].rows.size() == calc[s].rows.size());
        for (size_t r = 0; r < ours[s].rows.size(); ++r) {
            const auto& a = ours[s].rows[r];
            const auto& b = calc[s].rows[r];
            const size_t columns = std::max(a.cells.size(), b.cells.size());
            for (size_t c = 0; c < columns; ++c) {
                const auto& x = a.at(static_cast<int>(c));
                const auto& y = b.at(static_cast<int>(c));
                INFO(ours[s].where(a.line, static_cast<int>(c)).toStdString());
                CHECK(x.text == y.text);
                CHECK(x.kind == y.kind);
                if (x.text.isEmpty())
                    continue;
                if (x.kind == cc::io::InputCell::Kind::Number)
                    ++kinds.numbers;
                else if (x.kind == cc::io::InputCell::Kind::Date)
                    ++kinds.dates;
                else if (x.kind == cc::io::InputCell::Kind::Text)
                    ++kinds.texts;
            }
        }
    }
    return kinds;
}

} // namespace

TEST_CASE("LibreOffice opens every XLSX and the ODT the app writes, values intact", "[.][libreoffice]")
{
    CliFixture f;
    REQUIRE(f.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QJsonArray checks =
        jsonArray(f.run({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE_FALSE(checks.isEmpty());
    for (const auto& c : checks)
        REQUIRE(f.run({QStringLiteral("projects"),
                       QStringLiteral("generate"),
                       c.toObject()[QStringLiteral("id")].toString()})
                    .exitCode
                == 0);

    // The project list: costs are numbers, 限时解决 deadlines are dates.
    const QString projects = f.file(QStringLiteral("项目清单.xlsx"));
    REQUIRE(f.run({QStringLiteral("projects"), QStringLiteral("export"), QStringLiteral("-o"), projects}).exitCode
            == 0);
    const Kinds p = compareWithCalc(f, projects);
    CHECK(p.numbers > 0);
    CHECK(p.dates > 0);
    CHECK(p.texts > 0);

    // The ranking, the national tables, a set as a workbook.
    const QString round = checks.first().toObject()[QStringLiteral("round")].toString();
    const QString scores = f.file(QStringLiteral("scores.xlsx"));
    REQUIRE(f.run({QStringLiteral("scores"), QStringLiteral("--round"), round, QStringLiteral("-o"), scores}).exitCode
            == 0);
    CHECK(compareWithCalc(f, scores).numbers > 0);
    const QString national = f.file(QStringLiteral("national"));
    const QString county = QStringLiteral("东湖区");
    const Run exported = f.run({QStringLiteral("export"),
                                QStringLiteral("national"),
                                QStringLiteral("--county"),
                                county,
                                QStringLiteral("--round"),
                                round,
                                QStringLiteral("-o"),
                                national});
    REQUIRE(exported.exitCode == 0);
    for (const QString& name : QDir(national).entryList({QStringLiteral("*.xlsx")}))
        compareWithCalc(f, national + u'/' + name);
    const QString set = f.file(QStringLiteral("set.xlsx"));
    REQUIRE(
        f.run({QStringLiteral("sets"), QStringLiteral("export"), QStringLiteral("JX-HSQ"), QStringLiteral("-o"), set})
            .exitCode
        == 0);
    CHECK(compareWithCalc(f, set).numbers > 0);

    // The report's editable copy: Writer reads the community, its score and grade, and its problems.
    const QString id = checks.first().toObject()[QStringLiteral("id")].toString();
    const QString odt = f.file(QStringLiteral("report.odt"));
    REQUIRE(f.run({QStringLiteral("report"), id, QStringLiteral("-o"), odt}).exitCode == 0);
    const QString text = QString::fromUtf8(
        testing::readFile(convert(f, odt, QStringLiteral("txt:Text (encoded):UTF8"), QStringLiteral("txt"))));
    const QJsonObject score =
        QJsonDocument::fromJson(f.run({QStringLiteral("score"), id, QStringLiteral("--json")}).out.toUtf8()).object();
    CHECK(text.contains(score[QStringLiteral("community")].toObject()[QStringLiteral("name")].toString()));
    const QJsonObject overall = score[QStringLiteral("overall")].toObject();
    CHECK(text.contains(QString::number(overall[QStringLiteral("score")].toDouble(), 'f', 1)));
    CHECK(text.contains(overall[QStringLiteral("grade")].toString()));
    const QJsonArray problems = jsonArray(f.run({QStringLiteral("problems"), id, QStringLiteral("--json")}).out);
    REQUIRE_FALSE(problems.isEmpty());
    for (const auto& problem : problems)
        CHECK(text.contains(problem.toObject()[QStringLiteral("name")].toString()));
}

#endif
