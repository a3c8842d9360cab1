// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ReportPreviewDialog.h"

#include "app/common/Settings.h"
#include "app/gui/ErrorPresenter.h"
#include "app/gui/SavePath.h"
#include "app/render/ReportExport.h"
#include "app/render/ReportOdt.h"
#include "app/render/ReportPdf.h"
#include "core/services/Workspace.h"
#include "ui_ReportPreviewDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

ReportPreviewDialog::ReportPreviewDialog(cc::Workspace& workspace, cc::report::ReportModel report, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportPreviewDialog>())
    , m_workspace(workspace)
    , m_report(std::move(report))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Report preview — %1 %2").arg(m_report.communityName, m_report.round));
    // The report lays out its own margins: the printer gets the whole sheet.
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setFullPage(true);
    m_printer->setResolution(300); // the PDF's resolution: the same text layout, the same page breaks
    m_printer->setDocName(m_report.title + QStringLiteral(" — ") + m_report.communityName);
    // The preview is the PDF itself (Qt's print preview replays the pages with its own font
    // matching, which set Latin digits above the Chinese text).
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(m_ui->previewHost);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_ui->previewHost->layout()->addWidget(m_view);
    connect(m_ui->exportPdfPushButton, &QPushButton::clicked, this, &ReportPreviewDialog::onExportPdfClicked);
    connect(m_ui->exportOdtPushButton, &QPushButton::clicked, this, &ReportPreviewDialog::onExportOdtClicked);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &ReportPreviewDialog::onPrintClicked);
    connect(m_ui->zoomInPushButton, &QPushButton::clicked, this, [this] { zoomBy(1.25); });
    connect(m_ui->zoomOutPushButton, &QPushButton::clicked, this, [this] { zoomBy(0.8); });
    connect(m_ui->fitWidthPushButton, &QPushButton::clicked, this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Keyboard: Ctrl+S exports the PDF, Ctrl+P prints, Ctrl+= / Ctrl+- zoom.
    new QShortcut(QKeySequence::Save, this, this, &ReportPreviewDialog::onExportPdfClicked);
    new QShortcut(QKeySequence::Print, this, this, &ReportPreviewDialog::onPrintClicked);
    new QShortcut(QKeySequence::ZoomIn, this, [this] { zoomBy(1.25); });
    new QShortcut(QKeySequence::ZoomOut, this, [this] { zoomBy(0.8); });
    m_ui->zoomInPushButton->setToolTip(tr("Zoom in (%1)").arg(QKeySequence(QKeySequence::ZoomIn).toString()));
    m_ui->zoomOutPushButton->setToolTip(tr("Zoom out (%1)").arg(QKeySequence(QKeySequence::ZoomOut).toString()));
    m_ui->exportPdfPushButton->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    m_ui->printPushButton->setToolTip(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText));
    render();
    m_view->setFocus();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

ReportPreviewDialog* ReportPreviewDialog::create(cc::Workspace& workspace,
                                                 const cc::AssessmentId& id,
                                                 const QString& language,
                                                 QWidget* parent)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = workspace.reports().build(id, language, QDate::currentDate());
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        ErrorPresenter::show(parent, report.error());
        return nullptr;
    }
    auto* dialog = new ReportPreviewDialog(workspace, std::move(report).value(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

int ReportPreviewDialog::pageCount() const
{
    return m_pages;
}

void ReportPreviewDialog::render()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString path = m_scratch.filePath(QStringLiteral("preview.pdf"));
    auto pages = m_scratch.isValid()
        ? ReportPdf::write(m_report, ReportExport::photoSource(m_workspace), path)
        : cc::Result<int>(cc::makeError(cc::ErrorCode::Io, tr("No temporary folder for the preview.")));
    QGuiApplication::restoreOverrideCursor();
    if (!pages) {
        m_ui->statusLabel->setText(pages.error().message);
        return;
    }
    if (m_document->load(path) != QPdfDocument::Error::None) {
        m_ui->statusLabel->setText(tr("The preview cannot show the report's PDF; export it to look at it."));
        return;
    }
    m_pages = *pages;
    m_ui->statusLabel->setText(tr("%n page(s)", nullptr, m_pages));
}

void ReportPreviewDialog::zoomBy(double factor)
{
    const double current = m_view->zoomMode() == QPdfView::ZoomMode::Custom
        ? m_view->zoomFactor()
        : m_view->viewport()->width() / std::max(1.0, m_document->pagePointSize(0).width() * logicalDpiX() / 72.0);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(current * factor, 0.2, 5.0));
}

QString ReportPreviewDialog::suggestedFileName(const QString& suffix) const
{
    return m_report.fileStem + u'.' + suffix; // the same name a batch export gives it
}

cc::Result<void> ReportPreviewDialog::exportFile(const QString& path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    cc::Result<void> result;
    if (ReportExport::formatOf(path) == ReportExport::Format::Odt) {
        result = ReportOdt::write(m_report, ReportExport::photoSource(m_workspace), path);
    } else {
        auto pages = ReportPdf::write(m_report, ReportExport::photoSource(m_workspace), path);
        if (!pages)
            result = pages.error();
    }
    QGuiApplication::restoreOverrideCursor();
    if (result)
        m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        m_ui->statusLabel->setText(result.error().message);
    return result;
}

void ReportPreviewDialog::exportWithDialog(const QString& suffix, const QString& filter)
{
    const QString path = SavePath::ask(this, tr("Export the report"), suggestedFileName(suffix), filter);
    if (path.isEmpty())
        return;
    if (auto result = exportFile(path); !result)
        ErrorPresenter::show(this, result.error());
}

void ReportPreviewDialog::onExportPdfClicked()
{
    exportWithDialog(QStringLiteral("pdf"), tr("PDF (*.pdf)"));
}

void ReportPreviewDialog::onExportOdtClicked()
{
    exportWithDialog(QStringLiteral("odt"), tr("OpenDocument text (*.odt)"));
}

void ReportPreviewDialog::onPrintClicked()
{
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false); // the whole report, always
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_printer->setFullPage(true);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto pages = ReportPdf::paint(m_report, ReportExport::photoSource(m_workspace), *m_printer);
    QGuiApplication::restoreOverrideCursor();
    m_ui->statusLabel->setText(pages ? tr("Sent %n page(s) to the printer.", nullptr, *pages) : pages.error().message);
}
