// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include "core/util/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

std::ostream& operator<<(std::ostream& os, const QString& text)
{
    return os << text.toStdString();
}

namespace testing {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read " << path);
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        FAIL("cannot write " << path);
}

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(CC_TEST_DATA)).filePath(relative);
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(CC_SOURCE_DIR)).filePath(relative);
}

namespace {

template <typename F>
void withConnection(const QString& path, F&& body)
{
    const QString name = QStringLiteral("test-") + QUuid::createUuid().toString();
    {
        const bool server = cc::ServerAddress::isServerAddress(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server) {
            const auto address = cc::ServerAddress::parse(path);
            REQUIRE(address.has_value());
            db.setHostName(address->host);
            db.setPort(address->port);
            db.setUserName(address->user);
            db.setDatabaseName(address->database);
        } else {
            db.setDatabaseName(path);
        }
        if (!db.open())
            FAIL("cannot open " << path << ": " << db.lastError().text());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString dumpDatabase(const QString& path)
{
    QStringList out;
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        const bool server = cc::ServerAddress::isServerAddress(path);
        REQUIRE(
            q.exec(server ? QStringLiteral("SELECT version FROM cc_schema") : QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        out << QStringLiteral("user_version=") + q.value(0).toString();
        REQUIRE(q.exec(server ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                               "tablename <> 'cc_schema' ORDER BY tablename")
                              : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString& table : tables) {
            QSqlQuery rows(db);
            // Every column in order: rows that tie on the first come out the same on both engines.
            QStringList columns;
            for (int i = 1; i <= db.record(table).count(); ++i)
                columns << QString::number(i);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, columns.join(u','))));
            out << QStringLiteral("[") + table + QStringLiteral("]");
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
                out << cells.join(u'|');
            }
        }
    });
    return out.join(u'\n');
}

void execRaw(const QString& path, const QString& sql)
{
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            FAIL("cannot run " << sql << ": " << q.lastError().text());
    });
}

} // namespace testing
