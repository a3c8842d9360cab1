// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QString>

namespace cc::storage {

// One stored indicator-set version, as listed (the tree itself is `content`, canonical JSON).
struct SetVersionRecord
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

// One audit-trail line: who changed which field of which record, when, from what to what.
struct AuditEntry
{
    QDateTime at;
    QString user;
    QString entity; // "assessment", "response", "indicator_set", "community"
    QString entityUuid;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

} // namespace cc::storage
