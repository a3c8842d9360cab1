// SPDX-License-Identifier: GPL-3.0-or-later
// The report's ways out: the ODT copy, export through the workspace, the preview dialog and the
// report settings dialog, with the broken cases (missing or bad logo, unwritable path).
#include "app/common/AppEnvironment.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReportPreviewDialog.h"
#include "app/gui/ReportSettingsDialog.h"
#include "app/render/OdtPackage.h"
#include "app/render/PdfPages.h"
#include "app/render/ReportExport.h"
#include "app/render/ReportOdt.h"
#include "app/render/ReportText.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"
#include "tests/support/Zip.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

using testing::unzip;
using testing::ZipEntry;

namespace {

// The spec's example check with its answers, and an empty re-check of the next year.
struct Fixture : testing::Fixture
{
    cc::AssessmentId answered;
    cc::AssessmentId empty;

    Fixture()
        : testing::Fixture({.responses = QStringLiteral("scoring/responses.csv")})
        , answered(check)
    {
        empty = testing::valueOf(
                    ws->assessments().create(
                        {community.code, QStringLiteral("MINI"), {}, cc::Round {2026, QStringLiteral("复检")}, {}}))
                    .assessment.id;
    }

    cc::report::ReportModel model(const cc::AssessmentId& id)
    {
        auto m = ws->reports().build(id, QStringLiteral("zh_CN"), QDate(2026, 11, 25));
        REQUIRE(m);
        return *m;
    }

    void setLogo(const QString& path)
    {
        auto s = ws->reportSettings(QStringLiteral("zh_CN"));
        REQUIRE(s);
        s->logoPath = path;
        REQUIRE(ws->setReportSettings(*s));
    }
};

QString pdfText(const QString& path, int* pages = nullptr)
{
    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    if (pages)
        *pages = pdf.pageCount();
    return text;
}

} // namespace

TEST_CASE("gui: the ODT package deflates its XML and stores the mimetype first", "[gui][report][odt]")
{
    OdtPackage package;
    const QByteArray xml = QByteArray("<?xml version=\"1.0\"?><a>") + QByteArray("体检").repeated(2000) + "</a>";
    const QByteArray png = QByteArray("\x89PNG", 4) + QByteArray(300, 'x');
    package.add(QStringLiteral("content.xml"), xml, QStringLiteral("text/xml"));
    package.add(QStringLiteral("Pictures/1.png"), png, QStringLiteral("image/png"));
    const auto zip = package.finish();
    REQUIRE(zip);
    const auto entries = unzip(*zip);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].name == u"mimetype");
    CHECK(entries[0].method == 0);
    CHECK(entries[1].method == 8);
    CHECK(entries[1].data == xml);
    CHECK(entries[1].packedSize < static_cast<quint32>(xml.size()) / 10);
    CHECK(entries[2].method == 0);
    CHECK(entries[2].data == png);
    CHECK(entries[3].name == u"META-INF/manifest.xml");
    CHECK(entries[3].method == 8);
}

TEST_CASE("gui: the ODT copy is an OpenDocument text with the report's content and Chinese font sizes",
          "[gui][report][odt]")
{
    Fixture f;
    const auto report = f.model(f.answered);
    auto bytes = ReportOdt::build(report, {});
    REQUIRE(bytes);
    const auto entries = unzip(*bytes);
    REQUIRE(entries.size() >= 5);
    CHECK(entries.front().name == u"mimetype"); // first and uncompressed, as ODF requires
    CHECK(entries.front().method == 0);
    CHECK(entries.front().data == "application/vnd.oasis.opendocument.text");
    QMap<QString, QByteArray> byName;
    for (const ZipEntry& e : entries)
        byName.insert(e.name, e.data);
    REQUIRE(byName.contains(QStringLiteral("content.xml")));
    REQUIRE(byName.contains(QStringLiteral("styles.xml")));
    REQUIRE(byName.contains(QStringLiteral("META-INF/manifest.xml")));
    const QString content = QString::fromUtf8(byName.value(QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("示例社区")));
    CHECK(content.contains(QString::number(cc::scoring::round1(*report.overall), 'f', 1)));
    CHECK(content.contains(QStringLiteral("B1-02")));
    CHECK(content.contains(QStringLiteral("style:font-size-asian=\"24pt\""))); // the Chinese title is large
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(content.contains(QStringLiteral("Pictures/1.png"))); // the radar
    const QString manifest = QString::fromUtf8(byName.value(QStringLiteral("META-INF/manifest.xml")));
    CHECK(manifest.contains(QStringLiteral("Pictures/1.png")));
    CHECK(QString::fromUtf8(byName.value(QStringLiteral("styles.xml"))).contains(QStringLiteral("text:page-number")));
    QXmlStreamReader xml(byName.value(QStringLiteral("content.xml")));
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError()); // well-formed
}

