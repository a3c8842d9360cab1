// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// Every UI preference, typed, in one place. Domain configuration (indicator sets, weights)
// lives in the database, never here.
template <typename T>
class Setting
{
public:
    constexpr Setting(const char* key, T fallback)
        : m_key(key)
        , m_default(std::move(fallback))
    { }

    T value() const
    {
        const QVariant v = QSettings().value(QString::fromLatin1(m_key));
        return v.isValid() ? v.template value<T>() : m_default;
    }
    void setValue(const T& value) const
    {
        QSettings().setValue(QString::fromLatin1(m_key), QVariant::fromValue(value));
    }
    void reset() const { QSettings().remove(QString::fromLatin1(m_key)); }

private:
    const char* m_key;
    T m_default;
};

namespace settings {

// UI and report language: "zh_CN" (default) or "en". The system locale never switches it.
inline const Setting<QString> language {"ui/language", QStringLiteral("zh_CN")};
// Who is working, for the audit trail; asked for on first run.
inline const Setting<QString> assessorName {"user/assessorName", QString()};
// The database the GUI opened last (empty: the default one).
inline const Setting<QString> lastDatabase {"ui/lastDatabase", QString()};
// The county server File → Connect to server… connected to last (its address, never a password).
inline const Setting<QString> lastServer {"ui/lastServer", QString()};
// Photos are stored downscaled to this longest edge (pixels); originals are not kept.
inline const Setting<int> photoLongestEdge {"photos/longestEdge", 2048};
// Where the last report was exported (the next export dialog starts there).
inline const Setting<QString> lastReportDirectory {"reports/lastDirectory", QString()};
// Window sizes are kept per window and screen size by WindowFit (keys "windows/NAME/WxH").
inline const Setting<QByteArray> mainWindowState {"ui/mainWindowState", QByteArray()};
// Where the automatic daily backups go (empty: appenv::defaultBackupFolder()).
inline const Setting<QString> backupFolder {"backups/folder", QString()};

} // namespace settings
