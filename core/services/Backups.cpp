// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Backups.h"

#include "core/storage/DatabaseCare.h"

#include <QDateTime>
#include <QFile>

namespace cc::backups {

using storage::DatabaseCare;

Result<Written> backup(const QString& databasePath, const QString& target)
{
    auto written = DatabaseCare::backup(databasePath, target);
    if (!written)
        return written.error();
    return Written {written->database, written->photos};
}

Result<Check> check(const QString& databasePath)
{
    auto checked = DatabaseCare::check(databasePath);
    if (!checked)
        return checked.error();
    return Check {
        checked->integrity, checked->foreignKeys, checked->photosChecked, checked->photosBad, checked->messages};
}

Result<Written> restore(const QString& databasePath, const QString& backupPath)
{
    // What is there now is kept aside first: a restore is undone by restoring that.
    const QString aside = databasePath + QStringLiteral(".before-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    auto kept = DatabaseCare::backup(databasePath, aside);
    if (!kept)
        return kept.error();
    if (auto restored = DatabaseCare::restore(databasePath, backupPath); !restored) {
        // Nothing was restored (SQLite's backup copies in one transaction): nothing is left behind.
        QFile::remove(kept->database);
        if (!kept->photos.isEmpty())
            QFile::remove(kept->photos);
        return restored.error();
    }
    return Written {kept->database, kept->photos};
}

} // namespace cc::backups
