// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/common/AppEnvironment.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    appenv::setIdentity();
    // Our modules log progress at info level; show it only when asked (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QStringLiteral("cc.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
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
