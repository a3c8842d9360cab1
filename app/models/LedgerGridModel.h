// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/domain/Ledger.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

// A check's building ledger as a grid: one row per building of the community, one column per item
// of the catalogue. A cell shows "—" for a problem checked and not found, the degree (一般, 较严重,
// 严重) or "✓" for one found, and nothing when not recorded. Read-only: the dialog sets cells
// through commands.
class LedgerGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerGridModel)

public:
    explicit LedgerGridModel(QObject* parent = nullptr);

    // The columns are `items`: the national ones and the check's set's own (ledgerItemsOf()).
    void setLedger(std::vector<cc::Building> buildings,
                   const std::vector<cc::LedgerEntry>& entries,
                   std::vector<cc::LedgerItem> items);
    const cc::Building* building(int row) const;
    const cc::LedgerItem* item(int column) const;
    // The entry of a cell, if recorded.
    std::optional<cc::LedgerEntry> entry(const QModelIndex& index) const;
    void setChinese(bool chinese);
    // How many photos each cell has, by ledgerPhotoKey(); shown as "+N" in the cell.
    void setPhotoCounts(QHash<QString, int> counts);
    int photoCount(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cc::Building> m_buildings;
    std::vector<cc::LedgerItem> m_items = cc::nationalLedgerItems();
    QHash<QString, cc::LedgerEntry> m_entries; // "building UUID/item"
    QHash<QString, int> m_photos;
    bool m_chinese = true;
};
