// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TableModel.h"

#include <QLocale>

TableModel::TableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TableModel::setTable(cc::io::Table table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.header.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const QVariantList& row = m_table.rows[static_cast<size_t>(index.row())];
    const QVariant value = index.column() < row.size() ? row[index.column()] : QVariant();
    const bool number = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong;
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull())
            return QStringLiteral("—");
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 1);
        return value.toString();
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return number ? QVariant(value.toDouble()) : value; // an empty cell sorts after the others
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return m_table.header[section];
}
