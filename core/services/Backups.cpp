// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Backups.h"

#include "core/storage/Database.h"
#include "core/storage/DatabaseCare.h"
#include "core/util/ServerAddress.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace cc::backups {

using storage::DatabaseCare;

namespace {

// A county server is backed up by its administrator (pg_dump), not through the app.
Error serverRefusal()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "Backups",
                         "A county server's database is backed up, checked and restored on the server with pg_dump and "
                         "pg_restore (docs/server.md), not from the app."));
}

} // namespace

Result<Written> backup(const QString& databasePath, const QString& target)
{
    if (ServerAddress::isServerAddress(databasePath))
        return serverRefusal();
    auto written = DatabaseCare::backup(databasePath, target);
    if (!written)
        return written.error();
    return Written {written->database, written->photos};
}

Result<Check> check(const QString& databasePath)
{
    if (ServerAddress::isServerAddress(databasePath))
        return serverRefusal();
    auto checked = DatabaseCare::check(databasePath);
    if (!checked)
        return checked.error();
    return Check {
        checked->integrity, checked->foreignKeys, checked->photosChecked, checked->photosBad, checked->messages};
}

Result<Written> restore(const QString& databasePath, const QString& backupPath)
{
    if (ServerAddress::isServerAddress(databasePath))
        return serverRefusal();
    // What is there now is kept aside once the backup has passed its checks, before anything is
    // copied: a restore is undone by restoring that. It is kept whatever happens next.
    const QString aside = databasePath + QStringLiteral(".before-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    Written kept;
    const auto keepAside = [&]() -> Result<void> {
        auto made = DatabaseCare::backup(databasePath, aside);
        if (!made)
            return made.error();
        kept = {made->database, made->photos};
        return {};
    };
    if (auto restored = DatabaseCare::restore(databasePath, backupPath, keepAside); !restored) {
        Error error = restored.error();
        if (!kept.database.isEmpty()) // the copying had begun: say where the files as they were are
            error.message += u' '
                + DatabaseCare::tr("The database as it was before is kept as %1.")
                      .arg(QDir::toNativeSeparators(kept.database));
        return error;
    }
    return kept;
}

Result<Written> rollingBackup(const QString& databasePath, const QString& folder, const QDate& today)
{
    if (ServerAddress::isServerAddress(databasePath))
        return serverRefusal();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io,
                         DatabaseCare::tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    QString stem = QFileInfo(databasePath).fileName();
    if (stem.endsWith(QStringLiteral(".sqlite")))
        stem.chop(7);
    // A folder per database (its name and a hash of where it is): two databases of the same name never
    // share, prune or offer each other's backups.
    const QString where = QFileInfo(databasePath).absoluteFilePath();
    const QString own = stem + u'-'
        + QString::fromLatin1(QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    if (!QDir(folder).mkpath(own))
        return makeError(ErrorCode::Io,
                         DatabaseCare::tr("Cannot create the backup folder %1.")
                             .arg(QDir::toNativeSeparators(QDir(folder).filePath(own))));
    const QDir dir(QDir(folder).filePath(own));
    const QString todays = dir.filePath(stem + u'-' + today.toString(Qt::ISODate) + QStringLiteral(".sqlite"));
    Written written;
    if (!QFileInfo::exists(todays)) {
        auto made = DatabaseCare::backup(databasePath, todays);
        if (!made)
            return made.error();
        written = {made->database, made->photos};
    }
    // Prune: the last 7 days, then the first backup of each month.
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$").arg(QRegularExpression::escape(stem)));
    std::map<QDate, QString> byDay;
    for (const QString& file : dir.entryList(QDir::Files)) {
        if (const auto m = name.match(file); m.hasMatch()) {
            if (const QDate day = QDate::fromString(m.captured(1), Qt::ISODate); day.isValid())
                byDay[day] = dir.filePath(file);
        }
    }
    QSet<int> monthsKept;
    for (const auto& [day, path] : byDay) { // oldest first
        const bool recent = day > today.addDays(-7);
        const int month = day.year() * 12 + day.month();
        if (recent || !monthsKept.contains(month)) {
            monthsKept.insert(month);
            continue;
        }
        QFile::remove(path);
        QFile::remove(storage::Database::photoStorePathOf(path));
    }
    return written;
}

} // namespace cc::backups
