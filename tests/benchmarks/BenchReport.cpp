// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the scored report. (1) One report of a demo community with 10 photos:
// building the model, the PDF and the ODT copy, medians. (2) A batch: a synthetic province of N
// communities, `communitycheck-cli report --round` with 1 process and with 2. Figures go into
// docs/benchmarks.md.
//
//   bench_report [--runs 5] [--batch 100] [--keep DIR]    (the reports in zh_CN)
#include "app/common/AppEnvironment.h"
#include "app/render/PhotoImporter.h"
#include "app/render/ReportExport.h"
#include "app/render/ReportOdt.h"
#include "app/render/ReportPdf.h"
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// A 12-megapixel camera-like JPEG: gradients, shapes and noise, so it compresses like a photo.
QByteArray syntheticPhoto(int index)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 3000);
    sky.setColorAt(0, QColor::fromHsv((index * 37) % 360, 80, 230));
    sky.setColorAt(1, QColor::fromHsv((index * 37 + 120) % 360, 120, 90));
    painter.fillRect(image.rect(), sky);
    QRandomGenerator random(static_cast<quint32>(index + 1));
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), random.bounded(255), random.bounded(255)));
        painter.drawRect(random.bounded(4000), random.bounded(3000), random.bounded(400), random.bounded(300));
    }
    painter.end();
    for (int y = 0; y < image.height(); y += 2) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] ^= random.bounded(16);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 90);
    return bytes;
}

