// SPDX-License-Identifier: GPL-3.0-or-later
// `server init`, `server import`, `server user add|list` (cli.md v2): the county server.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/cli/TextTable.h"
#include "core/services/Workspace.h"
#include "core/util/ServerAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isServer(const QString& db)
{
    return cc::ServerAddress::isServerAddress(db);
}

} // namespace

int Cli::cmdServerInit(const QStringList& tokens)
{
    if (!isServer(m_dbPath))
        return usageError(tr("--db postgresql://USER@HOST:PORT/DATABASE names the server (for a file, use init)"),
                          m_command);
    return cmdInit(tokens);
}

int Cli::cmdServerImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!isServer(m_dbPath))
        return usageError(tr("--db postgresql://USER@HOST:PORT/DATABASE names the server to import into"), m_command);
    // The server's schema is made (or checked) first, as `server init` would, without the default set.
    using Mode = cc::Workspace::OpenMode;
    auto workspace = cc::Workspace::open(m_dbPath, Mode::CreateIfMissing, m_user);
    if (!workspace)
        return fail(workspace.error());
    m_workspace = std::move(workspace).value();
    const bool json = cl.has(QStringLiteral("json"));
    auto imported = m_workspace->server().importFile(cl.args().at(0), [&](const QString& table, qint64 rows) {
        m_err << tr("%1: %2 rows").arg(table).arg(rows) << '\n';
        m_err.flush();
    });
    if (!imported)
        return fail(imported.error());
    if (json) {
        QJsonArray tables;
        for (const auto& t : *imported) {
            QJsonObject o;
            o.insert(QStringLiteral("table"), t.table);
            o.insert(QStringLiteral("rows"), static_cast<double>(t.rows));
            o.insert(QStringLiteral("sha256"), t.sha256);
            tables.append(o);
        }
        printJson(QJsonDocument(QJsonObject {{QStringLiteral("imported"), true}, {QStringLiteral("tables"), tables}}));
        return Success;
    }
    TextTable table({tr("table"), tr("rows"), tr("SHA-256 (file = server)")});
    qint64 total = 0;
    for (const auto& t : *imported) {
        table.addRow({t.table, QString::number(t.rows), t.sha256.left(16)});
        total += t.rows;
    }
    table.print(m_out);
    m_out << tr("Imported %1 into %2: %n row(s), every table counted and checked on both sides.",
                nullptr,
                static_cast<int>(total))
                 .arg(shownPath(cl.args().at(0)), m_dbPath)
          << '\n';
    return Success;
}

int Cli::cmdServerUser(const QStringList& tokens)
{
    const QString sub = tokens.value(0);
    if (sub == u"add" || sub == u"list") {
        m_command += u' ' + sub;
        return sub == u"add" ? cmdServerUserAdd(tokens.mid(1)) : cmdServerUserList(tokens.mid(1));
    }
    return usageError(sub.isEmpty() ? tr("which one? add, list") : tr("unknown subcommand \"%1\"").arg(sub), m_command);
}

int Cli::cmdServerUserAdd(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("role"), QStringLiteral("county")}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("role")))
        return usageError(tr("--role assessor|reviewer|planner|admin is required"), m_command);
    if (!isServer(m_dbPath))
        return usageError(tr("--db postgresql://USER@HOST:PORT/DATABASE names the server"), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto added = m_workspace->server().addUser(
        cl.args().at(0), cl.value(QStringLiteral("role")), cl.value(QStringLiteral("county")));
    if (!added)
        return fail(added.error());
    m_out << tr("%1 is now %2 of %3.").arg(added->user.name, added->user.role, m_dbPath) << '\n';
    if (added->created)
        m_out << tr("First password (give it to them in person; they change it with `ALTER ROLE`, or the county's "
                    "administrator with psql's \\password): %1")
                     .arg(added->password)
              << '\n';
    return Success;
}

int Cli::cmdServerUserList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!isServer(m_dbPath))
        return usageError(tr("--db postgresql://USER@HOST:PORT/DATABASE names the server"), m_command);
    if (!openWorkspace(false))
        return Failure;
    auto users = m_workspace->server().users();
    if (!users)
        return fail(users.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const auto& u : *users)
            out.append(QJsonObject {{QStringLiteral("name"), u.name},
                                    {QStringLiteral("role"), u.role},
                                    {QStringLiteral("county"), u.county},
                                    {QStringLiteral("added_at"), u.addedAt},
                                    {QStringLiteral("added_by"), u.addedBy}});
        printJson(QJsonDocument(out));
        return Success;
    }
    TextTable table({tr("user"), tr("role"), tr("county"), tr("added")});
    for (const auto& u : *users)
        table.addRow({u.name, u.role, u.county, u.addedAt.left(10) + u' ' + u.addedBy});
    table.print(m_out);
    return Success;
}
