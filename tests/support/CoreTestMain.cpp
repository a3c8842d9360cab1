// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cc.*.info=false"));
    return Catch::Session().run(argc, argv);
}
