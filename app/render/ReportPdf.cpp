// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportPdf.h"

#include "app/render/PdfPages.h"
#include "app/render/ReportCharts.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBoundaryFinder>

#include <cmath>

namespace {

constexpr int kDpi = PdfPages::kDpi;

void cover(PdfPages& p, const cc::report::ReportModel& r, const QImage& logo)
{
    QPainter& painter = p.painter();
    {
        if (!logo.isNull()) {
            const QSizeF size = QSizeF(logo.size()).scaled(p.mm(40), p.mm(25), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(p.left() + (p.width() - size.width()) / 2, p.y(), size.width(), size.height()),
                              logo);
            p.advance(size.height() + p.mm(8));
        }
    }
    p.advance(p.mm(35));
    const auto centred = [&](const QString& text, const QFont& font, double after) {
        const double h = p.textHeight(text, font, p.width());
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(p.left(), p.y(), p.width(), h), Qt::AlignHCenter | Qt::TextWordWrap, text);
        p.advance(h + after);
    };
    centred(r.title, ReportFonts::font(26, true), p.mm(14));
    centred(r.communityName, ReportFonts::font(20, true), p.mm(4));
    centred(r.place, ReportFonts::font(13), p.mm(30));
    const QFont body = ReportFonts::font(12);
    for (const QString& line : ReportText::coverLines(r))
        centred(line, body, p.mm(2.5));
    if (!r.issuingUnit.isEmpty()) {
        p.advance(p.mm(20));
        centred(r.issuingUnit, ReportFonts::font(14, true), 0);
    }
}

void summary(PdfPages& p, const cc::report::ReportModel& r)
{
    p.heading(ReportText::heading(ReportText::Section::Summary));
    if (!r.hasAnswers) {
        p.paragraph(ReportText::noAnswers(), ReportFonts::font(12, true), QColor(0xb0, 0x00, 0x20));
        return;
    }
    p.paragraph(ReportText::overallLine(r), ReportFonts::font(16, true));
    p.paragraph(ReportText::coverageLine(r), ReportFonts::font(11));
    if (r.comparison)
        p.paragraph(ReportText::changeLine(r), ReportFonts::font(11));
    // The red box: bottom-line failures.
    const QStringList failures = ReportText::bottomLineItems(r);
    const QString boxTitle = ReportText::bottomLineTitle();
    const QString boxText = failures.isEmpty() ? ReportText::noBottomLineFailures() : failures.join(u'\n');
    const QFont boxFont = ReportFonts::font(10);
    const double pad = p.mm(3);
    const double h = p.textHeight(boxTitle, ReportFonts::font(11, true), p.width() - 2 * pad)
        + p.textHeight(boxText, boxFont, p.width() - 2 * pad) + 3 * pad;
    p.ensure(h);
    QPainter& painter = p.painter();
    const QColor red = failures.isEmpty() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20);
    const QRectF box(p.left(), p.y(), p.width(), h);
    painter.setPen(QPen(red, p.mm(0.5)));
    painter.setBrush(failures.isEmpty() ? QColor(0xf1, 0xf8, 0xf1) : QColor(0xfd, 0xec, 0xee));
    painter.drawRect(box);
    painter.setBrush(Qt::NoBrush);
    p.advance(pad);
    {
        const double th = p.textHeight(boxTitle, ReportFonts::font(11, true), p.width() - 2 * pad);
        painter.setFont(ReportFonts::font(11, true));
        painter.setPen(red);
        painter.drawText(QRectF(p.left() + pad, p.y(), p.width() - 2 * pad, th), Qt::TextWordWrap, boxTitle);
        p.advance(th + pad);
        const double bh = p.textHeight(boxText, boxFont, p.width() - 2 * pad);
        painter.setFont(boxFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(p.left() + pad, p.y(), p.width() - 2 * pad, bh), Qt::TextWordWrap, boxText);
        p.advance(bh + pad + p.mm(4));
    }
    const double chart = p.mm(95);
    p.ensure(chart);
    ReportCharts::drawRadar(p.painter(), QRectF(p.left() + p.width() * 0.1, p.y(), p.width() * 0.8, chart), r);
    p.advance(chart + p.mm(3));
}

} // namespace

