// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

class QCoreApplication;
namespace cc {
class Workspace;
}

// What both executables share: identity, paths, language, the built-in resources.
namespace appenv {

// Organisation and application names, so both executables find the same settings and database.
void setIdentity();
// Leaves out of stderr what Qt says that is noise to a person: the missing XDG_RUNTIME_DIR of a batch
// run, and the PostgreSQL driver's note that a statement could not be freed in a transaction that had
// already failed (the failure itself is reported, and the rollback frees it).
void installQuietMessages();
// The default database under the platform's application-data folder.
QString defaultDatabasePath();
// The automatic backups' folder unless the user chose another: "backups" beside the default database.
QString defaultBackupFolder();
// "zh_CN" or "en" from a user's word ("en", "en_US", "zh", "zh_CN", "中文"); empty if unknown.
QString normalizeLanguage(const QString& language);
// Installs the translators for the language (ours and Qt's own); returns false if ours is missing.
bool installTranslations(QCoreApplication& app, const QString& language);
// The built-in default indicator set (resources/indicators/default.json).
QByteArray builtinSetJson();
// A database that holds no indicator set yet gets the built-in one, and one that holds an earlier
// built-in version gets this build's version beside it (checks keep the version they were made
// with); what opening a file in the GUI does. The error when the sets cannot be read or the set
// not installed.
cc::Result<void> installDefaultSetIfNone(cc::Workspace& workspace);
// Who acts: the given name, else the saved assessor name, else the login name.
QString userName(const QString& given = {});
// A file given to the desktop app is a bundle when its SQLite header carries the bundle's
// application_id ("CCKB" at offset 68, what the MIME type's magic looks for); a file that cannot be
// read is judged by its suffix (.ccbundle).
bool isBundleFile(const QString& path);

} // namespace appenv
