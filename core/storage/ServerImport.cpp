// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ServerImport.h"

#include "core/storage/PostgresHandle.h"
#include "core/storage/ServerFaults.h"
#include "core/storage/SqlError.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace cc::storage {

namespace {

// Parents before children. A column that refers to its own table is filled in a second pass.
struct TableSpec
{
    const char* name;
    const char* key; // ORDER BY of the checksum
    const char* selfReference = nullptr;
};

const std::vector<TableSpec>& tables()
{
    static const std::vector<TableSpec> list {
        {"settings", "key"},
        {"indicator_sets", "id"},
        {"set_indicators", "id"},
        {"set_community_types", "set_id, code"},
        {"communities", "id"},
        {"estates", "id"},
        {"buildings", "id"},
        {"assessments", "id", "previous_id"},
        {"responses", "id"},
        {"photos", "id"},
        {"ledger_entries", "id"},
        {"audit_log", "id"},
        {"demands", "id"},
        {"survey_tallies", "id"},
        {"resources", "id"},
        {"projects", "id", "bundle_id"},
        {"project_demands", "project_id, demand_id"},
        {"project_resources", "project_id, resource_id"},
        {"project_funding", "project_id, source"},
        {"project_years", "project_id, year"},
        {"price_table", "template_code, county"},
        {"plans", "id"},
        {"plan_items", "plan_id, project_id"},
        {"score_cache", "assessment_id"},
        {"exchange_peers", "id"},
        {"exchange_base", "assessment_id, peer_id, item"},
        {"exchange_alias", "foreign_uuid"},
        {"photostore.photo_blobs", "sha256"},
    };
    return list;
}

// What init alone puts into a server database; everything else must be empty.
bool fromInit(const QString& table)
{
    return table == u"settings" || table == u"indicator_sets" || table == u"set_indicators"
        || table == u"set_community_types" || table == u"audit_log";
}

// One value in COPY's text format: \N for NULL, numbers as they are (doubles with every digit),
// bytes as bytea's hex, text with its backslashes, tabs and line breaks escaped.
void appendCopyValue(QByteArray& line, const QVariant& v)
{
    if (v.isNull()) {
        line += "\\N";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        line += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        line += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::QByteArray:
        line += "\\\\x";
        line += v.toByteArray().toHex();
        return;
    default:
        break;
    }
    const QByteArray text = v.toString().toUtf8();
    line.reserve(line.size() + text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

// COPY … FROM STDIN on the target's connection, in its open transaction; throws StorageError.
class Copy
{
public:
    Copy(QSqlDatabase& target, const QString& table, const QStringList& columns)
        : m_db(postgresHandle(target.driver()))
        , m_table(table)
    {
        if (!m_db)
            throw StorageError {makeError(ErrorCode::Database, ServerImport::tr("The target is not a server."))};
        const QByteArray sql =
            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
        PGresult* started = PQexec(m_db, sql.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            fail();
    }
    ~Copy()
    {
        if (m_open) { // an exception on the way: end the copy, the caller's rollback undoes it
            PQputCopyEnd(m_db, "cancelled");
            while (PGresult* rest = PQgetResult(m_db))
                PQclear(rest);
        }
    }
    Copy(const Copy&) = delete;
    Copy& operator=(const Copy&) = delete;

    void write(const QByteArray& line)
    {
        m_buffer += line;
        if (m_buffer.size() >= 1 << 20)
            flush();
    }
    void finish()
    {
        flush();
        m_open = false;
        if (PQputCopyEnd(m_db, nullptr) != 1)
            fail();
        PGresult* result = PQgetResult(m_db);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        const QString error = QString::fromUtf8(PQresultErrorMessage(result));
        const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        PQclear(result);
        while (PGresult* rest = PQgetResult(m_db))
            PQclear(rest);
        if (!ok)
            fail(state, error);
    }

private:
    void flush()
    {
        if (!m_buffer.isEmpty() && PQputCopyData(m_db, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
            fail();
        m_buffer.clear();
    }
    [[noreturn]] void fail(const QString& state = {}, QString text = {})
    {
        if (text.isEmpty())
            text = QString::fromUtf8(PQerrorMessage(m_db));
        const QString operation = ServerImport::tr("copying %1").arg(m_table);
        if (auto fault = ServerFaults::statementError(nullptr, state, operation, text);
            fault && PQstatus(m_db) != CONNECTION_OK)
            throw StorageError {*fault};
        throw StorageError {
            makeError(ErrorCode::Database, ServerImport::tr("Database error while %1: %2").arg(operation, text))};
    }

    PGconn* m_db;
    QString m_table;
    QByteArray m_buffer;
    bool m_open = true;
};

QSqlQuery run(QSqlDatabase& db, const QString& sql, const QString& operation)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw StorageError {sqlError(operation, q)};
    return q;
}

// One value as the checksum sees it: the same text on both engines for the same stored value.
void hashValue(QCryptographicHash& hash, const QVariant& v)
{
    if (v.isNull()) {
        hash.addData(QByteArrayView("\x01N", 2));
        return;
    }
    QByteArray bytes;
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        bytes = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        bytes = v.toByteArray();
        break;
    default:
        bytes = v.toString().toUtf8();
        break;
    }
    hash.addData(QByteArrayView("\x01", 1));
    hash.addData(bytes);
}

QByteArray checksum(QSqlDatabase& db, const QString& table, const QStringList& columns, const char* key, qint64& rows)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                          .arg(columns.join(QStringLiteral(", ")), table, QString::fromLatin1(key)),
                      ServerImport::tr("checking %1").arg(table));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    rows = 0;
    while (q.next()) {
        for (int c = 0; c < columns.size(); ++c)
            hashValue(hash, q.value(c));
        hash.addData(QByteArrayView("\x02", 1));
        ++rows;
    }
    return hash.result();
}

} // namespace

std::vector<ServerImport::Table> ServerImport::copy(
    QSqlDatabase& source, QSqlDatabase& target, const std::function<void(const QString& table, qint64 rows)>& progress)
{
    // Every table of the file must be one this version knows how to move.
    QStringList known;
    for (const TableSpec& spec : tables())
        known << QString::fromLatin1(spec.name);
    QSqlQuery listed = run(source,
                           QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                          "'sqlite\\_%' ESCAPE '\\'"),
                           tr("listing the tables of the file"));
    while (listed.next()) {
        if (!known.contains(listed.value(0).toString()))
            throw StorageError {makeError(ErrorCode::InvalidInput,
                                          tr("The file has a table this version cannot move: %1. Nothing was "
                                             "imported.")
                                              .arg(listed.value(0).toString()))};
    }