cc::Result<int> ReportPdf::paint(const cc::report::ReportModel& r, const PhotoSource& photos, QPagedPaintDevice& device)
{
    QImage logo;
    if (!r.logoPath.isEmpty() && !logo.load(r.logoPath)) {
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("The report logo %1 is not an image this program can read (PNG or JPEG).")
                                 .arg(QDir::toNativeSeparators(r.logoPath)));
    }
    QPainter painter;
    if (!painter.begin(&device))
        return cc::makeError(cc::ErrorCode::Io, tr("Cannot start painting the report."));
    PdfPages p(device, painter, ReportText::runningHeader(r));
    p.pageLabel = [](int n) { return ReportText::page(n); };
    if (r.draft)
        p.watermark = ReportText::draftMark();
    p.markFirstPage();
    cover(p, r, logo); // decoded once, above
    p.newPage();
    summary(p, r);

    p.heading(ReportText::heading(ReportText::Section::Scores));
    const auto scores = ReportText::scores(r);
    p.table(scores.header, scores.widths, scores.rows);
    const double bars = std::min(p.mm(8) * static_cast<double>(r.scores.size()) + p.mm(15), p.mm(180));
    p.ensure(bars);
    ReportCharts::drawScoreBars(p.painter(), QRectF(p.left(), p.y(), p.width(), bars), r);
    p.advance(bars + p.mm(3));

    p.heading(ReportText::heading(ReportText::Section::Indicators), p.mm(22)); // the table's header and first row
    const auto indicators = ReportText::indicators(r);
    p.table(indicators.header, indicators.widths, indicators.rows, [&](int row, int column) {
        const auto status = r.indicators[static_cast<size_t>(row)].statusCode;
        if (column == 4 && status == cc::scoring::Status::Fail)
            return QColor(0xb0, 0x00, 0x20);
        return QColor(Qt::black);
    });

    p.heading(ReportText::heading(ReportText::Section::Problems), p.mm(22));
    if (r.problems.empty()) {
        p.paragraph(ReportText::noProblems(), ReportFonts::font(11));
    } else {
        const auto problems = ReportText::problems(r);
        p.table(problems.header, problems.widths, problems.rows, [&](int row, int) {
            return r.problems[static_cast<size_t>(row)].timeBound ? QColor(0xb0, 0x00, 0x20) : QColor(Qt::black);
        });
    }

    if (r.remediation) {
        p.heading(ReportText::heading(ReportText::Section::Remediation), p.mm(30)); // its summary and table start
        for (const QString& line : ReportText::remediationSummary(r))
            p.paragraph(line, ReportFonts::font(10));
        if (!r.remediation->problems.empty()) {
            const auto tracked = ReportText::remediation(r);
            p.table(tracked.header, tracked.widths, tracked.rows, [&](int row, int) {
                return r.remediation->problems.at(static_cast<size_t>(row)).overdue ? QColor(0xb0, 0x00, 0x20)
                                                                                    : QColor(Qt::black);
            });
        }
    }

    if (!r.photos.empty()) {
        const double cellW = (p.width() - p.mm(6)) / 2;
        const double imageH = p.mm(62);
        p.heading(ReportText::heading(ReportText::Section::Photos), imageH + p.mm(12)); // with its first row
        for (size_t i = 0; i < r.photos.size(); i += 2) {
            const double captionH = p.mm(12);
            p.ensure(imageH + captionH);
            for (size_t k = 0; k < 2 && i + k < r.photos.size(); ++k) {
                const auto& item = r.photos[i + k];
                const double x = p.left() + static_cast<double>(k) * (cellW + p.mm(6));
                QImage image;
                image.loadFromData(photos ? photos(item) : QByteArray(), "JPG");
                if (!image.isNull()) {
                    const QSizeF size = QSizeF(image.size()).scaled(cellW, imageH, Qt::KeepAspectRatio);
                    painter.drawImage(QRectF(x + (cellW - size.width()) / 2, p.y(), size.width(), size.height()),
                                      image);
                }
                painter.setFont(ReportFonts::font(8));
                painter.setPen(Qt::black);
                painter.drawText(QRectF(x, p.y() + imageH + p.mm(1), cellW, captionH),
                                 Qt::TextWordWrap | Qt::AlignHCenter,
                                 ReportText::photoCaption(item));
            }
            p.advance(imageH + captionH + p.mm(4));
        }
    }

    // Signatures and the seal, kept together on one page.
    p.ensure(p.mm(20) + p.mm(14) * static_cast<double>(r.signatureLines.size()) + p.mm(48));
    p.heading(ReportText::heading(ReportText::Section::Signatures));
    for (const QString& line : r.signatureLines)
        p.paragraph(ReportText::signatureLine(line), ReportFonts::font(11), Qt::black, p.mm(8));
    p.advance(p.mm(4));
    const QRectF seal(p.left() + p.width() - p.mm(48), p.y(), p.mm(40), p.mm(40));
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), p.mm(0.3), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(seal);
    painter.setFont(ReportFonts::font(10));
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.drawText(seal, Qt::AlignCenter, ReportText::sealLabel());
    if (!r.issuingUnit.isEmpty()) {
        painter.setFont(ReportFonts::font(11, true));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(p.left(), seal.top(), p.width() - p.mm(52), seal.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         ReportText::issuedBy(r));
    }
    p.advance(seal.height() + p.mm(4));
    const int pages = p.pages();
    if (!painter.end())
        return cc::makeError(cc::ErrorCode::Io, tr("Cannot finish painting the report."));
    return pages;
}

