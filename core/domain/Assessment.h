// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

enum class AssessmentStatus { Draft, Submitted, Returned, Approved };

QString toString(AssessmentStatus status);
std::optional<AssessmentStatus> assessmentStatusFromString(QStringView text);

// A round is a year plus a label: (2025, "体检"), (2026, "复检").
struct Round
{
    int year = 0;
    QString label;

    QString toString() const;
    // Parses "2025 体检", "2025", "2026复检"; the year must come first.
    static std::optional<Round> parse(QStringView text);
    friend bool operator==(const Round&, const Round&) = default;
};

// One check: community × indicator-set version × round × assessors.
struct Assessment
{
    AssessmentId id;
    CommunityId communityId;
    QString communityCode;
    QString communityName;
    QString setCode;
    QString setVersion;
    Round round;
    QStringList assessors;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt; // the first submission; null while never submitted
    QDate checkDate; // the day of the site visit (deadlines count from it); the day it was created unless set
    QString reviewComment; // why it was returned or reopened
    std::optional<AssessmentId> previous; // the community's check of an earlier round

    bool isEditable() const { return status == AssessmentStatus::Draft || status == AssessmentStatus::Returned; }
    // Changes after the first submission go into the audit trail.
    bool wasSubmitted() const { return submittedAt.isValid(); }
};

} // namespace cc
