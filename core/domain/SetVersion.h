// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QString>

namespace cc {

// One stored version of an indicator set, as listed (the tree itself is loaded on demand).
struct StoredSetVersion
{
    SetVersionId id;
    QString code;
    QString version;
    QString nameZh;
    QString nameEn;
    int indicatorCount = 0;
    QString contentSha256;
    bool builtin = false;
    QDateTime importedAt;
};

} // namespace cc
