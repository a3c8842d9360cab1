// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// What the person at the keyboard may do. On a file, everything (the laptop is theirs); on a county
// server, what their role there grants: the server enforces it (grants, row-level security), the
// app only uses it to hide and to say so before trying.
struct Access
{
    bool server = false;
    QString user; // the server's name for them (its login role); empty on a file
    bool assess = true; // run checks they are assigned to
    bool review = true; // approve and return checks
    bool plan = true; // the register, the lists, projects and plans
    bool administer = true; // indicator sets, users, everything

    // Whether they may change the answers, photos and ledger of a check with these assessors.
    bool mayEditCheck(const QStringList& assessors) const
    {
        return administer || (assess && (!server || assessors.contains(user)));
    }
    // The role's name as `server user add --role` takes it: admin, reviewer, planner or assessor.
    QString roleName() const
    {
        if (administer)
            return QStringLiteral("admin");
        if (review)
            return QStringLiteral("reviewer");
        if (plan)
            return QStringLiteral("planner");
        return assess ? QStringLiteral("assessor") : QString();
    }
};

} // namespace cc
