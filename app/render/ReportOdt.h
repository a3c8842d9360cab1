// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/ReportPdf.h"
#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QCoreApplication>

class QTextDocument;

// The editable copy of the scored report: the same content as the PDF as an OpenDocument text
// (opens in WPS, Word and LibreOffice), with the charts as images and the tables as real tables a
// county office can edit. The section labels are ReportPdf's, so both copies read alike.
// Written atomically: a failure leaves nothing behind.
class ReportOdt final
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdt)

public:
    static cc::Result<void>
    write(const cc::report::ReportModel& report, const ReportPdf::PhotoSource& photos, const QString& path);
    // The document itself (what write() saves), for tests and the preview.
    static std::unique_ptr<QTextDocument> document(const cc::report::ReportModel& report,
                                                   const ReportPdf::PhotoSource& photos);
};
