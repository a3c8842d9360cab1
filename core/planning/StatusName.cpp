// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/StatusName.h"

#include <QCoreApplication>

namespace cc::planning {

namespace {

class ProjectStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStatus)

public:
    static QString of(ProjectStatus status)
    {
        switch (status) {
        case ProjectStatus::Candidate:
            return tr("candidate");
        case ProjectStatus::Accepted:
            return tr("accepted");
        case ProjectStatus::Rejected:
            return tr("rejected");
        case ProjectStatus::InLibrary:
            return tr("in library");
        case ProjectStatus::Scheduled:
            return tr("scheduled");
        case ProjectStatus::UnderWay:
            return tr("under way");
        case ProjectStatus::Done:
            return tr("done");
        case ProjectStatus::Obsolete:
            return tr("obsolete");
        }
        return {};
    }
};

} // namespace

QString statusName(ProjectStatus status)
{
    return ProjectStatusText::of(status);
}

} // namespace cc::planning
