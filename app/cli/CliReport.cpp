// SPDX-License-Identifier: GPL-3.0-or-later
// `report`: one check's report to a file, or a batch of a round in parallel worker processes.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandLine.h"
#include "app/render/ReportExport.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportText.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <memory>

namespace {

// What a worker prints per report, one line each, for the batch to count.
constexpr QStringView kOk = u"ok";
constexpr QStringView kFailed = u"failed";

} // namespace

int Cli::cmdReportSettings(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{QStringLiteral("no-logo"), QStringLiteral("json")},
                                       {QStringLiteral("title"),
                                        QStringLiteral("issuing-unit"),
                                        QStringLiteral("logo"),
                                        QStringLiteral("signature")},
                                       {QStringLiteral("signature")},
                                       0,
                                       0}))
        return usageError(*problem, m_command);
    if (cl.has(QStringLiteral("logo")) && cl.has(QStringLiteral("no-logo")))
        return usageError(tr("give either --logo FILE or --no-logo"), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto settings = m_workspace->reportSettings(m_language);
    if (!settings)
        return fail(settings.error());
    const bool change = cl.has(QStringLiteral("title")) || cl.has(QStringLiteral("issuing-unit"))
        || cl.has(QStringLiteral("logo")) || cl.has(QStringLiteral("no-logo")) || cl.has(QStringLiteral("signature"));
    if (change) {
        cc::report::ReportSettings s = *settings;
        if (cl.has(QStringLiteral("title")))
            s.title = cl.value(QStringLiteral("title"));
        if (cl.has(QStringLiteral("issuing-unit")))
            s.issuingUnit = cl.value(QStringLiteral("issuing-unit"));
        if (cl.has(QStringLiteral("signature")))
            s.signatureLines = cl.values(QStringLiteral("signature"));
        if (cl.has(QStringLiteral("no-logo")))
            s.logoPath.clear();
        if (cl.has(QStringLiteral("logo"))) {
            const QFileInfo logo(cl.value(QStringLiteral("logo")));
            if (!logo.isFile() || QImage(logo.absoluteFilePath()).isNull()) {
                return fail(cc::makeError(cc::ErrorCode::InvalidInput,
                                          tr("%1 is not an image this program can read (PNG or JPEG).")
                                              .arg(QDir::toNativeSeparators(logo.filePath()))));
            }
            s.logoPath = logo.absoluteFilePath();
        }
        if (auto saved = m_workspace->setReportSettings(s); !saved)
            return fail(saved.error());
        settings = m_workspace->reportSettings(m_language);
        if (!settings)
            return fail(settings.error());
    }
    if (cl.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(
            QJsonObject {{QStringLiteral("title"), settings->title},
                         {QStringLiteral("issuing_unit"), settings->issuingUnit},
                         {QStringLiteral("signature_lines"), QJsonArray::fromStringList(settings->signatureLines)},
                         {QStringLiteral("logo"), settings->logoPath}}));
        return Success;
    }
    const QString none = QStringLiteral("-");
    m_out
        << tr("Title: %1").arg(settings->title.isEmpty() ? cc::report::ReportBuilder::defaultTitle() : settings->title)
        << '\n'
        << tr("Issuing unit: %1").arg(settings->issuingUnit.isEmpty() ? none : settings->issuingUnit) << '\n'
        << tr("Signature lines: %1")
               .arg(settings->signatureLines.isEmpty()
                        ? tr("%1 (default)")
                              .arg(cc::report::ReportBuilder::defaultSignatureLines().join(ReportText::listSeparator()))
                        : settings->signatureLines.join(ReportText::listSeparator()))
        << '\n'
        << tr("Logo: %1").arg(settings->logoPath.isEmpty() ? none : QDir::toNativeSeparators(settings->logoPath))
        << '\n';
    return Success;
}

