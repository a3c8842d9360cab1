// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportCharts.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>

namespace {

// The spec's example check with its answers, as a report model.
cc::report::ReportModel demoReport()
{
    testing::Fixture f({.responses = QStringLiteral("scoring/responses.csv")});
    const auto scored = testing::valueOf(f.ws->assessments().score(f.check));
    const cc::report::ScoredCheck check {
        scored.assessment, scored.community, *scored.set, scored.responses, scored.score, {}};
    return cc::report::ReportBuilder::build(check,
                                            nullptr,
                                            {},
                                            cc::report::ReportSettings::defaults(QStringLiteral("zh_CN")),
                                            QStringLiteral("zh_CN"),
                                            QDate(2025, 6, 30));
}

int inkedPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++n;
        }
    }
    return n;
}

} // namespace

TEST_CASE("gui: the report font is Noto Sans CJK SC, which the project installs", "[gui][report]")
{
    // fonts-noto-cjk is a dependency of the package and of installer/install-deps.sh: without it
    // reports would not look the same on every machine, so a machine without it fails here.
    const auto choice = ReportFonts::cjkFamily();
    CHECK(choice.family == QString::fromLatin1(ReportFonts::kPreferred));
    CHECK(choice.warning.isEmpty());
    CHECK(ReportFonts::font(10).families().contains(QString::fromLatin1(ReportFonts::kPreferred)));
}

TEST_CASE("gui: radar and score bars draw into an image and a PDF page", "[gui][report]")
{
    QTemporaryDir dir;
    const auto report = demoReport();
    REQUIRE(report.programmes.size() == 2);

    QImage image(1000, 750, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ReportCharts::drawRadar(painter, QRectF(0, 0, 500, 375), report);
        ReportCharts::drawScoreBars(painter, QRectF(0, 375, 1000, 375), report);
    }
    if (const QString keep = qEnvironmentVariable("CC_TEST_KEEP"); !keep.isEmpty())
        image.save(keep + QStringLiteral("/charts.png")); // to look at it
    CHECK(inkedPixels(image.copy(0, 0, 500, 375)) > 2000);
    CHECK(inkedPixels(image.copy(0, 375, 1000, 375)) > 2000);
    CHECK(inkedPixels(image.copy(500, 0, 500, 375)) == 0); // nothing drawn outside its target

    const QString pdf = dir.filePath(QStringLiteral("charts.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        const QRectF page = painter.viewport();
        ReportCharts::drawRadar(painter, QRectF(page.x(), page.y(), page.width(), page.height() / 2), report);
        ReportCharts::drawScoreBars(
            painter, QRectF(page.x(), page.y() + page.height() / 2, page.width(), page.height() / 2), report);
    }
    CHECK(QFileInfo(pdf).size() > 2000);
}

TEST_CASE("gui: the report PDF has its pages, the score, the grade and Chinese text as text", "[gui][report]")
{
    QTemporaryDir dir;
    const auto report = demoReport();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    auto pages = ReportPdf::write(report, {}, path);
    REQUIRE(pages);
    CHECK(*pages >= 3);
    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    CHECK(pdf.pageCount() == *pages);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    CHECK(text.contains(report.title));
    CHECK(text.contains(QStringLiteral("示例社区"))); // 示 shares a glyph with the radical ⽰
    CHECK(text.contains(QStringLiteral("居民评价"))); // 民 shares one with the supplement radical ⺠
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)); // no radical in place of an ideograph
    CHECK(text.contains(QStringLiteral("房屋安全"))); // a task name from the score table
    // the overall score as `score --json` gives it, to one decimal, and the grade
    CHECK(text.contains(QString::number(cc::scoring::round1(*report.overall), 'f', 1)));
    CHECK(text.contains(report.grade));
    CHECK(text.contains(QStringLiteral("B1-02")));
    if (const QString keep = qEnvironmentVariable("CC_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(path, keep + QStringLiteral("/report.pdf"));
}

TEST_CASE("gui: an unwritable report path fails cleanly and leaves no file", "[gui][report][broken]")
{
    QTemporaryDir dir;
    const auto report = demoReport();
    const QString path = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    auto pages = ReportPdf::write(report, {}, path);
    REQUIRE_FALSE(pages);
    CHECK(pages.error().message.contains(QStringLiteral("report.pdf")));
    CHECK_FALSE(QFileInfo::exists(path));
}
