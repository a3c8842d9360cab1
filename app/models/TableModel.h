// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"

#include <QAbstractTableModel>

// A table for people (core/io Table) as the views show it: the very rows an export writes.
// Numbers right-aligned, one decimal for fractions, "—" for an empty cell; SortRole keeps numbers
// as numbers.
class TableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableModel)

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TableModel(QObject* parent = nullptr);

    void setTable(cc::io::Table table);
    const cc::io::Table& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    cc::io::Table m_table;
};