TEST_CASE("gui: report export writes PDF or ODT by suffix and refuses other suffixes", "[gui][report]")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("out.pdf"));
    auto pages = ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), pdf);
    REQUIRE(pages);
    int counted = 0;
    const QString text = pdfText(pdf, &counted);
    CHECK(counted == *pages);
    CHECK(text.contains(QStringLiteral("示例社区")));
    const QString odt = f.dir.filePath(QStringLiteral("out.odt"));
    REQUIRE(ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), odt));
    QFile odtFile(odt);
    REQUIRE(odtFile.open(QIODevice::ReadOnly));
    CHECK(unzip(odtFile.readAll()).front().name == u"mimetype");
    auto txt = ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), f.dir.filePath(QStringLiteral("x.txt")));
    CHECK_FALSE(txt);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("x.txt"))));
}

TEST_CASE("gui: a check without answers gets a report that says so", "[gui][report][broken]")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(ReportExport::write(*f.ws, f.empty, QStringLiteral("zh_CN"), pdf));
    const QString text = pdfText(pdf).simplified().remove(u' ');
    CHECK(text.contains(ReportText::noAnswers().simplified().remove(u' ')));
    CHECK_FALSE(text.contains(QStringLiteral("0.0·"))); // no zero score shown as if it were one
}

TEST_CASE("gui: a missing or broken logo stops the report with a message and leaves no file", "[gui][report][broken]")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("logo.pdf"));
    const QString odt = f.dir.filePath(QStringLiteral("logo.odt"));
    f.setLogo(f.dir.filePath(QStringLiteral("missing.png")));
    auto missing = ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), pdf);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("missing.png")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    const QString notImage = f.dir.filePath(QStringLiteral("not-an-image.png"));
    QFile file(notImage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is text, not a PNG");
    file.close();
    f.setLogo(notImage);
    for (const QString& path : {pdf, odt}) {
        auto broken = ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), path);
        REQUIRE_FALSE(broken);
        CHECK(broken.error().message.contains(QStringLiteral("not-an-image.png")));
        CHECK_FALSE(QFileInfo::exists(path));
    }

    const QString logo = f.dir.filePath(QStringLiteral("logo.png"));
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(QColor(0x1d, 0x6f, 0x5f));
    REQUIRE(image.save(logo));
    f.setLogo(logo);
    REQUIRE(ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), pdf));
    REQUIRE(ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), odt));
}

TEST_CASE("gui: an unwritable ODT path fails cleanly and leaves no file", "[gui][report][broken]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("no/such/folder/report.odt"));
    auto written = ReportOdt::write(f.model(f.answered), {}, path);
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(QStringLiteral("report.odt")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("gui: the preview shows the report's pages and exports PDF and ODT", "[gui][report]")
{
    Fixture f;
    ReportPreviewDialog dialog(*f.ws, f.model(f.answered));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.pageCount() > 0, 10000);
    const QString pdf = f.dir.filePath(QStringLiteral("preview.pdf"));
    REQUIRE(dialog.exportFile(pdf));
    int pages = 0;
    pdfText(pdf, &pages);
    CHECK(pages == dialog.pageCount()); // the preview paginates exactly like the PDF
    REQUIRE(dialog.exportFile(f.dir.filePath(QStringLiteral("preview.odt"))));
    CHECK(dialog.suggestedFileName(QStringLiteral("pdf")) == u"DEMO-001_2025体检.pdf");
    auto failed = dialog.exportFile(f.dir.filePath(QStringLiteral("no/dir/x.pdf")));
    CHECK_FALSE(failed);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text() == failed.error().message);
}

TEST_CASE("gui: report settings refuse a logo that is not an image and store the rest", "[gui][report][dialogs]")
{
    Fixture f;
    const QString notImage = f.dir.filePath(QStringLiteral("logo.txt"));
    QFile file(notImage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("plain text");
    file.close();

    ReportSettingsDialog dialog(*f.ws, QStringLiteral("zh_CN"));
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("issuingUnitLineEdit"))->insert(QStringLiteral("东湖区住建局"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("signaturesPlainTextEdit"))
        ->setPlainText(QStringLiteral("体检员\n\n审核人\n"));
    dialog.findChild<QLineEdit*>(QStringLiteral("logoLineEdit"))->setText(notImage);
    dialog.accept();
    CHECK(dialog.isVisible()); // refused
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("logo.txt")));
    auto unchanged = f.ws->reportSettings(QStringLiteral("zh_CN"));
    REQUIRE(unchanged);
    CHECK(unchanged->issuingUnit.isEmpty());

    dialog.findChild<QLineEdit*>(QStringLiteral("logoLineEdit"))->clear();
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    auto stored = f.ws->reportSettings(QStringLiteral("zh_CN"));
    REQUIRE(stored);
    CHECK(stored->issuingUnit == u"东湖区住建局");
    CHECK(stored->signatureLines == QStringList {QStringLiteral("体检员"), QStringLiteral("审核人")});
    CHECK(stored->logoPath.isEmpty());
}

