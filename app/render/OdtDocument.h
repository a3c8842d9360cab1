// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/OdtPackage.h"
#include "app/render/ReportText.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>
#include <QXmlStreamWriter>

#include <functional>
#include <initializer_list>
#include <utility>
#include <vector>

class QPainter;

// The OpenDocument XML of the app's documents (the scored report, the round summary): namespaces,
// elements, and text with ODF's rules for spaces and newlines. Qualified names are written as they
// are; the namespaces are declared on the root element.
class OdtXml
{
public:
    explicit OdtXml(QByteArray* out)
        : w(out)
    { }

    void root(const QString& name);
    void start(const QString& name, std::initializer_list<std::pair<QString, QString>> attributes = {})
    {
        w.writeStartElement(name);
        for (const auto& [k, v] : attributes)
            w.writeAttribute(k, v);
    }
    void empty(const QString& name, std::initializer_list<std::pair<QString, QString>> attributes = {})
    {
        w.writeEmptyElement(name);
        for (const auto& [k, v] : attributes)
            w.writeAttribute(k, v);
    }
    void end() { w.writeEndElement(); }
    void finish() { w.writeEndDocument(); }

    // ODF collapses spaces and ignores newlines: runs of spaces become text:s, newlines line breaks.
    void text(const QString& content);
    void paragraph(const QString& style, const QString& content)
    {
        start(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), style}});
        text(content);
        end();
    }

    void textProperties(double size, bool bold = false, const QString& colour = {})
    {
        w.writeEmptyElement(QStringLiteral("style:text-properties"));
        const QString pt = QString::number(size) + QStringLiteral("pt");
        w.writeAttribute(QStringLiteral("fo:font-size"), pt);
        w.writeAttribute(QStringLiteral("style:font-size-asian"), pt);
        w.writeAttribute(QStringLiteral("style:font-size-complex"), pt);
        const QString weight = bold ? QStringLiteral("bold") : QStringLiteral("normal");
        w.writeAttribute(QStringLiteral("fo:font-weight"), weight);
        w.writeAttribute(QStringLiteral("style:font-weight-asian"), weight);
        w.writeAttribute(QStringLiteral("style:font-weight-complex"), weight);
        if (!colour.isEmpty())
            w.writeAttribute(QStringLiteral("fo:color"), colour);
    }

    QXmlStreamWriter w;
};

// An A4 text document in the report's styles (Title, Heading, HeadingNewPage, Body, Big,
// BoxTitleRed/Green, BoxItem, Picture, Caption, Cell…): the body is written through body(), tables
// and pictures through the methods below, then content(), styles() and meta() give the package's
// XML. The running header and the page numbers are on every page.
class OdtDocument
{
public:
    struct Page
    {
        QString language; // zh_CN or en: the text's language properties
        QString header; // the running header
        QString title; // the document's title in its properties
        bool landscape = false;
    };

    OdtDocument(Page page, OdtPackage& package);

    OdtXml& body() { return m_body; }
    // The width of the text between the margins.
    double textWidthCm() const;

    void
    picture(const QByteArray& bytes, const QString& suffix, const QString& mediaType, double widthCm, double heightCm);
    // A picture from an image: JPEG for a photo, PNG for a chart.
    void image(const QImage& image, double widthCm, bool photo);
    // A table across the text width whose header row repeats on every page and whose rows do not
    // split; `red` marks cells in red text, `fill` gives a cell a background (an invalid colour: none).
    void table(const QString& name,
               const ReportText::Table& t,
               const std::function<bool(int row, int column)>& red = {},
               const std::function<QColor(int row, int column)>& fill = {});

    QByteArray content(const QString& family);
    QByteArray styles(const QString& family);
    QByteArray meta() const;

    // A chart drawn at `widthMm` × `heightMm` (200 dpi) on white, for image().
    static QImage
    chartImage(double widthMm, double heightMm, const std::function<void(QPainter&, const QRectF&)>& draw);

private:
    static void fontFaces(OdtXml& x, const QString& family);

    Page m_page;
    OdtPackage& m_package;
    QByteArray m_bodyBytes;
    OdtXml m_body;
    int m_pictures = 0;
    std::vector<std::vector<double>> m_tables;
    QStringList m_fills; // the cell backgrounds in use, as #rrggbb
};
