// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BulkReader.h"

#include "core/storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cc::storage {

namespace {

class BulkText
{
    Q_DECLARE_TR_FUNCTIONS(BulkReader)

public:
    static QString noHandle() { return tr("The database connection does not expose an SQLite handle."); }
    static QString failed(const char* what, const char* message)
    {
        return tr("Database error while %1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(message));
    }
};

// RAII for one prepared statement.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw StorageError {
                makeError(ErrorCode::Database, BulkText::failed("preparing a bulk read", sqlite3_errmsg(db)))};
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // true: a row; false: done; throws on error.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw StorageError {makeError(ErrorCode::Database, BulkText::failed("reading in bulk", sqlite3_errmsg(m_db)))};
    }
    sqlite3_stmt* get() { return m_stmt; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

QByteArrayView textView(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return QByteArrayView(text, sqlite3_column_bytes(stmt, column));
}

} // namespace

BulkReader::BulkReader(QSqlDatabase& db)
    : m_handle(nullptr)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StorageError {makeError(ErrorCode::Database, BulkText::noHandle())};
    m_handle = *static_cast<sqlite3* const*>(v.constData());
    if (!m_handle)
        throw StorageError {makeError(ErrorCode::Database, BulkText::noHandle())};
}

std::vector<BulkReader::AssessmentRow> BulkReader::assessments()
{
    auto* db = static_cast<sqlite3*>(m_handle);
    Statement stmt(db,
                   "SELECT a.id, a.uuid, a.community_id, s.uuid, a.check_date FROM assessments a"
                   " JOIN indicator_sets s ON s.id = a.set_id WHERE a.archived = 0 ORDER BY a.id");
    std::vector<AssessmentRow> out;
    while (stmt.step()) {
        AssessmentRow row;
        row.rowId = sqlite3_column_int64(stmt.get(), 0);
        row.id = AssessmentId::fromString(QString::fromLatin1(textView(stmt.get(), 1)));
        row.communityRow = sqlite3_column_int64(stmt.get(), 2);
        row.setId = SetVersionId::fromString(QString::fromLatin1(textView(stmt.get(), 3)));
        row.checkDate = QDate::fromString(QString::fromLatin1(textView(stmt.get(), 4)), Qt::ISODate);
        out.push_back(row);
    }
    return out;
}

qint64 BulkReader::forEachResponse(const std::function<void(const ResponseRow&)>& visit)
{
    auto* db = static_cast<sqlite3*>(m_handle);
    // The (assessment_id, indicator_code) unique index gives this order without sorting.
    Statement stmt(db,
                   "SELECT assessment_id, indicator_code, value_num, value_text, not_applicable, carried_over"
                   " FROM responses ORDER BY assessment_id");
    qint64 rows = 0;
    ResponseRow row;
    while (stmt.step()) {
        sqlite3_stmt* s = stmt.get();
        row.assessmentRow = sqlite3_column_int64(s, 0);
        row.indicatorCode = textView(s, 1);
        row.number = sqlite3_column_type(s, 2) == SQLITE_NULL ? std::nullopt
                                                              : std::optional<double>(sqlite3_column_double(s, 2));
        row.text = sqlite3_column_type(s, 3) == SQLITE_NULL ? std::nullopt : std::optional(textView(s, 3));
        row.notApplicable = sqlite3_column_int(s, 4) != 0;
        row.carriedOver = sqlite3_column_int(s, 5) != 0;
        visit(row);
        ++rows;
    }
    return rows;
}

qint64 BulkReader::readAllResponsesPlain()
{
    auto* db = static_cast<sqlite3*>(m_handle);
    Statement stmt(db, "SELECT * FROM responses");
    qint64 rows = 0;
    qint64 bytes = 0;
    while (stmt.step()) {
        const int columns = sqlite3_column_count(stmt.get());
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt.get(), c)) {
            case SQLITE_INTEGER:
                bytes += sqlite3_column_int64(stmt.get(), c) & 1;
                break;
            case SQLITE_FLOAT:
                bytes += static_cast<qint64>(sqlite3_column_double(stmt.get(), c)) & 1;
                break;
            case SQLITE_TEXT:
            case SQLITE_BLOB:
                bytes += sqlite3_column_bytes(stmt.get(), c);
                break;
            default:
                break;
            }
        }
        ++rows;
    }
    return bytes >= 0 ? rows : -rows; // `bytes` keeps the reads from being optimised away
}

} // namespace cc::storage
