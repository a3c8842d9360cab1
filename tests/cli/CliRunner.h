// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built communitycheck-cli as a user or a script would, with an isolated HOME, and reads
// what it says: exit code, stdout, stderr.
#include <QJsonArray>
#include <QStringList>
#include <QTemporaryDir>

namespace testing {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliFixture
{
public:
    CliFixture();

    QString db() const { return m_home.filePath(QStringLiteral("cc.sqlite")); }
    QString file(const QString& name) const { return m_home.filePath(name); }

    // Runs with an isolated HOME so that no saved preference of the machine leaks in; `--db db()`
    // comes first unless `withDb` is false.
    // `environment`: extra "NAME=VALUE" settings (colour is off unless a test asks for it).
    Run run(const QStringList& arguments, bool withDb = true, const QStringList& environment = {}) const;
    // `init`, which must succeed.
    Run init() const;

private:
    QTemporaryDir m_home;
};

QJsonArray jsonArray(const QString& text);
// One "error: " line first, as the contract says, naming `mustContain`.
void checkErrorLine(const Run& r, const QString& mustContain);

} // namespace testing
