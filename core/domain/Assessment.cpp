// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Assessment.h"

#include <QRegularExpression>

namespace cc {

QString toString(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft:
        return QStringLiteral("draft");
    case AssessmentStatus::Submitted:
        return QStringLiteral("submitted");
    case AssessmentStatus::Returned:
        return QStringLiteral("returned");
    case AssessmentStatus::Approved:
        return QStringLiteral("approved");
    }
    return {};
}

std::optional<AssessmentStatus> assessmentStatusFromString(QStringView text)
{
    for (auto status : {AssessmentStatus::Draft,
                        AssessmentStatus::Submitted,
                        AssessmentStatus::Returned,
                        AssessmentStatus::Approved}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

QString Round::toString() const
{
    return label.isEmpty() ? QString::number(year) : QString::number(year) + u' ' + label;
}

std::optional<Round> Round::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{4})\s*(.*?)\s*$)"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (year < 1990 || year > 2200)
        return std::nullopt;
    return Round {year, match.captured(2)};
}

} // namespace cc