int Cli::cmdReport(const QStringList& tokens)
{
    // `report settings …` is its own command.
    if (tokens.value(0) == u"settings") {
        m_command = QStringLiteral("report settings");
        return cmdReportSettings(tokens.mid(1));
    }
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{QStringLiteral("worker")},
                                       {QStringLiteral("o"),
                                        QStringLiteral("output"),
                                        QStringLiteral("round"),
                                        QStringLiteral("county"),
                                        QStringLiteral("jobs")},
                                       {},
                                       0,
                                       1 << 20}))
        return usageError(*problem, m_command);
    const QString output =
        cl.has(QStringLiteral("o")) ? cl.value(QStringLiteral("o")) : cl.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("say where to write the report: -o FILE.pdf (or -o DIR with --round)"), m_command);
    if (!ReportFonts::cjkFamily().warning.isEmpty())
        warn(ReportFonts::cjkFamily().warning);
    if (cl.has(QStringLiteral("worker")))
        return reportWorker(cl.args(), output);
    if (cl.has(QStringLiteral("round"))) {
        if (!cl.args().isEmpty())
            return usageError(tr("give either an ASSESSMENT or --round, not both"), m_command);
        int jobs = QThread::idealThreadCount();
        if (cl.has(QStringLiteral("jobs"))) {
            bool ok = false;
            jobs = cl.value(QStringLiteral("jobs")).toInt(&ok);
            if (!ok || jobs < 1 || jobs > 64)
                return usageError(tr("--jobs must be a whole number from 1 to 64"), m_command);
        }
        return reportBatch(cl.value(QStringLiteral("round")), cl.value(QStringLiteral("county")), output, jobs);
    }
    if (cl.has(QStringLiteral("county")) || cl.has(QStringLiteral("jobs")))
        return usageError(tr("--county and --jobs belong to the batch form (--round LABEL)"), m_command);
    if (cl.args().size() != 1)
        return usageError(tr("name one ASSESSMENT, or use --round LABEL -o DIR for a batch"), m_command);
    if (!ReportExport::formatOf(output))
        return usageError(tr("the report file must end in .pdf or .odt: %1").arg(output), m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    auto pages = ReportExport::write(*m_workspace, assessment->id, m_language, output);
    if (!pages)
        return fail(pages.error());
    if (*pages > 0)
        m_out << tr("Report written: %1 (%n page(s))", nullptr, *pages).arg(shownPath(output)) << '\n';
    else
        m_out << tr("Report written: %1").arg(shownPath(output)) << '\n';
    return Success;
}

int Cli::reportWorker(const QStringList& arguments, const QString& directory)
{
    // The batch hands the IDs over on stdin (a province's worth would not fit on a Windows command
    // line); IDs given as arguments are taken too.
    QStringList ids = arguments;
    if (ids.isEmpty()) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            for (const QByteArray& line : in.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    ids << QString::fromLatin1(line.trimmed());
            }
        }
    }
    if (!openWorkspace(false, true))
        return Failure;
    // One line per report, tab-separated; the message on one line (oneLine escapes a tab too).
    for (const QString& text : ids) {
        auto assessment = m_workspace->assessments().find(cc::AssessmentId::fromString(text));
        if (!assessment) {
            m_out << kFailed << '\t' << text << '\t' << oneLine(assessment.error().message) << '\n';
            m_out.flush();
            continue;
        }
        const QString path = QDir(directory).filePath(cc::ReportService::fileName(*assessment));
        auto pages = ReportExport::write(*m_workspace, assessment->id, m_language, path);
        if (pages)
            m_out << kOk << '\t' << text << '\t' << oneLine(path) << '\t' << *pages << '\n';
        else
            m_out << kFailed << '\t' << text << '\t' << oneLine(pages.error().message) << '\n';
        m_out.flush();
    }
    return Success;
}