    // The server database must be new: only what init made may be there, and it is replaced.
    for (const TableSpec& spec : tables()) {
        const QString name = QString::fromLatin1(spec.name);
        QSqlQuery count = run(target, QStringLiteral("SELECT count(*) FROM %1").arg(name), tr("checking %1").arg(name));
        count.next();
        if (count.value(0).toLongLong() > 0 && !fromInit(name)) {
            throw StorageError {makeError(ErrorCode::Conflict,
                                          tr("The server database already holds records (%1: %2 rows). A county's "
                                             "file is moved into a new server database only; nothing was imported.")
                                              .arg(name)
                                              .arg(count.value(0).toLongLong()))};
        }
    }
    for (auto it = tables().rbegin(); it != tables().rend(); ++it) {
        if (fromInit(QString::fromLatin1(it->name)))
            run(target, QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(it->name)), tr("emptying the server"));
    }

    std::vector<Table> out;
    for (const TableSpec& spec : tables()) {
        const QString name = QString::fromLatin1(spec.name);
        const QSqlRecord record = source.record(name);
        QStringList columns;
        // Column names go into SQL: only the plain names of the app's own schema are taken.
        static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
        for (int c = 0; c < record.count(); ++c) {
            if (!plain.match(record.fieldName(c)).hasMatch())
                throw StorageError {makeError(ErrorCode::InvalidInput,
                                              tr("The file's table %1 has a column this version cannot move: %2. "
                                                 "Nothing was imported.")
                                                  .arg(name, record.fieldName(c)))};
            columns << record.fieldName(c);
        }
        const QString self = spec.selfReference ? QString::fromLatin1(spec.selfReference) : QString();
        QSqlQuery rows = run(source,
                             QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), name),
                             tr("reading %1").arg(name));
        // PostgreSQL's COPY: one statement per table, its rows streamed (a row-by-row INSERT would
        // take minutes for a province's millions of ledger entries).
        Copy copy(target, name, columns);
        qint64 copied = 0;
        std::vector<std::pair<QVariant, QVariant>> references; // (id, self reference) for the second pass
        QByteArray line;
        while (rows.next()) {
            line.clear();
            for (int c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    line += '\t';
                if (columns.at(c) == self) {
                    if (!rows.isNull(c))
                        references.emplace_back(rows.value(0), rows.value(c));
                    line += "\\N";
                    continue;
                }
                appendCopyValue(line, rows.value(c));
            }
            line += '\n';
            copy.write(line);
            if (++copied % 50000 == 0 && progress)
                progress(name, copied);
        }
        copy.finish();
        if (!references.empty()) {
            QSqlQuery link(target);
            link.prepare(QStringLiteral("UPDATE %1 SET %2 = :ref WHERE id = :id").arg(name, self));
            for (const auto& [id, ref] : references) {
                link.bindValue(QStringLiteral(":ref"), ref);
                link.bindValue(QStringLiteral(":id"), id);
                if (!link.exec())
                    throw StorageError {sqlError(tr("copying %1").arg(name), link)};
            }
        }
        if (columns.contains(QStringLiteral("id")) && QString::fromLatin1(spec.key) == u"id") {
            // New rows on the server continue after the moved ones.
            run(target,
                QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
                    .arg(name),
                tr("copying %1").arg(name));
        }
        if (progress)
            progress(name, copied);

        // Verified: the same rows on both sides, value by value.
        Table table {name, 0, {}};
        qint64 sourceRows = 0;
        const QByteArray expected = checksum(source, name, columns, spec.key, sourceRows);
        table.sha256 = checksum(target, name, columns, spec.key, table.rows);
        if (table.rows != sourceRows || table.sha256 != expected) {
            throw StorageError {makeError(ErrorCode::Database,
                                          tr("%1 did not arrive intact on the server (%2 rows in the file, %3 on the "
                                             "server, or values that differ); nothing was imported.")
                                              .arg(name)
                                              .arg(sourceRows)
                                              .arg(table.rows))};
        }
        out.push_back(table);
    }
    return out;
}

} // namespace cc::storage
