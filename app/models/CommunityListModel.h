// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"

#include <QAbstractTableModel>
#include <QMap>

#include <vector>

// The community register as a table. Read-only here; editing comes through dialogs and services.
class CommunityListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunityListModel)

public:
    enum Column {
        Code,
        Name,
        Type,
        City,
        County,
        Street,
        Households,
        Buildings,
        Population,
        AreaHa,
        Pilot,
        ColumnCount
    };
    enum Role { CountyRole = Qt::UserRole + 1, TypeCodeRole, PilotRole, SearchTextRole };

    explicit CommunityListModel(QObject* parent = nullptr);

    // `typeNames` maps type codes to their display names in the UI language.
    void setCommunities(std::vector<cc::Community> communities, QMap<QString, QString> typeNames);
    const cc::Community* community(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cc::Community> m_communities;
    QMap<QString, QString> m_typeNames;
};
