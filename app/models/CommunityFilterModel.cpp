// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/CommunityFilterModel.h"

#include "app/models/CommunityListModel.h"

#include <QCollator>

CommunityFilterModel::CommunityFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void CommunityFilterModel::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void CommunityFilterModel::setCounty(const QString& county)
{
    m_county = county;
    invalidateFilter();
}

void CommunityFilterModel::setTypeCode(const QString& type)
{
    m_type = type;
    invalidateFilter();
}

void CommunityFilterModel::setPilotsOnly(bool pilotsOnly)
{
    m_pilotsOnly = pilotsOnly;
    invalidateFilter();
}

bool CommunityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_county.isEmpty() && index.data(CommunityListModel::CountyRole).toString() != m_county)
        return false;
    if (!m_type.isEmpty() && index.data(CommunityListModel::TypeCodeRole).toString() != m_type)
        return false;
    if (m_pilotsOnly && !index.data(CommunityListModel::PilotRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(CommunityListModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool CommunityFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data();
    const QVariant r = right.data();
    if (l.typeId() == QMetaType::LongLong || r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    // Chinese names sort by pinyin where the locale's collation provides it.
    static const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    return collator.compare(l.toString(), r.toString()) < 0;
}
