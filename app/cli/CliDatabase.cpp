// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade, backup, restore, check: the database as a file.
#include "app/cli/CliOutput.h"
#include "core/services/Backups.h"
#include "core/services/Workspace.h"

#include <QFileInfo>

int Cli::cmdUpgrade(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    auto workspace = cc::Workspace::open(m_dbPath, cc::Workspace::OpenMode::Upgrade, m_user);
    if (!workspace)
        return fail(workspace.error());
    m_workspace = std::move(workspace).value();
    if (const QString backup = m_workspace->facts().lastBackupPath; !backup.isEmpty()) {
        m_out
            << tr("Database upgraded: %1 (schema %2)").arg(shownPath(m_dbPath)).arg(m_workspace->facts().schemaVersion)
            << '\n'
            << tr("Backup before the upgrade: %1").arg(shownPath(backup)) << '\n';
    } else {
        m_out << tr("Database already up to date: %1 (schema %2)")
                     .arg(shownPath(m_dbPath))
                     .arg(m_workspace->facts().schemaVersion)
              << '\n';
    }
    return Success;
}

int Cli::cmdBackup(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("o")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("o")))
        return usageError(tr("-o FILE is required"), m_command);
    auto written = cc::backups::backup(m_dbPath, cl.value(QStringLiteral("o")));
    if (!written)
        return fail(written.error());
    m_out << tr("Backup written: %1").arg(shownPath(written->database)) << '\n';
    if (!written->photos.isEmpty())
        m_out << tr("Photos backed up: %1").arg(shownPath(written->photos)) << '\n';
    return Success;
}

int Cli::cmdRestore(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    auto kept = cc::backups::restore(m_dbPath, cl.args().at(0));
    if (!kept)
        return fail(kept.error());
    m_out << tr("Restored %1 from %2.").arg(shownPath(m_dbPath), shownPath(cl.args().at(0))) << '\n'
          << tr("What was there before is kept as %1.").arg(shownPath(kept->database)) << '\n';
    return Success;
}

int Cli::cmdCheck(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    auto checked = cc::backups::check(m_dbPath);
    if (!checked)
        return fail(checked.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), checked->ok());
        o.insert(QStringLiteral("integrity"), checked->integrity);
        o.insert(QStringLiteral("foreign_keys"), checked->foreignKeys);
        o.insert(QStringLiteral("photos_checked"), checked->photosChecked);
        o.insert(QStringLiteral("photos_bad"), checked->photosBad);
        o.insert(QStringLiteral("messages"), QJsonArray::fromStringList(checked->messages));
        printJson(QJsonDocument(o));
    } else {
        const auto yesNo = [](bool ok) { return ok ? tr("ok") : tr("FAILED"); };
        m_out << tr("Integrity: %1").arg(yesNo(checked->integrity)) << '\n'
              << tr("Links between records: %1").arg(yesNo(checked->foreignKeys)) << '\n'
              << tr("Photos checked: %1, bad: %2").arg(checked->photosChecked).arg(checked->photosBad) << '\n';
        for (const QString& message : checked->messages)
            m_out << oneLine(message) << '\n';
        m_out << (checked->ok() ? tr("The database is sound.") : tr("The database has problems (see above).")) << '\n';
    }
    return checked->ok() ? Success : Failure;
}
