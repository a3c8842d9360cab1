// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportExport.h"

#include "app/render/ReportPdf.h"

#include "app/render/ReportOdt.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QFileInfo>

std::optional<ReportExport::Format> ReportExport::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"odt")
        return Format::Odt;
    return std::nullopt;
}

ReportPdf::PhotoSource ReportExport::photoSource(cc::Workspace& workspace)
{
    return [&workspace](const cc::report::PhotoItem& item) {
        auto bytes = workspace.reports().photo(item);
        return bytes ? *bytes : QByteArray(); // a missing photo leaves its frame empty, with its caption
    };
}

cc::Result<int> ReportExport::write(cc::Workspace& workspace,
                                    const cc::AssessmentId& id,
                                    const QString& language,
                                    const QString& path,
                                    const QDate& date)
{
    const auto format = formatOf(path);
    if (!format) {
        return cc::makeError(
            cc::ErrorCode::InvalidInput,
            tr("%1: a report is written as .pdf or as .odt (the editable copy).").arg(QDir::toNativeSeparators(path)));
    }
    if (auto refused = ReportPdf::folderProblem(path); !refused) // a name no folder holds, a missing folder
        return refused.error();
    auto model = workspace.reports().build(id, language, date);
    if (!model)
        return model.error();
    if (*format == Format::Odt) {
        auto written = ReportOdt::write(*model, photoSource(workspace), path);
        if (!written)
            return written.error();
        return 0;
    }
    return ReportPdf::write(*model, photoSource(workspace), path);
}
