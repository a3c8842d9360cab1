// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/OdtDocument.h"

#include "app/render/ReportFonts.h"

#include <QBuffer>
#include <QPainter>

namespace {

constexpr double kMarginCm = 2.0; // left and right
const QString kRed = QStringLiteral("#b00020");
const QString kGreen = QStringLiteral("#1d6f5f");

const char* const kNamespaces[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
};

QString cm(double v)
{
    return QString::number(v, 'f', 3) + QStringLiteral("cm");
}

// Qualified names are written as they are; the namespaces are declared on the root element.

struct ParagraphStyle
{
    QString name;
    double size;
    bool bold;
    QString colour;
    QString align; // start, center
    double spaceBeforePt;
    double spaceAfterPt;
    bool pageBreakBefore = false;
    bool keepWithNext = false;
};

const std::vector<ParagraphStyle>& paragraphStyles()
{
    static const std::vector<ParagraphStyle> styles {
        {QStringLiteral("Title"), 24, true, {}, QStringLiteral("center"), 96, 18},
        {QStringLiteral("Name"), 18, true, {}, QStringLiteral("center"), 0, 4},
        {QStringLiteral("Place"), 13, false, {}, QStringLiteral("center"), 0, 60},
        {QStringLiteral("Cover"), 12, false, {}, QStringLiteral("center"), 0, 5},
        {QStringLiteral("Unit"), 14, true, {}, QStringLiteral("center"), 48, 0},
        {QStringLiteral("Heading"), 14, true, kGreen, QStringLiteral("start"), 14, 6, false, true},
        {QStringLiteral("HeadingNewPage"), 14, true, kGreen, QStringLiteral("start"), 0, 6, true, true},
        {QStringLiteral("Big"), 15, true, {}, QStringLiteral("start"), 0, 4},
        {QStringLiteral("Body"), 10.5, false, {}, QStringLiteral("start"), 0, 4},
        {QStringLiteral("BoxTitleRed"), 11, true, kRed, QStringLiteral("start"), 6, 2},
        {QStringLiteral("BoxTitleGreen"), 11, true, kGreen, QStringLiteral("start"), 6, 2},
        {QStringLiteral("BoxItem"), 10, false, kRed, QStringLiteral("start"), 0, 2},
        {QStringLiteral("Picture"), 10, false, {}, QStringLiteral("center"), 6, 2},
        {QStringLiteral("Caption"), 9, false, {}, QStringLiteral("center"), 0, 10},
        {QStringLiteral("Cell"), 9, false, {}, QStringLiteral("start"), 0, 0},
        {QStringLiteral("CellHead"), 9, true, {}, QStringLiteral("start"), 0, 0},
        {QStringLiteral("CellRed"), 9, false, kRed, QStringLiteral("start"), 0, 0},
        {QStringLiteral("Sign"), 11, false, {}, QStringLiteral("start"), 0, 16},
        {QStringLiteral("SignUnit"), 11, true, {}, QStringLiteral("start"), 6, 0},
    };
    return styles;
}

QByteArray encode(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

} // namespace

void OdtXml::root(const QString& name)
{
    w.writeStartDocument();
    w.writeStartElement(name);
    for (const auto& ns : kNamespaces)
        w.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(ns[0]), QLatin1String(ns[1]));
    w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
}

void OdtXml::text(const QString& content)
{
    QString run;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (c == u'\n') {
            w.writeCharacters(run);
            run.clear();
            empty(QStringLiteral("text:line-break"));
        } else if (c == u' ' && (i == 0 || content.at(i - 1) == u' ')) {
            qsizetype n = 0;
            while (i < content.size() && content.at(i) == u' ') {
                ++n;
                ++i;
            }
            --i;
            w.writeCharacters(run);
            run.clear();
            if (n == 1)
                empty(QStringLiteral("text:s"));
            else
                empty(QStringLiteral("text:s"), {{QStringLiteral("text:c"), QString::number(n)}});
        } else {
            run += c;
        }
    }
    w.writeCharacters(run);
}

OdtDocument::OdtDocument(Page page, OdtPackage& package)
    : m_page(std::move(page))
    , m_package(package)
    , m_body(&m_bodyBytes)
{ }

double OdtDocument::textWidthCm() const
{
    return (m_page.landscape ? 29.7 : 21.0) - 2 * kMarginCm;
}

