// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/CheckFilterModel.h"

#include "app/models/AssessmentListModel.h"

CheckFilterModel::CheckFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AssessmentListModel::SortRole);
}

void CheckFilterModel::setCommunities(QHash<QString, cc::Community> communities)
{
    m_communities = std::move(communities);
    invalidateFilter();
}

void CheckFilterModel::setFilter(const Filter& filter)
{
    m_filter = filter;
    m_filter.search = m_filter.search.trimmed();
    invalidateFilter();
}

const cc::Community* CheckFilterModel::community(const cc::Assessment& check) const
{
    const auto it = m_communities.constFind(check.communityId.toString());
    return it == m_communities.constEnd() ? nullptr : &*it;
}

bool CheckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const AssessmentListModel*>(sourceModel());
    const cc::Assessment* a = model->assessment(sourceRow);
    if (!a)
        return false;
    const Filter& f = m_filter;
    if (f.reviewQueue && a->status != cc::AssessmentStatus::Submitted)
        return false;
    if (!f.search.isEmpty() && !a->communityCode.contains(f.search, Qt::CaseInsensitive)
        && !a->communityName.contains(f.search, Qt::CaseInsensitive))
        return false;
    if (!f.round.isEmpty() && a->round.toString() != f.round)
        return false;
    if (f.status && a->status != *f.status)
        return false;
    if (!f.grade.isEmpty()) {
        const cc::ScoreSummary* s = model->summary(sourceRow);
        if (!s || s->grade != f.grade)
            return false;
    }
    if (f.city.isEmpty() && f.county.isEmpty() && f.street.isEmpty() && f.type.isEmpty() && !f.pilotsOnly)
        return true;
    const cc::Community* c = community(*a);
    if (!c)
        return false;
    return (f.city.isEmpty() || c->city == f.city) && (f.county.isEmpty() || c->county == f.county)
        && (f.street.isEmpty() || c->street == f.street) && (f.type.isEmpty() || c->type == f.type)
        && (!f.pilotsOnly || c->pilot);
}
