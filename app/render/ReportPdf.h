// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/PdfFinish.h"
#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <functional>

class PdfPages;

// Writes the scored report as an A4 PDF with its own paginator: a running header and page numbers on
// every page after the cover, tables that repeat their header on a new page and never split a row,
// charts as vectors, the CJK font embedded. The file is written atomically (QSaveFile): a failure
// leaves nothing behind.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // The stored JPEG of a photo of the report (empty when it cannot be read).
    using PhotoSource = std::function<QByteArray(const cc::report::PhotoItem&)>;

    // Paints the report on a paged device (a printer, the print preview); returns the page count.
    // Refuses a logo that cannot be read as an image.
    static cc::Result<int>
    paint(const cc::report::ReportModel& report, const PhotoSource& photos, QPagedPaintDevice& device);
    // Writes the PDF; returns the number of pages written. Nothing is left behind on failure.
    static cc::Result<int> write(const cc::report::ReportModel& report, const PhotoSource& photos, const QString& path);

    // A landscape A4 document of the app's other PDFs (the plan, the national lists): `draw` paints
    // on pages with `info.title` as their running header and the report's page labels, from the first
    // page; written atomically, finished by PdfFinish. Returns the number of pages.
    static cc::Result<int>
    writeLandscape(const QString& path, const PdfFinish::Info& info, const std::function<void(PdfPages&)>& draw);

    // Refuses a path whose folder is missing, before the slow part.
    static cc::Result<void> folderProblem(const QString& path);
    // The painted bytes, finished (text map, document information) and written atomically.
    static cc::Result<void> savePdf(const QByteArray& bytes, const QString& path, const PdfFinish::Info& info);

private:
    static PdfFinish::Info infoOf(const cc::report::ReportModel& report);
};