QImage
OdtDocument::chartImage(double widthMm, double heightMm, const std::function<void(QPainter&, const QRectF&)>& draw)
{
    constexpr double dpi = 200;
    const QSize size(qRound(widthMm / 25.4 * dpi), qRound(heightMm / 25.4 * dpi));
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void OdtDocument::picture(
    const QByteArray& bytes, const QString& suffix, const QString& mediaType, double widthCm, double heightCm)
{
    const QString path = QStringLiteral("Pictures/%1.%2").arg(++m_pictures).arg(suffix);
    m_package.add(path, bytes, mediaType);
    m_body.start(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), QStringLiteral("Picture")}});
    m_body.start(QStringLiteral("draw:frame"),
                 {{QStringLiteral("draw:name"), QStringLiteral("Picture%1").arg(m_pictures)},
                  {QStringLiteral("text:anchor-type"), QStringLiteral("as-char")},
                  {QStringLiteral("svg:width"), cm(widthCm)},
                  {QStringLiteral("svg:height"), cm(heightCm)},
                  {QStringLiteral("draw:z-index"), QStringLiteral("0")}});
    m_body.empty(QStringLiteral("draw:image"),
                 {{QStringLiteral("xlink:href"), path},
                  {QStringLiteral("xlink:type"), QStringLiteral("simple")},
                  {QStringLiteral("xlink:show"), QStringLiteral("embed")},
                  {QStringLiteral("xlink:actuate"), QStringLiteral("onLoad")}});
    m_body.end();
    m_body.end();
}

void OdtDocument::image(const QImage& image, double widthCm, bool photo)
{
    const double heightCm = widthCm * image.height() / std::max(1, image.width());
    if (photo)
        picture(encode(image, "JPG", 85), QStringLiteral("jpg"), QStringLiteral("image/jpeg"), widthCm, heightCm);
    else
        picture(encode(image, "PNG"), QStringLiteral("png"), QStringLiteral("image/png"), widthCm, heightCm);
}

void OdtDocument::table(const QString& name,
                        const ReportText::Table& t,
                        const std::function<bool(int row, int column)>& red,
                        const std::function<QColor(int row, int column)>& fill)
{
    const QString style = QStringLiteral("Table%1").arg(m_tables.size() + 1);
    m_tables.push_back(t.widths);
    m_body.start(QStringLiteral("table:table"),
                 {{QStringLiteral("table:name"), name}, {QStringLiteral("table:style-name"), style}});
    for (size_t c = 0; c < t.widths.size(); ++c)
        m_body.empty(QStringLiteral("table:table-column"),
                     {{QStringLiteral("table:style-name"), style + u'.' + QChar(u'A' + static_cast<char16_t>(c))}});
    const auto row = [&](const QStringList& cells, bool head, int index) {
        m_body.start(QStringLiteral("table:table-row"), {{QStringLiteral("table:style-name"), QStringLiteral("Row")}});
        for (int c = 0; c < static_cast<int>(t.widths.size()); ++c) {
            QString cellStyle = head ? QStringLiteral("CellHead") : QStringLiteral("Cell");
            if (const QColor colour = !head && fill ? fill(index, c) : QColor(); colour.isValid()) {
                const QString name = colour.name(QColor::HexRgb);
                if (!m_fills.contains(name))
                    m_fills << name;
                cellStyle = QStringLiteral("CellFill%1").arg(m_fills.indexOf(name));
            }
            m_body.start(QStringLiteral("table:table-cell"),
                         {{QStringLiteral("table:style-name"), cellStyle},
                          {QStringLiteral("office:value-type"), QStringLiteral("string")}});
            const QString paragraphStyle = head ? QStringLiteral("CellHead")
                : (red && red(index, c))        ? QStringLiteral("CellRed")
                                                : QStringLiteral("Cell");
            m_body.paragraph(paragraphStyle, cells.value(c));
            m_body.end();
        }
        m_body.end();
    };
    m_body.start(QStringLiteral("table:table-header-rows"));
    row(t.header, true, -1);
    m_body.end();
    for (size_t i = 0; i < t.rows.size(); ++i)
        row(t.rows[i], false, static_cast<int>(i));
    m_body.end();
}

