// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <vector>

namespace cc::storage {

// Province-scale reads through the engine's own C API (the connection's handle): a QVariant per
// cell costs 5–8× more when 1.35 M answers are read. SQLite steps a statement; PostgreSQL fetches a
// cursor in batches (libpq). Throws StorageError.
class BulkReader final
{
public:
    explicit BulkReader(QSqlDatabase& db);

    struct AssessmentRow
    {
        qint64 rowId = 0;
        AssessmentId id;
        qint64 communityRow = 0;
        SetVersionId setId;
        QDate checkDate;
    };
    std::vector<AssessmentRow> assessments();

    // One answer as stored; the views are valid only during the callback.
    struct ResponseRow
    {
        qint64 assessmentRow = 0;
        QByteArrayView indicatorCode;
        std::optional<double> number;
        std::optional<QByteArrayView> text;
        bool notApplicable = false;
        bool carriedOver = false;
    };
    // Every answer, ordered by assessment. Returns the number of rows.
    qint64 forEachResponse(const std::function<void(const ResponseRow&)>& visit);

    // The floor for benchmarks: a plain read of every column of the responses table (on a server,
    // PostgreSQL's own COPY … TO STDOUT of the table).
    qint64 readAllResponsesPlain();

private:
    qint64 copyAllResponses();

    void* m_handle = nullptr; // sqlite3* or PGconn*
    bool m_server = false;
};

} // namespace cc::storage
