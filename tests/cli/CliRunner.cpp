// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/CliRunner.h"

#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace testing {

CliFixture::CliFixture()
{
    REQUIRE(m_home.isValid());
}

Run CliFixture::run(const QStringList& arguments, bool withDb, const QStringList& environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("CLICOLOR_FORCE"));
    env.remove(QStringLiteral("NO_COLOR"));
    for (const QString& setting : environment)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    process.setProcessEnvironment(env);
    QStringList args;
    if (withDb)
        args << QStringLiteral("--db") << db();
    args << arguments;
    process.start(QStringLiteral(CC_CLI_PATH), args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}

Run CliFixture::init() const
{
    Run r = run({QStringLiteral("init")});
    REQUIRE(r.exitCode == 0);
    return r;
}

QJsonArray jsonArray(const QString& text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

void checkErrorLine(const Run& r, const QString& mustContain)
{
    CAPTURE(r.err);
    REQUIRE(r.err.startsWith(QStringLiteral("error: ")));
    CHECK(r.err.section(u'\n', 0, 0).contains(mustContain));
}

} // namespace testing
