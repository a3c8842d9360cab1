// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/ReportPdf.h"
#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QCoreApplication>

// The editable copy of the scored report: the same content as the PDF as an OpenDocument text
// (opens in WPS, Word and LibreOffice): A4 pages with the running header and page numbers, real
// tables whose header row repeats and whose rows do not split, the charts and photos as pictures,
// the Chinese text in the report font with its own size and weight (the East Asian properties).
// The wording is ReportText's, so both copies read alike.
class ReportOdt final
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdt)

public:
    // Written atomically: a failure leaves nothing behind.
    static cc::Result<void>
    write(const cc::report::ReportModel& report, const ReportPdf::PhotoSource& photos, const QString& path);
    // The package bytes (what write() saves).
    static cc::Result<QByteArray> build(const cc::report::ReportModel& report, const ReportPdf::PhotoSource& photos);
};
