// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

// A community's buildings as an editable table (the buildings dialog). An edit is handed to the
// `save` callback at once (which stores it through an undoable command); a value that cannot be
// read (letters for storeys) or that the service refuses is reported by it and the cell keeps
// what is stored.
class BuildingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildingTableModel)

public:
    enum Column { Estate, Number, Address, Storeys, Dwellings, BuildYear, Structure, Lift, Note, ColumnCount };
    // Returns the building as stored, or the error (already shown to the user by the caller).
    using Save = std::function<cc::Result<cc::Building>(const cc::Building& edited)>;
    using Refuse = std::function<void(const QString& message)>;

    BuildingTableModel(Save save, Refuse refuse, QObject* parent = nullptr);

    void setBuildings(std::vector<cc::Building> buildings);
    const cc::Building* building(int row) const;
    // The row of a building, -1 if not shown.
    int rowOf(const cc::BuildingId& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cc::Building> m_buildings;
    Save m_save;
    Refuse m_refuse;
};