cc::Result<void> ReportPdf::folderProblem(const QString& path)
{
    // Fail early on a folder that is not there, or a name no folder holds, before the slow part.
    const QFileInfo target(path);
    const QString name = target.fileName();
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return cc::makeError(cc::ErrorCode::InvalidInput,
                                 tr("Cannot write %1: the file name holds a line break or another control character.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    if (QFile::encodeName(name).size() > 255)
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("Cannot write %1…: the file name is longer than a folder can hold (255 bytes).")
                                 .arg(QDir::toNativeSeparators(path).left(60)));
    if (!target.absoluteDir().exists())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: the folder %2 does not exist.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    return {};
}

cc::Result<void> ReportPdf::savePdf(const QByteArray& bytes, const QString& path, const PdfFinish::Info& info)
{
    // The file is only created once the whole PDF is in memory, and replaced in one step: a process
    // killed while painting leaves nothing behind.
    const QByteArray fixed = PdfFinish::finish(bytes, info);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fixed) != fixed.size() || !file.commit())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

cc::Result<int> ReportPdf::write(const cc::report::ReportModel& r, const PhotoSource& photos, const QString& path)
{
    // Fail early on a folder that is not there, before the slow part; the file itself is only
    // created once the whole PDF is in memory, so a process killed while painting leaves nothing.
    if (auto refused = folderProblem(path); !refused)
        return refused.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    cc::Result<int> pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(r.title + QStringLiteral(" — ") + r.communityName);
        writer.setCreator(QStringLiteral("CommunityCheck"));
        pages = paint(r, photos, writer);
    }
    if (!pages)
        return pages.error();
    if (auto saved = savePdf(bytes, path, infoOf(r)); !saved)
        return saved.error();
    return pages;
}

PdfFinish::Info ReportPdf::infoOf(const cc::report::ReportModel& r)
{
    PdfFinish::Info info;
    info.title = r.title + QStringLiteral(" — ") + r.communityName;
    info.author = r.issuingUnit.isEmpty() ? r.assessors.join(ReportText::listSeparator()) : r.issuingUnit;
    info.subject = ReportText::runningHeader(r);
    QStringList keywords {r.communityCode, r.communityName, r.round, r.setName};
    if (!r.grade.isEmpty())
        keywords << r.grade;
    keywords.removeAll(QString());
    info.keywords = keywords.join(QStringLiteral("; "));
    return info;
}

cc::Result<int>
ReportPdf::writeLandscape(const QString& path, const PdfFinish::Info& info, const std::function<void(PdfPages&)>& draw)
{
    const QString& title = info.title;
    if (auto refused = folderProblem(path); !refused)
        return refused.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        PdfPages::setUpLandscape(writer, title);
        QPainter painter;
        if (!painter.begin(&writer))
            return cc::makeError(cc::ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        PdfPages p(writer, painter, title);
        p.pageLabel = [](int n) { return ReportText::page(n); };
        p.decorateFirstPage();
        draw(p);
        pages = p.pages();
        if (!painter.end())
            return cc::makeError(cc::ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (auto saved = savePdf(bytes, path, info); !saved)
        return saved.error();
    return pages;
}
