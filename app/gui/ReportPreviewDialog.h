// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

namespace Ui {
class ReportPreviewDialog;
}
namespace cc {
class Workspace;
}
class QPrinter;
class QPdfDocument;
class QPdfView;

// The scored report on screen: the very PDF that Export writes, shown page by page (so the
// preview's type sits exactly as in the file); from here it is printed or exported as the PDF or the
// editable ODT copy.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewDialog)

public:
    ReportPreviewDialog(cc::Workspace& workspace, cc::report::ReportModel report, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    // Builds the report of a check in `language` (dated today) and returns its preview, deleted on
    // close; none, after telling the user why, when the report cannot be built (e.g. a missing logo).
    static ReportPreviewDialog*
    create(cc::Workspace& workspace, const cc::AssessmentId& id, const QString& language, QWidget* parent);

    // Writes the report to `path` (.pdf or .odt) and says so in the dialog; the error otherwise.
    cc::Result<void> exportFile(const QString& path);
    int pageCount() const;
    // A file name to offer: community code and round.
    QString suggestedFileName(const QString& suffix) const;

private slots:
    void onExportPdfClicked();
    void onExportOdtClicked();
    void onPrintClicked();

private:
    void exportWithDialog(const QString& suffix, const QString& filter);
    // Writes the report to the preview's own temporary PDF and shows it.
    void render();
    void zoomBy(double factor);

    std::unique_ptr<Ui::ReportPreviewDialog> m_ui;
    cc::Workspace& m_workspace;
    cc::report::ReportModel m_report;
    std::unique_ptr<QPrinter> m_printer;
    QTemporaryDir m_scratch; // the preview's PDF
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    int m_pages = 0;
};
