// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// English names of the fixed Chinese vocabularies that indicator sets use as plain strings: the
// units of a count (栋, 套, 处 …) and the county departments that carry problems (县住房城乡建设局 …).
// A set stores them once, in Chinese; an English screen or report reads them through here. Words
// this list does not know are shown as the set gives them (they are the set's own data).
class Vocabulary
{
public:
    // `unit` as an English reader reads it ("栋" → "buildings"); itself for zh_CN or an unknown unit.
    static QString unit(const QString& unit, const QString& language);
    // A department's English name ("县水利局" → "County Water Resources Bureau"); itself for zh_CN
    // or an unknown name.
    static QString body(const QString& name, const QString& language);
    static QStringList bodies(const QStringList& names, const QString& language);
};

} // namespace cc
