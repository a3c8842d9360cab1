// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportOdt.h"

#include "app/render/ReportCharts.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

namespace {

// ODF measures images in pixels at 96 dpi; the text is 16 cm wide.
constexpr double kTextWidthPx = 16.0 / 2.54 * 96;
const QColor kRed(0xb0, 0x00, 0x20);
const QColor kGreen(0x1d, 0x6f, 0x5f);

class Builder
{
public:
    explicit Builder(QTextDocument& doc)
        : m_doc(doc)
        , m_cursor(&doc)
    {
        const auto choice = ReportFonts::cjkFamily();
        // One family for everything: word processors pick their own fallback per script, and a
        // CJK family carries Latin letters too.
        QFont base(choice.family.isEmpty() ? QStringLiteral("DejaVu Sans") : choice.family);
        base.setPointSizeF(10.5);
        m_doc.setDefaultFont(base);
        m_family = base.family();
    }

    QTextCharFormat text(double points, bool bold = false, const QColor& colour = Qt::black) const
    {
        QTextCharFormat f;
        f.setFontFamilies({m_family});
        f.setProperty(QTextFormat::OldFontFamily, m_family); // what Qt 6.4's ODF writer reads
        f.setFontPointSize(points);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(colour);
        return f;
    }

    void paragraph(const QString& content,
                   const QTextCharFormat& format,
                   Qt::Alignment align = Qt::AlignLeft,
                   double spaceAfter = 4)
    {
        QTextBlockFormat block;
        block.setAlignment(align);
        block.setBottomMargin(spaceAfter);
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(format);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, format);
        }
        m_cursor.insertText(content, format);
    }

    void heading(const QString& content)
    {
        QTextBlockFormat block;
        block.setHeadingLevel(1);
        block.setTopMargin(12);
        block.setBottomMargin(6);
        const auto format = text(14, true, kGreen);
        m_cursor.insertBlock(block, format);
        m_cursor.insertText(content, format);
    }

    void pageBreak()
    {
        QTextBlockFormat block;
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_cursor.insertBlock(block);
    }

    void image(const QImage& image, const QString& name, double widthPx, int quality = 100)
    {
        m_doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat f;
        f.setName(name);
        f.setWidth(widthPx);
        f.setHeight(widthPx * image.height() / std::max(1, image.width()));
        f.setQuality(quality); // below 100: stored as JPEG (photos); 100: PNG (charts)
        m_cursor.insertImage(f);
    }

    void table(const ReportText::Table& t, const std::function<QColor(int row, int column)>& colour = {})
    {
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (double w : t.widths)
            widths << QTextLength(QTextLength::PercentageLength, w * 100);
        format.setColumnWidthConstraints(widths);
        const int columns = static_cast<int>(t.header.size());
        QTextTable* table = m_cursor.insertTable(static_cast<int>(t.rows.size()) + 1, columns, format);
        const auto fill = [&](int row, const QStringList& cells, bool head) {
            for (int c = 0; c < columns && c < cells.size(); ++c) {
                QTextTableCell cell = table->cellAt(row, c);
                if (head) {
                    QTextCharFormat background = cell.format();
                    background.setBackground(QColor(0xe8, 0xf0, 0xec));
                    cell.setFormat(background);
                }
                QTextCursor at = cell.firstCursorPosition();
                const QColor ink = colour && !head ? colour(row - 1, c) : QColor(Qt::black);
                at.insertText(cells[c], text(9, head, ink));
            }
        };
        fill(0, t.header, true);
        for (size_t r = 0; r < t.rows.size(); ++r)
            fill(static_cast<int>(r) + 1, t.rows[r], false);
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    QTextDocument& m_doc;
    QTextCursor m_cursor;
    QString m_family;
    bool m_first = true;
};

QImage chartImage(double widthMm, double heightMm, const std::function<void(QPainter&, const QRectF&)>& draw)
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

} // namespace

