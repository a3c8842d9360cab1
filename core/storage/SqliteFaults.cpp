// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteFaults.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <list>

namespace cc::storage {

namespace {

QMutex& noticeMutex()
{
    static QMutex mutex;
    return mutex;
}

std::function<void(const QString&)>& waitNotice()
{
    static std::function<void(const QString&)> notice;
    return notice;
}

sqlite3* handleOf(QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// One per connection: when the current wait began and whether it has been said.
struct BusyState
{
    QElapsedTimer waiting;
    bool told = false;
};

int busyHandler(void* context, int attempt)
{
    auto* state = static_cast<BusyState*>(context);
    if (attempt == 0) {
        state->waiting.start();
        state->told = false;
    }
    if (state->waiting.elapsed() >= SqliteFaults::kBusyWaitSeconds * 1000LL)
        return 0; // give up: SQLITE_BUSY, said by faultMessage()
    if (!state->told && state->waiting.elapsed() >= 1000) {
        state->told = true;
        const QMutexLocker lock(&noticeMutex());
        if (waitNotice())
            waitNotice()(SqliteFaults::tr("Waiting for another program that is writing to the database (up to %1 s)…")
                             .arg(SqliteFaults::kBusyWaitSeconds));
    }
    QThread::msleep(attempt < 10 ? 10 : 50);
    return 1;
}

} // namespace

int SqliteFaults::primaryCode(const QString& nativeErrorCode)
{
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    return ok ? (code & 0xFF) : 0;
}

QString SqliteFaults::faultMessage(int code, const QString& operation, const QString& text)
{
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("Another program kept the database locked (while %1); nothing was changed. Try again when it "
                  "has finished.")
            .arg(operation);
    case SQLITE_FULL:
        return tr("The disk is full (while %1); nothing was changed. Free some space and try again.").arg(operation);
    case SQLITE_READONLY:
        return tr("The database cannot be written (while %1): the file, its folder or the drive is read-only. "
                  "Nothing was changed.")
            .arg(operation);
    case SQLITE_IOERR:
        return tr("The database file could not be read or written (while %1: %2); the drive may have been "
                  "removed or be failing. Nothing was changed.")
            .arg(operation, text);
    case SQLITE_CANTOPEN:
        return tr("The database file could not be opened (while %1: %2); it may have been moved or its drive "
                  "removed.")
            .arg(operation, text);
    default:
        return {};
    }
}

ErrorCode SqliteFaults::errorCodeOf(int code)
{
    switch (code) {
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return ErrorCode::Io;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    default:
        return ErrorCode::Database;
    }
}

bool SqliteFaults::installBusyWait(QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return false;
    // The state lives as long as the process (a few bytes per connection ever opened), so that no
    // handler outlives it whichever thread closes the connection.
    static QMutex mutex;
    static std::list<BusyState> states;
    BusyState* state = nullptr;
    {
        const QMutexLocker lock(&mutex);
        state = &states.emplace_back();
    }
    return sqlite3_busy_handler(handle, busyHandler, state) == SQLITE_OK;
}

void SqliteFaults::setWaitNotice(std::function<void(const QString&)> notice)
{
    const QMutexLocker lock(&noticeMutex());
    waitNotice() = std::move(notice);
}

bool SqliteFaults::inAutocommit(QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) != 0;
}

} // namespace cc::storage
