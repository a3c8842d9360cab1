// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/LedgerGridModel.h"

#include <QBrush>
#include <QColor>

namespace {

QString key(const cc::BuildingId& building, const QString& item)
{
    return building.toString() + u'/' + item;
}

} // namespace

LedgerGridModel::LedgerGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void LedgerGridModel::setLedger(std::vector<cc::Building> buildings,
                                const std::vector<cc::LedgerEntry>& entries,
                                std::vector<cc::LedgerItem> items)
{
    beginResetModel();
    m_buildings = std::move(buildings);
    m_items = std::move(items);
    m_entries.clear();
    for (const cc::LedgerEntry& e : entries)
        m_entries.insert(key(e.building, e.item), e);
    endResetModel();
}

void LedgerGridModel::setPhotoCounts(QHash<QString, int> counts)
{
    m_photos = std::move(counts);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int LedgerGridModel::photoCount(const QModelIndex& index) const
{
    const cc::Building* b = building(index.row());
    const cc::LedgerItem* i = item(index.column());
    return b && i ? m_photos.value(cc::ledgerPhotoKey(b->id, i->code)) : 0;
}

void LedgerGridModel::setChinese(bool chinese)
{
    m_chinese = chinese;
}

const cc::Building* LedgerGridModel::building(int row) const
{
    return row >= 0 && row < static_cast<int>(m_buildings.size()) ? &m_buildings[static_cast<size_t>(row)] : nullptr;
}

const cc::LedgerItem* LedgerGridModel::item(int column) const
{
    return column >= 0 && column < static_cast<int>(m_items.size()) ? &m_items[static_cast<size_t>(column)] : nullptr;
}

std::optional<cc::LedgerEntry> LedgerGridModel::entry(const QModelIndex& index) const
{
    const cc::Building* b = building(index.row());
    const cc::LedgerItem* i = item(index.column());
    if (!b || !i)
        return std::nullopt;
    const auto found = m_entries.constFind(key(b->id, i->code));
    if (found == m_entries.constEnd())
        return std::nullopt;
    return *found;
}

int LedgerGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_buildings.size());
}

int LedgerGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant LedgerGridModel::data(const QModelIndex& index, int role) const
{
    const auto e = entry(index);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::ToolTipRole) {
        const cc::LedgerItem* i = item(index.column());
        const cc::Building* b = building(index.row());
        if (!i || !b)
            return {};
        QString tip = b->label() + QStringLiteral(" · ") + i->code + u' ' + (m_chinese ? i->name : i->nameEn);
        if (e && !e->note.isEmpty())
            tip += u'\n' + e->note;
        if (const int photos = photoCount(index); photos > 0)
            tip += u'\n' + tr("%n photo(s)", nullptr, photos);
        return tip;
    }
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        QString text;
        if (!e->present)
            text = QStringLiteral("—");
        else if (e->severity.isEmpty())
            text = QStringLiteral("✓");
        else if (e->severity == cc::LedgerSeverity::kSerious)
            text = tr("serious");
        else
            text = e->severity == cc::LedgerSeverity::kFairlySerious ? tr("fairly serious") : tr("general");
        if (const int photos = photoCount(index); photos > 0)
            text += QStringLiteral(" +%1").arg(photos); // its photos
        if (!e->note.isEmpty())
            text += u'*'; // a note: read it below the grid or in the tooltip
        return text;
    }
    if (role == Qt::BackgroundRole && e->present) {
        if (e->severity == cc::LedgerSeverity::kSerious)
            return QBrush(QColor(0xf4, 0xb4, 0xb4));
        if (e->severity == cc::LedgerSeverity::kFairlySerious)
            return QBrush(QColor(0xf8, 0xd4, 0xa8));
        return QBrush(QColor(0xfb, 0xec, 0xb0));
    }
    return {};
}

QVariant LedgerGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const cc::Building* b = building(section);
        if (b && role == Qt::DisplayRole)
            return b->label();
        return {};
    }
    const cc::LedgerItem* i = item(section);
    if (!i)
        return {};
    if (role == Qt::DisplayRole)
        return i->code;
    if (role == Qt::ToolTipRole)
        return m_chinese ? i->name : i->nameEn;
    return {};
}
