// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cc::storage {

// What SQLite's result codes mean to a person, and waiting for another program's lock.
//
// A full disk, a read-only file or drive, a drive that went away and a file another program keeps
// locked are said as such, never as damage: only SQLITE_CORRUPT (or a failed quick_check) is
// "damaged". A writer that finds the file locked waits up to kBusyWaitSeconds, telling the
// wait-notice handler once it has waited a second ("waiting for another program…").
class SqliteFaults final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFaults)

public:
    static constexpr int kBusyWaitSeconds = 60;

    // SQLite's primary result code of a failed query (its extended code's low byte); 0 if unknown.
    static int primaryCode(const QString& nativeErrorCode);
    // The message for a failed `operation` with SQLite's `text` and primary `code`; empty when the
    // code is not one of the faults above (the caller then uses its own wording).
    static QString faultMessage(int code, const QString& operation, const QString& text);
    // The error code a fault is reported with: ReadOnly for a read-only file or drive, Io for the disk,
    // a drive gone and the lock, Corrupt for damage, NotADatabase for a foreign file, else Database.
    static ErrorCode errorCodeOf(int code);

    // Replaces SQLite's busy timeout on `db` with the waiting above. False if `db` is not SQLite.
    static bool installBusyWait(QSqlDatabase& db);
    // Who hears that a writer is waiting (the CLI prints to stderr, the GUI shows it in the status
    // bar); called on the waiting thread, with the translated line. Empty: nobody.
    static void setWaitNotice(std::function<void(const QString&)> notice);

    // True when the connection has no open transaction (SQLite rolled it back itself, as it does on
    // a full disk), so that a ROLLBACK would only fail.
    static bool inAutocommit(QSqlDatabase& db);
};

} // namespace cc::storage