QByteArray OdtDocument::content(const QString& family)
{
    QByteArray out;
    OdtXml x(&out);
    x.root(QStringLiteral("office:document-content"));
    fontFaces(x, family);
    x.start(QStringLiteral("office:automatic-styles"));
    for (const ParagraphStyle& p : paragraphStyles()) {
        x.start(QStringLiteral("style:style"),
                {{QStringLiteral("style:name"), p.name},
                 {QStringLiteral("style:family"), QStringLiteral("paragraph")},
                 {QStringLiteral("style:parent-style-name"), QStringLiteral("Standard")}});
        x.w.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        x.w.writeAttribute(QStringLiteral("fo:text-align"), p.align);
        x.w.writeAttribute(QStringLiteral("fo:margin-top"), QString::number(p.spaceBeforePt) + QStringLiteral("pt"));
        x.w.writeAttribute(QStringLiteral("fo:margin-bottom"), QString::number(p.spaceAfterPt) + QStringLiteral("pt"));
        if (p.pageBreakBefore)
            x.w.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
        if (p.keepWithNext)
            x.w.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        x.textProperties(p.size, p.bold, p.colour);
        x.end();
    }
    for (const bool head : {true, false}) {
        x.start(QStringLiteral("style:style"),
                {{QStringLiteral("style:name"), head ? QStringLiteral("CellHead") : QStringLiteral("Cell")},
                 {QStringLiteral("style:family"), QStringLiteral("table-cell")}});
        x.w.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        x.w.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #b0b0b0"));
        x.w.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("0.1cm"));
        if (head)
            x.w.writeAttribute(QStringLiteral("fo:background-color"), QStringLiteral("#e8f0ec"));
        x.end();
    }
    for (qsizetype i = 0; i < m_fills.size(); ++i) {
        x.start(QStringLiteral("style:style"),
                {{QStringLiteral("style:name"), QStringLiteral("CellFill%1").arg(i)},
                 {QStringLiteral("style:family"), QStringLiteral("table-cell")}});
        x.empty(QStringLiteral("style:table-cell-properties"),
                {{QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #b0b0b0")},
                 {QStringLiteral("fo:padding"), QStringLiteral("0.1cm")},
                 {QStringLiteral("fo:background-color"), m_fills.at(i)}});
        x.end();
    }
    x.start(QStringLiteral("style:style"),
            {{QStringLiteral("style:name"), QStringLiteral("Row")},
             {QStringLiteral("style:family"), QStringLiteral("table-row")}});
    x.empty(QStringLiteral("style:table-row-properties"),
            {{QStringLiteral("fo:keep-together"), QStringLiteral("always")}});
    x.end();
    for (size_t t = 0; t < m_tables.size(); ++t) {
        const QString style = QStringLiteral("Table%1").arg(t + 1);
        x.start(QStringLiteral("style:style"),
                {{QStringLiteral("style:name"), style}, {QStringLiteral("style:family"), QStringLiteral("table")}});
        x.empty(QStringLiteral("style:table-properties"),
                {{QStringLiteral("style:width"), cm(textWidthCm())},
                 {QStringLiteral("table:align"), QStringLiteral("margins")},
                 {QStringLiteral("fo:margin-bottom"), QStringLiteral("6pt")}});
        x.end();
        for (size_t c = 0; c < m_tables[t].size(); ++c) {
            x.start(QStringLiteral("style:style"),
                    {{QStringLiteral("style:name"), style + u'.' + QChar(u'A' + static_cast<char16_t>(c))},
                     {QStringLiteral("style:family"), QStringLiteral("table-column")}});
            x.empty(
                QStringLiteral("style:table-column-properties"),
                {{QStringLiteral("style:column-width"), cm(textWidthCm() * m_tables[t][c])},
                 {QStringLiteral("style:rel-column-width"), QString::number(qRound(m_tables[t][c] * 10000)) + u'*'}});
            x.end();
        }
    }
    x.end(); // automatic-styles
    x.start(QStringLiteral("office:body"));
    x.start(QStringLiteral("office:text"));
    x.end();
    x.end();
    x.end();
    x.finish();
    // The body was written on its own: put it inside <office:text>.
    const QByteArray marker = "<office:text/>";
    const qsizetype at = out.indexOf(marker);
    Q_ASSERT(at >= 0); // written just above
    out.replace(at, marker.size(), QByteArray("<office:text>" + m_bodyBytes + "</office:text>"));
    return out;
}

