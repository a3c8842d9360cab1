// SPDX-License-Identifier: GPL-3.0-or-later
// The PDFs' text layer: what a county's archive search or a copy from the PDF gets must be the text
// the app drew, character for character.
#include "app/render/PdfFinish.h"
#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFont>
#include <QPdfDocument>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

QString sourceFile(const QString& relative)
{
    QFile file(QStringLiteral(CC_SOURCE_DIR) + QLatin1Char('/') + relative);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Every distinct printable character of the default set (names, guidance, options, templates) and
// of the Chinese UI strings, in code point order.
QString everyCharacter()
{
    QSet<char32_t> seen;
    const auto add = [&](const QString& text) {
        for (const char32_t cp : text.toUcs4()) {
            if (cp > 0x20 && cp != 0x7F && !QChar::isSpace(cp) && QChar::category(cp) != QChar::Other_Control)
                seen.insert(cp);
        }
    };
    add(sourceFile(QStringLiteral("resources/indicators/default.json")));
    QXmlStreamReader ts(sourceFile(QStringLiteral("resources/translations/cc_zh_CN.ts")));
    while (!ts.atEnd()) {
        if (ts.readNext() == QXmlStreamReader::StartElement
            && (ts.name() == QLatin1String("translation") || ts.name() == QLatin1String("numerusform")))
            add(ts.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    REQUIRE_FALSE(ts.hasError());
    QList<char32_t> ordered(seen.begin(), seen.end());
    std::sort(ordered.begin(), ordered.end());
    return QString::fromUcs4(ordered.constData(), ordered.size());
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

TEST_CASE("gui: a radical or compatibility code point is given as the ideograph the font draws", "[gui][report][pdf]")
{
    QFont font(ReportFonts::cjkFamily().family);
    const QRawFont raw = QRawFont::fromFont(font);
    REQUIRE(raw.isValid());
    CHECK(PdfFinish::textFor(0x2F3E, raw) == 0x6237); // ⼾ → 户 (NFKC would give the traditional 戶)
    CHECK(PdfFinish::textFor(0x2EEC, raw) == 0x9F50); // ⻬ → 齐
    CHECK(PdfFinish::textFor(0x2F70, raw) == 0x793A); // ⽰ → 示
    CHECK(PdfFinish::textFor(0x2EA0, raw) == 0x6C11); // ⺠ → 民
    CHECK(PdfFinish::textFor(0x793A, raw) == 0x793A); // an ideograph stays
    CHECK(PdfFinish::textFor(u'A', raw) == u'A');
}

TEST_CASE("gui: the PDF text of every character of the default set and the UI is the source text", "[gui][report][pdf]")
{
    const QString chars = everyCharacter();
    REQUIRE(chars.size() > 1000); // the set and the UI use over a thousand distinct characters
    QStringList paragraphs;
    for (qsizetype i = 0; i < chars.size(); i += 40)
        paragraphs << chars.mid(i, 40);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("characters.pdf"));
    const PdfFinish::Info info {QStringLiteral("设施齐全 户数"),
                                QStringLiteral("浮梁县住房和城乡建设局"),
                                QStringLiteral("社区体检报告"),
                                QStringLiteral("体检; 户数")};
    const auto pages = ReportPdf::writeLandscape(path, info, [&](PdfPages& p) {
        for (const QString& paragraph : paragraphs)
            p.paragraph(paragraph, ReportFonts::font(10.5));
        p.paragraph(paragraphs.join(QString()), ReportFonts::font(10.5, true)); // bold: its own font
    });
    REQUIRE(pages);

    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    text = withoutSpaces(text);
    const QString header = withoutSpaces(info.title);
    const QString expected = withoutSpaces(chars);
    // Each page carries the running header and its number (第 N 页, Page N); the rest is the drawn text,
    // compared character by character, twice (regular, then bold).
    QString drawn = text;
    drawn.remove(header);
    drawn.remove(QRegularExpression(QStringLiteral("(第\\d+页|Page\\d+)")));
    REQUIRE(drawn.size() == 2 * expected.size());
    for (const QString& copy : {drawn.left(expected.size()), drawn.mid(expected.size())}) {
        QStringList differing;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (copy.at(i) != expected.at(i))
                differing << QStringLiteral("%1→%2").arg(expected.at(i), copy.at(i));
        }
        INFO(differing.join(QLatin1Char(' ')).toStdString());
        CHECK(differing.isEmpty());
    }

    CHECK(pdf.metaData(QPdfDocument::MetaDataField::Title).toString() == info.title);
    CHECK(pdf.metaData(QPdfDocument::MetaDataField::Author).toString() == info.author);
    CHECK(pdf.metaData(QPdfDocument::MetaDataField::Subject).toString() == info.subject);
    CHECK(pdf.metaData(QPdfDocument::MetaDataField::Keywords).toString() == info.keywords);
    CHECK(pdf.metaData(QPdfDocument::MetaDataField::Creator).toString() == QStringLiteral("CommunityCheck"));
}

TEST_CASE("gui: a file that is not QPdfWriter's layout is left as it is", "[gui][report][pdf][broken]")
{
    const QByteArray notPdf = "%PDF-1.4\nnot really\n";
    CHECK(PdfFinish::finish(notPdf, {}) == notPdf);
    const QByteArray truncated =
        "%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 5\n0000000000 65535 f \nstartxref\n29\n%%EOF\n";
    CHECK(PdfFinish::finish(truncated, {}) == truncated);
}

TEST_CASE("gui: a PDF name with a line break or of 300 characters is refused before anything is drawn",
          "[gui][report][pdf][broken]")
{
    QTemporaryDir dir;
    const auto draw = [](PdfPages& p) { p.paragraph(QStringLiteral("体检"), ReportFonts::font(10.5)); };
    auto newline = ReportPdf::writeLandscape(dir.filePath(QStringLiteral("a\nb.pdf")), {}, draw);
    REQUIRE_FALSE(newline);
    CHECK(newline.error().message.contains(QStringLiteral("line break")));
    auto tooLong = ReportPdf::writeLandscape(dir.filePath(QString(300, u'x') + QStringLiteral(".pdf")), {}, draw);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QStringLiteral("255")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}
