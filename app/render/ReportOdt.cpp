// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportOdt.h"

#include "app/render/OdtDocument.h"
#include "app/render/OdtPackage.h"
#include "app/render/ReportCharts.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

cc::Result<QByteArray> ReportOdt::build(const cc::report::ReportModel& r, const ReportPdf::PhotoSource& photos)
{
    QImage logo;
    if (!r.logoPath.isEmpty() && !logo.load(r.logoPath)) {
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("The report logo %1 is not an image this program can read (PNG or JPEG).")
                                 .arg(QDir::toNativeSeparators(r.logoPath)));
    }
    const auto choice = ReportFonts::cjkFamily();
    const QString family = choice.family.isEmpty() ? QString::fromLatin1(ReportFonts::kPreferred) : choice.family;
    OdtPackage package;
    OdtDocument doc({r.language, ReportText::runningHeader(r), r.title + QStringLiteral(" — ") + r.communityName},
                    package);
    OdtXml& b = doc.body();

    // Cover
    if (!logo.isNull()) { // within 4 × 2.5 cm, as on the PDF's cover
        const double aspect = static_cast<double>(logo.height()) / std::max(1, logo.width());
        doc.image(logo, std::min({4.0, 2.5 / aspect, logo.width() / 96.0 * 2.54}), false);
    }
    b.paragraph(QStringLiteral("Title"), r.title);
    b.paragraph(QStringLiteral("Name"), r.communityName);
    b.paragraph(QStringLiteral("Place"), r.place);
    for (const QString& line : ReportText::coverLines(r))
        b.paragraph(QStringLiteral("Cover"), line);
    if (!r.issuingUnit.isEmpty())
        b.paragraph(QStringLiteral("Unit"), r.issuingUnit);

    // Summary, on a new page
    b.paragraph(QStringLiteral("HeadingNewPage"), ReportText::heading(ReportText::Section::Summary));
    if (!r.hasAnswers) {
        b.paragraph(QStringLiteral("BoxTitleRed"), ReportText::noAnswers());
    } else {
        b.paragraph(QStringLiteral("Big"), ReportText::overallLine(r));
        b.paragraph(QStringLiteral("Body"), ReportText::coverageLine(r));
        if (r.comparison)
            b.paragraph(QStringLiteral("Body"), ReportText::changeLine(r));
        const QStringList failures = ReportText::bottomLineItems(r);
        b.paragraph(failures.isEmpty() ? QStringLiteral("BoxTitleGreen") : QStringLiteral("BoxTitleRed"),
                    ReportText::bottomLineTitle());
        if (failures.isEmpty())
            b.paragraph(QStringLiteral("Body"), ReportText::noBottomLineFailures());
        for (const QString& item : failures)
            b.paragraph(QStringLiteral("BoxItem"), item);
        doc.image(OdtDocument::chartImage(
                      130, 95, [&](QPainter& p, const QRectF& rect) { ReportCharts::drawRadar(p, rect, r); }),
                  13,
                  false);
    }

    // Scores
    b.paragraph(QStringLiteral("Heading"), ReportText::heading(ReportText::Section::Scores));
    doc.table(QStringLiteral("Scores"), ReportText::scores(r));
    const double barsMm = std::min(8.0 * static_cast<double>(r.scores.size()) + 15, 180.0);
    doc.image(OdtDocument::chartImage(
                  170, barsMm, [&](QPainter& p, const QRectF& rect) { ReportCharts::drawScoreBars(p, rect, r); }),
              doc.textWidthCm(),
              false);

    // Indicators
    b.paragraph(QStringLiteral("Heading"), ReportText::heading(ReportText::Section::Indicators));
    doc.table(QStringLiteral("Indicators"), ReportText::indicators(r), [&](int row, int column) {
        return column == 4 && r.indicators[static_cast<size_t>(row)].statusCode == cc::scoring::Status::Fail;
    });

    // Problems
    b.paragraph(QStringLiteral("Heading"), ReportText::heading(ReportText::Section::Problems));
    if (r.problems.empty()) {
        b.paragraph(QStringLiteral("Body"), ReportText::noProblems());
    } else {
        doc.table(QStringLiteral("Problems"), ReportText::problems(r), [&](int row, int) {
            return r.problems[static_cast<size_t>(row)].timeBound;
        });
    }

    // The earlier round's problems
    if (r.remediation) {
        b.paragraph(QStringLiteral("Heading"), ReportText::heading(ReportText::Section::Remediation));
        for (const QString& line : ReportText::remediationSummary(r))
            b.paragraph(QStringLiteral("Body"), line);
        if (!r.remediation->problems.empty())
            doc.table(QStringLiteral("Remediation"), ReportText::remediation(r), [&](int row, int) {
                return r.remediation->problems.at(static_cast<size_t>(row)).overdue;
            });
    }

    // Photos
    if (!r.photos.empty()) {
        b.paragraph(QStringLiteral("Heading"), ReportText::heading(ReportText::Section::Photos));
        for (const auto& item : r.photos) {
            QImage image;
            image.loadFromData(photos ? photos(item) : QByteArray(), "JPG");
            if (!image.isNull())
                doc.image(image.width() > 1600 ? image.scaledToWidth(1600, Qt::SmoothTransformation) : image, 10, true);
            b.paragraph(QStringLiteral("Caption"), ReportText::photoCaption(item));
        }
    }

    // Signatures
    b.paragraph(QStringLiteral("Heading"), ReportText::heading(ReportText::Section::Signatures));
    for (const QString& line : r.signatureLines)
        b.paragraph(QStringLiteral("Sign"), ReportText::signatureLine(line));
    b.paragraph(QStringLiteral("SignUnit"),
                r.issuingUnit.isEmpty() ? ReportText::sealLabel() : ReportText::issuedBy(r));

    package.add(QStringLiteral("content.xml"), doc.content(family), QStringLiteral("text/xml"));
    package.add(QStringLiteral("styles.xml"), doc.styles(family), QStringLiteral("text/xml"));
    package.add(QStringLiteral("meta.xml"), doc.meta(), QStringLiteral("text/xml"));
    auto bytes = package.finish();
    if (!bytes)
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("The report with its photos is too large for an ODT file (over 4 GB)."));
    return *bytes;
}

cc::Result<void>
ReportOdt::write(const cc::report::ReportModel& r, const ReportPdf::PhotoSource& photos, const QString& path)
{
    auto bytes = build(r, photos);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return cc::makeError(cc::ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