QByteArray OdtDocument::styles(const QString& family)
{
    QByteArray out;
    OdtXml x(&out);
    x.root(QStringLiteral("office:document-styles"));
    fontFaces(x, family);
    x.start(QStringLiteral("office:styles"));
    x.start(QStringLiteral("style:default-style"), {{QStringLiteral("style:family"), QStringLiteral("paragraph")}});
    x.empty(QStringLiteral("style:text-properties"),
            {{QStringLiteral("style:font-name"), family},
             {QStringLiteral("style:font-name-asian"), family},
             {QStringLiteral("style:font-name-complex"), family},
             {QStringLiteral("fo:font-size"), QStringLiteral("10.5pt")},
             {QStringLiteral("style:font-size-asian"), QStringLiteral("10.5pt")},
             {QStringLiteral("fo:language"), m_page.language == u"en" ? QStringLiteral("en") : QStringLiteral("zh")},
             {QStringLiteral("fo:country"), m_page.language == u"en" ? QStringLiteral("GB") : QStringLiteral("CN")},
             {QStringLiteral("style:language-asian"), QStringLiteral("zh")},
             {QStringLiteral("style:country-asian"), QStringLiteral("CN")}});
    x.end();
    x.empty(QStringLiteral("style:style"),
            {{QStringLiteral("style:name"), QStringLiteral("Standard")},
             {QStringLiteral("style:family"), QStringLiteral("paragraph")}});
    for (const bool header : {true, false}) {
        x.start(QStringLiteral("style:style"),
                {{QStringLiteral("style:name"), header ? QStringLiteral("Header") : QStringLiteral("Footer")},
                 {QStringLiteral("style:family"), QStringLiteral("paragraph")},
                 {QStringLiteral("style:parent-style-name"), QStringLiteral("Standard")}});
        x.empty(QStringLiteral("style:paragraph-properties"),
                {{QStringLiteral("fo:text-align"), header ? QStringLiteral("start") : QStringLiteral("center")}});
        x.textProperties(8, false, QStringLiteral("#707070"));
        x.end();
    }
    x.end(); // styles
    x.start(QStringLiteral("office:automatic-styles"));
    x.start(QStringLiteral("style:page-layout"), {{QStringLiteral("style:name"), QStringLiteral("A4")}});
    x.empty(QStringLiteral("style:page-layout-properties"),
            {{QStringLiteral("fo:page-width"), m_page.landscape ? QStringLiteral("29.7cm") : QStringLiteral("21cm")},
             {QStringLiteral("fo:page-height"), m_page.landscape ? QStringLiteral("21cm") : QStringLiteral("29.7cm")},
             {QStringLiteral("style:print-orientation"),
              m_page.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")},
             {QStringLiteral("fo:margin-top"), QStringLiteral("1.2cm")},
             {QStringLiteral("fo:margin-bottom"), QStringLiteral("1.2cm")},
             {QStringLiteral("fo:margin-left"), QStringLiteral("2cm")},
             {QStringLiteral("fo:margin-right"), QStringLiteral("2cm")}});
    for (const QString& part : {QStringLiteral("style:header-style"), QStringLiteral("style:footer-style")}) {
        x.start(part);
        x.empty(QStringLiteral("style:header-footer-properties"),
                {{QStringLiteral("fo:min-height"), QStringLiteral("0.6cm")},
                 {part == u"style:header-style" ? QStringLiteral("fo:margin-bottom") : QStringLiteral("fo:margin-top"),
                  QStringLiteral("0.4cm")}});
        x.end();
    }
    x.end(); // page-layout
    x.end(); // automatic-styles
    x.start(QStringLiteral("office:master-styles"));
    x.start(QStringLiteral("style:master-page"),
            {{QStringLiteral("style:name"), QStringLiteral("Standard")},
             {QStringLiteral("style:page-layout-name"), QStringLiteral("A4")}});
    x.start(QStringLiteral("style:header"));
    x.paragraph(QStringLiteral("Header"), m_page.header);
    x.end();
    x.start(QStringLiteral("style:footer"));
    // "第 %1 页" / "Page %1" around the page number field.
    const QString pageText = ReportText::page(-1);
    const QStringList parts = pageText.split(QStringLiteral("-1"));
    x.start(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), QStringLiteral("Footer")}});
    x.text(parts.value(0));
    x.start(QStringLiteral("text:page-number"), {{QStringLiteral("text:select-page"), QStringLiteral("current")}});
    x.w.writeCharacters(QStringLiteral("1"));
    x.end();
    x.text(parts.value(1));
    x.end();
    x.end(); // footer
    x.end(); // master-page
    x.end(); // master-styles
    x.end();
    x.finish();
    return out;
}

QByteArray OdtDocument::meta() const
{
    QByteArray out;
    OdtXml x(&out);
    x.root(QStringLiteral("office:document-meta"));
    x.start(QStringLiteral("office:meta"));
    x.start(QStringLiteral("dc:title"));
    x.w.writeCharacters(m_page.title);
    x.end();
    x.start(QStringLiteral("meta:generator"));
    x.w.writeCharacters(QStringLiteral("CommunityCheck"));
    x.end();
    x.end();
    x.end();
    x.finish();
    return out;
}

void OdtDocument::fontFaces(OdtXml& x, const QString& family)
{
    x.start(QStringLiteral("office:font-face-decls"));
    x.empty(QStringLiteral("style:font-face"),
            {{QStringLiteral("style:name"), family},
             {QStringLiteral("svg:font-family"), u'\'' + family + u'\''},
             {QStringLiteral("style:font-family-generic"), QStringLiteral("swiss")}});
    x.end();
}