std::unique_ptr<QTextDocument> ReportOdt::document(const cc::report::ReportModel& r,
                                                   const ReportPdf::PhotoSource& photos)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, r.title + QStringLiteral(" — ") + r.communityName);
    Builder b(*doc);

    // Cover
    if (!r.logoPath.isEmpty()) {
        const QImage logo(r.logoPath);
        if (!logo.isNull()) {
            b.paragraph({}, b.text(10), Qt::AlignHCenter);
            b.image(logo, QStringLiteral("cc-logo"), std::min(kTextWidthPx * 0.25, double(logo.width())));
        }
    }
    b.paragraph(r.title, b.text(24, true), Qt::AlignHCenter, 18);
    b.paragraph(r.communityName, b.text(18, true), Qt::AlignHCenter, 4);
    b.paragraph(r.place, b.text(13), Qt::AlignHCenter, 30);
    for (const QString& line : ReportText::coverLines(r))
        b.paragraph(line, b.text(12), Qt::AlignHCenter, 4);
    if (!r.issuingUnit.isEmpty())
        b.paragraph(r.issuingUnit, b.text(14, true), Qt::AlignHCenter, 4);
    b.pageBreak();

    // Summary
    b.heading(ReportText::heading(ReportText::Section::Summary));
    if (!r.hasAnswers) {
        b.paragraph(ReportText::noAnswers(), b.text(12, true, kRed));
    } else {
        b.paragraph(ReportText::overallLine(r), b.text(15, true));
        b.paragraph(ReportText::coverageLine(r), b.text(11));
        if (r.comparison)
            b.paragraph(ReportText::changeLine(r), b.text(11));
        const QStringList failures = ReportText::bottomLineItems(r);
        b.paragraph(ReportText::bottomLineTitle(), b.text(11, true, failures.isEmpty() ? kGreen : kRed));
        if (failures.isEmpty())
            b.paragraph(ReportText::noBottomLineFailures(), b.text(10));
        for (const QString& item : failures)
            b.paragraph(item, b.text(10, false, kRed));
        b.paragraph({}, b.text(10), Qt::AlignHCenter);
        b.image(chartImage(130, 95, [&](QPainter& p, const QRectF& rect) { ReportCharts::drawRadar(p, rect, r); }),
                QStringLiteral("cc-radar"),
                kTextWidthPx * 0.8);
    }

    // Scores
    b.heading(ReportText::heading(ReportText::Section::Scores));
    b.table(ReportText::scores(r));
    b.paragraph({}, b.text(10), Qt::AlignHCenter);
    const double barsMm = std::min(8.0 * static_cast<double>(r.scores.size()) + 15, 180.0);
    b.image(chartImage(160, barsMm, [&](QPainter& p, const QRectF& rect) { ReportCharts::drawScoreBars(p, rect, r); }),
            QStringLiteral("cc-bars"),
            kTextWidthPx);

    // Indicators
    b.heading(ReportText::heading(ReportText::Section::Indicators));
    b.table(ReportText::indicators(r), [&](int row, int column) {
        return column == 4 && r.indicators[static_cast<size_t>(row)].statusCode == cc::scoring::Status::Fail
            ? kRed
            : QColor(Qt::black);
    });

    // Problems
    b.heading(ReportText::heading(ReportText::Section::Problems));
    if (r.problems.empty()) {
        b.paragraph(ReportText::noProblems(), b.text(11));
    } else {
        b.table(ReportText::problems(r), [&](int row, int) {
            return r.problems[static_cast<size_t>(row)].timeBound ? kRed : QColor(Qt::black);
        });
    }

    // Photos
    if (!r.photos.empty()) {
        b.heading(ReportText::heading(ReportText::Section::Photos));
        int n = 0;
        for (const auto& item : r.photos) {
            QImage image;
            image.loadFromData(photos ? photos(item) : QByteArray(), "JPG");
            if (!image.isNull()) {
                b.paragraph({}, b.text(10), Qt::AlignHCenter);
                b.image(image.width() > 1600 ? image.scaledToWidth(1600, Qt::SmoothTransformation) : image,
                        QStringLiteral("cc-photo-%1").arg(++n),
                        kTextWidthPx * 0.6,
                        85);
            }
            b.paragraph(ReportText::photoCaption(item), b.text(9), Qt::AlignHCenter, 10);
        }
    }

    // Signatures
    b.heading(ReportText::heading(ReportText::Section::Signatures));
    for (const QString& line : r.signatureLines)
        b.paragraph(ReportText::signatureLine(line), b.text(11), Qt::AlignLeft, 14);
    if (!r.issuingUnit.isEmpty())
        b.paragraph(ReportText::issuedBy(r), b.text(11, true));
    return doc;
}

cc::Result<void>
ReportOdt::write(const cc::report::ReportModel& r, const ReportPdf::PhotoSource& photos, const QString& path)
{
    if (!r.logoPath.isEmpty() && QImage(r.logoPath).isNull()) {
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("The report logo %1 is not an image this program can read (PNG or JPEG).")
                                 .arg(QDir::toNativeSeparators(r.logoPath)));
    }
    // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
    const auto doc = document(r, photos);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return cc::makeError(cc::ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
