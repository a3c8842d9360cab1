// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Search (a substring of code, name, street, county; Chinese works as typed) and filters over the
// community register.
class CommunityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunityFilterModel)

public:
    explicit CommunityFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setCounty(const QString& county); // empty: all
    void setTypeCode(const QString& type); // empty: all
    void setPilotsOnly(bool pilotsOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    QString m_county;
    QString m_type;
    bool m_pilotsOnly = false;
};