int Cli::reportBatch(const QString& roundText, const QString& county, const QString& directory, int jobs)
{
    const auto round = cc::Round::parse(roundText);
    if (!round)
        return usageError(tr("the round \"%1\" must begin with a year, e.g. \"2025 体检\"").arg(roundText), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto picked = m_workspace->reports().forRound(*round, county);
    if (!picked)
        return fail(picked.error());
    if (picked->empty()) {
        return fail(cc::makeError(cc::ErrorCode::NotFound,
                                  county.isEmpty() ? tr("No check of round %1 in this database.").arg(roundText)
                                                   : tr("No check of round %1 in county %2.").arg(roundText, county)));
    }
    if (!QDir().mkpath(directory) || !QFileInfo(directory).isWritable()) {
        return fail(cc::makeError(cc::ErrorCode::Io,
                                  tr("Cannot write reports into %1.").arg(QDir::toNativeSeparators(directory))));
    }
    const int total = static_cast<int>(picked->size());
    jobs = std::min(jobs, total);
    QElapsedTimer clock;
    clock.start();

    // One worker process per core, each with every jobs-th check: QtCharts and the PDF writer work
    // on the GUI thread only, so processes, not threads, use the second core. SQLite's WAL lets them
    // all read the database at once.
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < jobs; ++w) {
        QStringList arguments {QStringLiteral("--db"),
                               m_dbPath,
                               QStringLiteral("--lang"),
                               m_language,
                               QStringLiteral("--user"),
                               m_user,
                               QStringLiteral("report"),
                               QStringLiteral("--worker"),
                               QStringLiteral("-o"),
                               directory};
        QByteArray ids;
        for (int i = w; i < total; i += jobs)
            ids += (*picked)[static_cast<size_t>(i)].id.toString().toLatin1() + '\n';
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QCoreApplication::applicationFilePath(), arguments);
        process->write(ids);
        process->closeWriteChannel();
        workers.push_back(std::move(process));
    }
    int done = 0;
    int written = 0;
    QStringList failures;
    const int width = static_cast<int>(QString::number(total).size());
    QHash<QString, const cc::Assessment*> byId; // worker lines name the check by its ID
    for (const cc::Assessment& a : *picked)
        byId.insert(a.id.toString(), &a);
    const auto handle = [&](const QString& line) {
        const QStringList parts = line.split(u'\t');
        if (parts.size() < 3)
            return;
        ++done;
        const cc::Assessment* found = byId.value(parts[1]);
        const QString who =
            !found ? parts[1] : found->communityCode + u' ' + found->communityName + u' ' + found->round.toString();
        const QString counter = QStringLiteral("[%1/%2] ").arg(done, width).arg(total);
        if (parts[0] == kOk) {
            ++written;
            m_out << counter << who << " → " << shownPath(parts[2]) << '\n';
        } else {
            m_out << counter << who << ": " << tr("failed: %1").arg(parts[2]) << '\n';
            failures << who + QStringLiteral(": ") + parts[2];
        }
        m_out.flush();
    };
    // Read both pipes as the workers go, so that neither fills up and blocks a worker.
    std::vector<QByteArray> errors(workers.size());
    bool running = true;
    while (running) {
        running = false;
        for (size_t w = 0; w < workers.size(); ++w) {
            QProcess& process = *workers[w];
            if (process.state() != QProcess::NotRunning) {
                running = true;
                process.waitForReadyRead(50);
            }
            while (process.canReadLine())
                handle(QString::fromUtf8(process.readLine()).trimmed());
            errors[w] += process.readAllStandardError();
        }
    }
    for (size_t w = 0; w < workers.size(); ++w) {
        QProcess& process = *workers[w];
        for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
            handle(QString::fromUtf8(line).trimmed());
        errors[w] += process.readAllStandardError();
        if (process.error() == QProcess::FailedToStart || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            const QString why = QString::fromUtf8(errors[w]).trimmed();
            failures << tr("a report process stopped early: %1").arg(why.isEmpty() ? process.errorString() : why);
        }
    }
    const int missing = total - done;
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    m_out << tr("%1 of %2 reports written to %3 in %4 s (%n process(es)).", nullptr, jobs)
                 .arg(written)
                 .arg(total)
                 .arg(QDir::toNativeSeparators(directory))
                 .arg(seconds, 0, 'f', 1)
          << '\n';
    if (!failures.isEmpty() || missing > 0) {
        return fail(cc::makeError(cc::ErrorCode::Io,
                                  tr("%n report(s) of the batch could not be written.", nullptr, total - written),
                                  failures.join(u'\n')));
    }
    return Success;
}
