// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Community.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

// The checks list as a reviewer works in it: search by community code or name; filters by city,
// county, street, community type (from the register), round, state, grade (from the score cache),
// pilots only; and the review queue (the submitted checks only, the other filters still apply;
// the view sorts them by their last change, which for a read-only submitted check is its latest
// submission). Sorts on every column by AssessmentListModel::SortRole.
class CheckFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckFilterModel)

public:
    struct Filter
    {
        QString search;
        QString city, county, street, type; // empty: all
        QString round; // as Round::toString(); empty: all
        std::optional<cc::AssessmentStatus> status;
        QString grade; // the set's zh label; empty: all
        bool pilotsOnly = false;
        bool reviewQueue = false; // submitted only
    };

    explicit CheckFilterModel(QObject* parent = nullptr);

    // Where each community is (by community UUID); a check of a community not given passes only
    // the filters that do not need the register.
    void setCommunities(QHash<QString, cc::Community> communities);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    const cc::Community* community(const cc::Assessment& check) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filter m_filter;
    QHash<QString, cc::Community> m_communities;
};
