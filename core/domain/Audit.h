// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cc {

// One line of the audit trail: who changed which field of which record, when, from what to what.
struct AuditEntry
{
    QDateTime at;
    QString user;
    QString entity; // "assessment", "response", "indicator_set", "community", "project", …
    QString entityUuid;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

} // namespace cc
