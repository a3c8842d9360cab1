// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/common/AppEnvironment.h"
#include "core/services/Workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <exception>
#include <memory>

namespace {

// The command word: the first argument that is neither an option nor a global option's value.
QString commandWord(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--db" || arg == u"--lang" || arg == u"--user") {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return arg;
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Reports draw their charts with QtCharts, which needs a QApplication; on Linux it runs on the
    // offscreen platform so that batch exports work on a server without a display. Other commands
    // stay GUI-free.
    appenv::installQuietMessages(); // before the application, whose start may warn already
    std::unique_ptr<QCoreApplication> application;
    // `plan build -o FILE.pdf` draws text the same way; `scores -o FILE.pdf` draws the summary's charts;
    // `export national` the lists as PDF; `checklist` the paper checklist.
    if (const QString command = commandWord(argc, argv); command == u"report" || command == u"plan"
        || command == u"scores" || command == u"export" || command == u"checklist") {
#ifdef Q_OS_LINUX
        // No X or Wayland connection for a command-line tool (Windows and macOS draw offscreen
        // with their own platform plugins, which their packages deploy).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    appenv::setIdentity();
    // Our modules log progress at info level; show it only when asked (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QStringLiteral("cc.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A write that finds the database held by another program waits, and says so once.
    cc::setDatabaseWaitNotice([](const QString& line) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
        std::fflush(stderr);
    });
    try {
        Cli cli(out, err);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        return cli.run(arguments);
    } catch (const std::exception& e) {
        err << "error: internal error: " << e.what() << '\n';
        return EXIT_FAILURE;
    }
}