TEST_CASE("gui: the Report action opens the preview of a check, or says why it cannot", "[gui][report]")
{
    Fixture f;
    const cc::AssessmentId id = f.answered;
    f.setLogo(f.dir.filePath(QStringLiteral("moved-away.png")));
    MainWindow window(std::move(f.ws));
    ErrorPresenter::setNextAnswer(QMessageBox::Ok);
    CHECK(window.openReport(id) == nullptr);
    CHECK(ErrorPresenter::lastMessage().contains(QStringLiteral("moved-away.png")));

    auto s = window.workspace().reportSettings(QStringLiteral("zh_CN"));
    REQUIRE(s);
    s->logoPath.clear();
    REQUIRE(window.workspace().setReportSettings(*s));
    QPointer<ReportPreviewDialog> dialog = window.openReport(id);
    REQUIRE(dialog);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->pageCount() > 0, 10000);
    dialog->close(); // deleted on close
    QTRY_VERIFY(dialog.isNull());
}

TEST_CASE("gui: a cell taller than a page is shortened visibly instead of running off the page",
          "[gui][report][broken]")
{
    Fixture f;
    auto report = f.model(f.answered);
    report.indicators.front().remark = QString(9000, u'长') + QStringLiteral("END");
    const QString path = f.dir.filePath(QStringLiteral("tall.pdf"));
    auto pages = ReportPdf::write(report, {}, path);
    REQUIRE(pages);
    const QString text = pdfText(path);
    CHECK(text.contains(u'…'));
    CHECK_FALSE(text.contains(QStringLiteral("END")));
    // the ODT copy keeps the whole text
    auto odt = ReportOdt::build(report, {});
    REQUIRE(odt);
    CHECK(odt->contains("END"));
}

TEST_CASE("gui: a change that rounds to nothing reads +0.0, never -0.0", "[gui][report]")
{
    cc::report::ReportModel r;
    r.comparison = cc::report::Comparison {QStringLiteral("2025 体检"), 80.0, QStringLiteral("良"), -0.04};
    CHECK(ReportText::changeLine(r).contains(QStringLiteral("+0.0")));
    r.comparison->change = -0.05;
    CHECK(ReportText::changeLine(r).contains(QStringLiteral("-0.1")));
    r.comparison->change = 2.25;
    CHECK(ReportText::changeLine(r).contains(QStringLiteral("+2.3")));
}

TEST_CASE("gui: a draft's report carries 草稿 on every page; too little answered, its scores say provisional",
          "[gui][report]")
{
    appenv::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")); // the report's words
    Fixture f;
    // The empty re-check with one answer of eight: a score and a grade, but provisional.
    REQUIRE_OK(f.ws->assessments().importResponses(
        f.empty, QByteArrayLiteral("indicator,value\nA-01,是\n"), QStringLiteral("one.csv")));
    const QString thin = f.dir.filePath(QStringLiteral("thin.pdf"));
    int pages = 0;
    REQUIRE(ReportExport::write(*f.ws, f.empty, QStringLiteral("zh_CN"), thin));
    const QString thinText = pdfText(thin, &pages);
    CHECK(thinText.contains(QStringLiteral("暂定")));
    CHECK(thinText.count(QStringLiteral("草稿")) >= pages); // the mark on every page
    // The full check, submitted: no mark, nothing provisional.
    REQUIRE_OK(f.ws->workflow().submit(f.answered));
    const QString full = f.dir.filePath(QStringLiteral("full.pdf"));
    REQUIRE(ReportExport::write(*f.ws, f.answered, QStringLiteral("zh_CN"), full));
    const QString fullText = pdfText(full);
    CHECK_FALSE(fullText.contains(QStringLiteral("暂定")));
    CHECK_FALSE(fullText.contains(QStringLiteral("草稿")));
}

TEST_CASE("gui: a heading keeps what it heads on its page, never alone at the foot", "[gui][report]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    PdfPages::setUpLandscape(writer, QStringLiteral("t"));
    QPainter painter(&writer);
    PdfPages p(writer, painter, QStringLiteral("t"));
    // 30 mm left on the page: a heading alone fits, a heading with a 74 mm photo row does not.
    p.advance(p.remaining() - p.mm(30));
    p.heading(QStringLiteral("四、问题清单"));
    CHECK(p.pages() == 1);
    p.advance(p.remaining() - p.mm(30));
    p.heading(QStringLiteral("六、照片附录"), p.mm(74));
    CHECK(p.pages() == 2); // moved to the next page with its first row
    painter.end();
}
