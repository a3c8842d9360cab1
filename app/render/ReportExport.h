// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/ReportPdf.h"
#include "core/domain/Ids.h"
#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace cc {
class Workspace;
}

// One check's report from storage to a file: the model from ReportService, then the PDF or the
// editable ODT copy by the file's suffix. What the GUI's export and the CLI's `report` both call.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format { Pdf, Odt };

    // The format a path asks for by its suffix (.pdf, .odt); none for anything else.
    static std::optional<Format> formatOf(const QString& path);

    // Returns the page count for a PDF, 0 for an ODT (its pages are the word processor's to lay out).
    static cc::Result<int> write(cc::Workspace& workspace,
                                 const cc::AssessmentId& id,
                                 const QString& language,
                                 const QString& path,
                                 const QDate& date = QDate::currentDate());

    // Reads the stored photos of a report through the workspace.
    static ReportPdf::PhotoSource photoSource(cc::Workspace& workspace);
};