int fail(QTextStream& out, const QString& message)
{
    out << "error: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cc.*.info=false"));
    appenv::installTranslations(app, QStringLiteral("zh_CN")); // the report in its default language
    QTextStream out(stdout);
    int runs = 5;
    int batch = 100;
    QString keep;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--batch")
            batch = args[i + 1].toInt();
        else if (args[i] == u"--keep")
            keep = args[i + 1];
    }
    QTemporaryDir temp;
    const QDir dir(keep.isEmpty() ? temp.path() : keep);
    QDir().mkpath(dir.path());
    QFile setFile(QStringLiteral(CC_SOURCE_DIR "/resources/indicators/default.json"));
    if (!setFile.open(QIODevice::ReadOnly))
        return fail(out, QStringLiteral("cannot read the default set"));
    const QByteArray setJson = setFile.readAll();

    // (1) One report: the demo database, a new check of the twice-checked community continued from
    // its earlier round, and 10 photos of 12 MP imported as the app does (downscaled to 2048 px).
    auto ws = cc::Workspace::open(
        dir.filePath(QStringLiteral("demo.sqlite")), cc::Workspace::OpenMode::CreateIfMissing, QStringLiteral("bench"));
    if (!ws || !(*ws)->sets().installBuiltin(setJson) || !cc::DemoData::install(**ws, QStringLiteral("JX-HSQ")))
        return fail(out, QStringLiteral("cannot set up the demo database"));
    auto created = (*ws)->assessments().create({QStringLiteral("NC-DH-001"),
                                                QStringLiteral("JX-HSQ"),
                                                {},
                                                cc::Round {2027, QStringLiteral("复检")},
                                                {QStringLiteral("李明")},
                                                true});
    if (!created)
        return fail(out, created.error().message);
    const cc::AssessmentId id = created->assessment.id;
    auto set = (*ws)->sets().load(QStringLiteral("JX-HSQ"));
    if (!set)
        return fail(out, set.error().message);
    QStringList codes;
    for (const cc::Indicator* indicator : (*set)->indicatorsInOrder())
        codes << indicator->code;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        auto imported = PhotoImporter::readBytes(syntheticPhoto(i), QStringLiteral("IMG_%1.jpg").arg(i));
        if (!imported)
            return fail(out, imported.error().message);
        imported->photo.indicatorCode = codes.value(i * 7 % codes.size());
        imported->photo.caption = QStringLiteral("现场照片 %1").arg(i + 1);
        auto added = (*ws)->photos().add(id, {*imported});
        if (!added)
            return fail(out, added.error().message);
    }
    const double importTime = timer.elapsed() / 1000.0;

    std::vector<double> model, pdf, odt, total;
    int pages = 0;
    qint64 pdfSize = 0, odtSize = 0;
    const QString pdfPath = dir.filePath(QStringLiteral("one.pdf"));
    const QString odtPath = dir.filePath(QStringLiteral("one.odt"));
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto report = (*ws)->reports().build(id, QStringLiteral("zh_CN"), QDate(2027, 5, 1));
        if (!report)
            return fail(out, report.error().message);
        model.push_back(timer.nsecsElapsed() / 1e9);
        QElapsedTimer part;
        part.start();
        auto written = ReportPdf::write(*report, ReportExport::photoSource(**ws), pdfPath);
        if (!written)
            return fail(out, written.error().message);
        pdf.push_back(part.nsecsElapsed() / 1e9);
        total.push_back(timer.nsecsElapsed() / 1e9);
        pages = *written;
        part.restart();
        if (auto copy = ReportOdt::write(*report, ReportExport::photoSource(**ws), odtPath); !copy)
            return fail(out, copy.error().message);
        odt.push_back(part.nsecsElapsed() / 1e9);
    }
    pdfSize = QFileInfo(pdfPath).size();
    odtSize = QFileInfo(odtPath).size();
    out << "one report (demo community NC-DH-001, 2027 round, 10 photos of 12 MP)\n"
        << "  photo import (10, not part of the report) " << QString::number(importTime, 'f', 2) << " s\n"
        << "  model from storage   " << QString::number(median(model) * 1000, 'f', 1) << " ms\n"
        << "  PDF                  " << QString::number(median(pdf) * 1000, 'f', 1) << " ms, " << pages << " pages, "
        << QString::number(pdfSize / 1048576.0, 'f', 1) << " MB\n"
        << "  model + PDF          " << QString::number(median(total) * 1000, 'f', 1) << " ms (median of " << runs
        << ")\n"
        << "  ODT copy             " << QString::number(median(odt) * 1000, 'f', 1) << " ms, "
        << QString::number(odtSize / 1048576.0, 'f', 1) << " MB\n";
    out.flush();
    if (batch <= 0)
        return 0;

    // (2) A batch through the CLI, as a county office runs it.
    const QString provincePath = dir.filePath(QStringLiteral("province.sqlite"));
    {
        auto province =
            cc::Workspace::open(provincePath, cc::Workspace::OpenMode::CreateIfMissing, QStringLiteral("bench"));
        if (!province || !(*province)->sets().installBuiltin(setJson))
            return fail(out, QStringLiteral("cannot create the province database"));
        auto generated = cc::DemoData::generateProvince(**province, QStringLiteral("JX-HSQ"), batch, 1, 2025);
        if (!generated)
            return fail(out, generated.error().message);
    }
    out << "batch of " << batch << " reports (communitycheck-cli report --round 2025)\n";
    double one = 0;
    for (const int jobs : {1, 2}) {
        const QString target = dir.filePath(QStringLiteral("batch-%1").arg(jobs));
        QProcess cli;
        timer.restart();
        cli.start(QStringLiteral(CC_CLI_PATH),
                  {QStringLiteral("--db"),
                   provincePath,
                   QStringLiteral("report"),
                   QStringLiteral("--round"),
                   QStringLiteral("2025"),
                   QStringLiteral("--jobs"),
                   QString::number(jobs),
                   QStringLiteral("-o"),
                   target});
        if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
            return fail(out, QString::fromUtf8(cli.readAllStandardError()));
        const double seconds = timer.elapsed() / 1000.0;
        if (jobs == 1)
            one = seconds;
        const auto files = QDir(target).entryList({QStringLiteral("*.pdf")}, QDir::Files).size();
        out << "  " << jobs << " process(es)         " << QString::number(seconds, 'f', 2) << " s, " << files
            << " PDFs, " << QString::number(seconds / std::max<qsizetype>(1, files) * 1000, 'f', 0) << " ms per report";
        if (jobs == 2)
            out << ", " << QString::number(one / seconds, 'f', 2) << " x faster than 1";
        out << '\n';
        out.flush();
    }
    return 0;
}
