// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cc {

// Text in the set file's {"zh": …, "en": …} form. `zh` is required, `en` optional.
struct LocalizedText
{
    QString zh;
    QString en;
    QJsonObject extra; // other languages a writer added, kept for export

    // The text for a UI language ("zh_CN", "en"); English falls back to Chinese.
    QString text(QStringView language) const
    {
        if (language.startsWith(u"en") && !en.isEmpty())
            return en;
        return zh;
    }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace cc
