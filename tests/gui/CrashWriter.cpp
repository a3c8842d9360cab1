// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for the crash test: edits answers through the same path as the entry screen
// (AssessmentDocument → History → command → service → SQLite) and prints "ack CODE VALUE" after each
// edit returns. The test kills it with SIGKILL at an arbitrary moment.
//   test_crash_writer DB ASSESSMENT_ID
#include "app/commands/History.h"
#include "app/gui/AssessmentDocument.h"
#include "core/services/Workspace.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto ws = cc::Workspace::open(
        QString::fromLocal8Bit(argv[1]), cc::Workspace::OpenMode::MustExist, QStringLiteral("crash"));
    if (!ws)
        return 1;
    History history(**ws);
    AssessmentDocument document(history, cc::AssessmentId::fromString(QString::fromLatin1(argv[2])));
    if (!document.reload())
        return 1;
    QTextStream out(stdout);
    for (int i = 1;; ++i) { // until killed
        const double value = i;
        if (!document.setResponse({QStringLiteral("A-02"), value, false, QStringLiteral("edit %1").arg(i), false, {}}))
            return 1;
        out << "ack A-02 " << i << '\n';
        out.flush();
        if (history.stack().count() > 200)
            history.clear(); // keep memory flat over a long run
    }
}
