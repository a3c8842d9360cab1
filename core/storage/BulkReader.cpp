// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BulkReader.h"

#include "core/storage/PostgresHandle.h"
#include "core/storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <charconv>

namespace cc::storage {

namespace {

class BulkText
{
    Q_DECLARE_TR_FUNCTIONS(BulkReader)

public:
    static QString noHandle() { return tr("The database connection does not expose an SQLite or PostgreSQL handle."); }
    static QString failed(const char* what, const char* message)
    {
        return tr("Database error while %1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(message));
    }
};

[[noreturn]] void fail(const char* what, const char* message)
{
    throw StorageError {makeError(ErrorCode::Database, BulkText::failed(what, message))};
}

// The rows of one query, read without a QVariant per cell. The views are valid until next().
class Rows
{
public:
    virtual ~Rows() = default;
    virtual bool next() = 0; // false when done; throws StorageError on an error
    virtual int columns() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArrayView text(int column) const = 0;
};

// SQLite: one prepared statement stepped through.
class SqliteRows final : public Rows
{
public:
    SqliteRows(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail("preparing a bulk read", sqlite3_errmsg(db));
    }
    ~SqliteRows() override { sqlite3_finalize(m_stmt); }
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

    bool next() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        fail("reading in bulk", sqlite3_errmsg(m_db));
    }
    int columns() const override { return sqlite3_column_count(m_stmt); }
    bool isNull(int c) const override { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 integer(int c) const override { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const override { return sqlite3_column_double(m_stmt, c); }
    QByteArrayView text(int c) const override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, c));
    }
    // A cell read as it is stored, without converting it to text (the benchmark's floor).
    qint64 touch(int c) const
    {
        switch (sqlite3_column_type(m_stmt, c)) {
        case SQLITE_INTEGER:
            return sqlite3_column_int64(m_stmt, c) & 1;
        case SQLITE_FLOAT:
            return static_cast<qint64>(sqlite3_column_double(m_stmt, c)) & 1;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
            return sqlite3_column_bytes(m_stmt, c);
        default:
            return 0;
        }
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// PostgreSQL: a cursor fetched in batches (the whole result of a province would not fit in memory
// at once), in a read-only transaction of its own unless one is open.
class PostgresRows final : public Rows
{
public:
    static constexpr int kBatch = 20000;

    PostgresRows(PGconn* db, const char* sql)
        : m_db(db)
    {
        m_ownTransaction = PQtransactionStatus(db) == PQTRANS_IDLE;
        if (m_ownTransaction)
            command("BEGIN READ ONLY");
        try {
            command(QByteArray(QByteArrayLiteral("DECLARE cc_bulk NO SCROLL CURSOR FOR ") + sql).constData());
        } catch (...) {
            if (m_ownTransaction) // the destructor does not run: the failed transaction ends here
                PQclear(PQexec(m_db, "ROLLBACK"));
            throw;
        }
    }
    ~PostgresRows() override
    {
        PQclear(m_batch);
        // Closing needs a live transaction; after an error the caller's rollback ends it.
        if (PQtransactionStatus(m_db) == PQTRANS_INTRANS) {
            PQclear(PQexec(m_db, "CLOSE cc_bulk"));
            if (m_ownTransaction)
                PQclear(PQexec(m_db, "COMMIT"));
        } else if (m_ownTransaction && PQtransactionStatus(m_db) == PQTRANS_INERROR) {
            PQclear(PQexec(m_db, "ROLLBACK"));
        }
    }
    PostgresRows(const PostgresRows&) = delete;
    PostgresRows& operator=(const PostgresRows&) = delete;

    bool next() override
    {
        if (m_batch && ++m_row < PQntuples(m_batch))
            return true;
        if (m_batch && PQntuples(m_batch) < kBatch)
            return false; // the last batch was short: the cursor is exhausted
        PQclear(m_batch);
        m_batch = PQexec(m_db, "FETCH FORWARD 20000 FROM cc_bulk");
        if (PQresultStatus(m_batch) != PGRES_TUPLES_OK)
            fail("reading in bulk", PQerrorMessage(m_db));
        m_row = 0;
        return PQntuples(m_batch) > 0;
    }
    int columns() const override { return PQnfields(m_batch); }
    bool isNull(int c) const override { return PQgetisnull(m_batch, m_row, c) != 0; }
    qint64 integer(int c) const override
    {
        const QByteArrayView t = text(c);
        qint64 value = 0;
        std::from_chars(t.data(), t.data() + t.size(), value);
        return value;
    }
    double real(int c) const override
    {
        const QByteArrayView t = text(c);
        double value = 0;
        if (std::from_chars(t.data(), t.data() + t.size(), value).ec != std::errc())
            value = t.toByteArray().toDouble(); // Infinity, NaN
        return value;
    }
    QByteArrayView text(int c) const override
    {
        return QByteArrayView(PQgetvalue(m_batch, m_row, c), PQgetlength(m_batch, m_row, c));
    }

private:
    void command(const char* sql)
    {
        PGresult* result = PQexec(m_db, sql);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (!ok)
            fail("reading in bulk", PQerrorMessage(m_db));
    }

    PGconn* m_db;
    PGresult* m_batch = nullptr;
    int m_row = 0;
    bool m_ownTransaction = false;
};

} // namespace

BulkReader::BulkReader(QSqlDatabase& db)
{
    if (PGconn* server = postgresHandle(db.driver())) {
        m_handle = server;
        m_server = true;
        return;
    }
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StorageError {makeError(ErrorCode::Database, BulkText::noHandle())};
    m_handle = *static_cast<sqlite3* const*>(v.constData());
    if (!m_handle)
        throw StorageError {makeError(ErrorCode::Database, BulkText::noHandle())};
}

namespace {

std::unique_ptr<Rows> query(void* handle, bool server, const char* sql)
{
    if (server)
        return std::make_unique<PostgresRows>(static_cast<PGconn*>(handle), sql);
    return std::make_unique<SqliteRows>(static_cast<sqlite3*>(handle), sql);
}

} // namespace

std::vector<BulkReader::AssessmentRow> BulkReader::assessments()
{
    const auto rows = query(m_handle,
                            m_server,
                            "SELECT a.id, a.uuid, a.community_id, s.uuid, a.check_date FROM assessments a"
                            " JOIN indicator_sets s ON s.id = a.set_id WHERE a.archived = 0 ORDER BY a.id");
    std::vector<AssessmentRow> out;
    while (rows->next()) {
        AssessmentRow row;
        row.rowId = rows->integer(0);
        row.id = AssessmentId::fromString(QString::fromLatin1(rows->text(1)));
        row.communityRow = rows->integer(2);
        row.setId = SetVersionId::fromString(QString::fromLatin1(rows->text(3)));
        row.checkDate = QDate::fromString(QString::fromLatin1(rows->text(4)), Qt::ISODate);
        out.push_back(row);
    }
    return out;
}

qint64 BulkReader::forEachResponse(const std::function<void(const ResponseRow&)>& visit)
{
    // The (assessment_id, indicator_code) unique index gives this order without sorting.
    const auto rows = query(m_handle,
                            m_server,
                            "SELECT assessment_id, indicator_code, value_num, value_text, not_applicable, carried_over"
                            " FROM responses ORDER BY assessment_id");
    qint64 count = 0;
    ResponseRow row;
    while (rows->next()) {
        row.assessmentRow = rows->integer(0);
        row.indicatorCode = rows->text(1);
        row.number = rows->isNull(2) ? std::nullopt : std::optional<double>(rows->real(2));
        row.text = rows->isNull(3) ? std::nullopt : std::optional(rows->text(3));
        row.notApplicable = rows->integer(4) != 0;
        row.carriedOver = rows->integer(5) != 0;
        visit(row);
        ++count;
    }
    return count;
}

qint64 BulkReader::readAllResponsesPlain()
{
    if (m_server)
        return copyAllResponses();
    SqliteRows rows(static_cast<sqlite3*>(m_handle), "SELECT * FROM responses");
    qint64 count = 0;
    qint64 bytes = 0;
    while (rows.next()) {
        for (int c = 0; c < rows.columns(); ++c)
            bytes += rows.touch(c);
        ++count;
    }
    return bytes >= 0 ? count : -count; // `bytes` keeps the reads from being optimised away
}

qint64 BulkReader::copyAllResponses()
{
    auto* db = static_cast<PGconn*>(m_handle);
    PGresult* started = PQexec(db, "COPY responses TO STDOUT");
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    PQclear(started);
    if (!copying)
        fail("reading in bulk", PQerrorMessage(db));
    qint64 count = 0;
    char* line = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(db, &line, 0)) > 0) {
        ++count;
        PQfreemem(line);
    }
    PGresult* finished = PQgetResult(db);
    const bool ok = length == -1 && PQresultStatus(finished) == PGRES_COMMAND_OK;
    PQclear(finished);
    while (PGresult* rest = PQgetResult(db))
        PQclear(rest);
    if (!ok)
        fail("reading in bulk", PQerrorMessage(db));
    return count;
}

} // namespace cc::storage
