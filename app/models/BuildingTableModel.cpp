// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/BuildingTableModel.h"

#include <algorithm>

namespace {

QVariant optionalNumber(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

BuildingTableModel::BuildingTableModel(Save save, Refuse refuse, QObject* parent)
    : QAbstractTableModel(parent)
    , m_save(std::move(save))
    , m_refuse(std::move(refuse))
{ }

void BuildingTableModel::setBuildings(std::vector<cc::Building> buildings)
{
    // The same buildings in the same order (a value edited): their cells change, the view keeps its
    // cursor and an editor open on the next cell.
    const bool sameRows = buildings.size() == m_buildings.size()
        && std::equal(buildings.begin(), buildings.end(), m_buildings.begin(), [](const auto& a, const auto& b) {
                              return a.id == b.id;
                          });
    if (sameRows && !m_buildings.empty()) {
        m_buildings = std::move(buildings);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_buildings = std::move(buildings);
    endResetModel();
}

const cc::Building* BuildingTableModel::building(int row) const
{
    return row >= 0 && row < static_cast<int>(m_buildings.size()) ? &m_buildings[static_cast<size_t>(row)] : nullptr;
}

int BuildingTableModel::rowOf(const cc::BuildingId& id) const
{
    for (size_t i = 0; i < m_buildings.size(); ++i) {
        if (m_buildings[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int BuildingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_buildings.size());
}

int BuildingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildingTableModel::data(const QModelIndex& index, int role) const
{
    const cc::Building* b = building(index.row());
    if (!b)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Storeys || index.column() == Dwellings || index.column() == BuildYear;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Estate:
        return b->estate;
    case Number:
        return b->number;
    case Address:
        return b->address;
    case Storeys:
        return optionalNumber(b->storeys);
    case Dwellings:
        return optionalNumber(b->dwellings);
    case BuildYear:
        return optionalNumber(b->buildYear);
    case Structure:
        return b->structure;
    case Lift:
        return b->lift ? (*b->lift ? tr("yes") : tr("no")) : QString();
    case Note:
        return b->note;
    default:
        return {};
    }
}

bool BuildingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const cc::Building* stored = building(index.row());
    if (!stored || role != Qt::EditRole)
        return false;
    cc::Building edited = *stored;
    const QString text = value.toString().normalized(QString::NormalizationForm_KC).trimmed();
    const auto number = [&](std::optional<int>& field, const QString& what) {
        if (text.isEmpty()) {
            field.reset();
            return true;
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok) {
            m_refuse(tr("\"%1\" is not %2.").arg(text, what));
            return false;
        }
        field = n;
        return true;
    };
    switch (index.column()) {
    case Estate:
        edited.estate = text;
        break;
    case Number:
        edited.number = text;
        break;
    case Address:
        edited.address = text;
        break;
    case Storeys:
        if (!number(edited.storeys, tr("a number of storeys")))
            return false;
        break;
    case Dwellings:
        if (!number(edited.dwellings, tr("a number of dwellings")))
            return false;
        break;
    case BuildYear:
        if (!number(edited.buildYear, tr("a year")))
            return false;
        break;
    case Structure:
        edited.structure = text;
        break;
    case Lift: {
        const QString t = text.toLower();
        if (t.isEmpty())
            edited.lift.reset();
        else if (t == tr("yes").toLower() || t == u"是" || t == u"有" || t == u"yes" || t == u"y" || t == u"1")
            edited.lift = true;
        else if (t == tr("no").toLower() || t == u"否" || t == u"无" || t == u"no" || t == u"n" || t == u"0")
            edited.lift = false;
        else {
            m_refuse(tr("\"%1\" is not yes or no.").arg(text));
            return false;
        }
        break;
    }
    case Note:
        edited.note = text;
        break;
    default:
        return false;
    }
    if (edited.sameValues(*stored))
        return false;
    // The callback stores it and reloads the model; nothing more to do here.
    return m_save(edited).has_value();
}

Qt::ItemFlags BuildingTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant BuildingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Estate:
        return tr("Estate");
    case Number:
        return tr("Building");
    case Address:
        return tr("Address");
    case Storeys:
        return tr("Storeys");
    case Dwellings:
        return tr("Dwellings");
    case BuildYear:
        return tr("Built");
    case Structure:
        return tr("Structure");
    case Lift:
        return tr("Lift");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}
