// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/CommunityListModel.h"

#include <QLocale>

CommunityListModel::CommunityListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CommunityListModel::setCommunities(std::vector<cc::Community> communities, QMap<QString, QString> typeNames)
{
    beginResetModel();
    m_communities = std::move(communities);
    m_typeNames = std::move(typeNames);
    endResetModel();
}

const cc::Community* CommunityListModel::community(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_communities[static_cast<size_t>(row)];
}

void CommunityListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CommunityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_communities.size());
}

int CommunityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommunityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cc::Community& c = m_communities[static_cast<size_t>(index.row())];
    const auto count = [](const std::optional<qint64>& v) -> QVariant { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return c.code;
        case Name:
            return c.name;
        case Type:
            return m_typeNames.value(c.type, c.type);
        case City:
            return c.city;
        case County:
            return c.county;
        case Street:
            return c.street;
        case Households:
            return count(c.households);
        case Buildings:
            return count(c.buildings);
        case Population:
            return count(c.population);
        case AreaHa:
            return c.areaHa ? QVariant(QLocale().toString(*c.areaHa, 'f', 1)) : QVariant();
        case Pilot:
            return c.pilot ? tr("Pilot") : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Households && index.column() <= AreaHa)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CountyRole:
        return c.county;
    case TypeCodeRole:
        return c.type;
    case PilotRole:
        return c.pilot;
    case SearchTextRole:
        return QStringList {c.code, c.name, c.city, c.county, c.street}.join(u'\n');
    default:
        return {};
    }
}

QVariant CommunityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case City:
        return tr("City");
    case County:
        return tr("County");
    case Street:
        return tr("Street");
    case Households:
        return tr("Households");
    case Buildings:
        return tr("Buildings");
    case Population:
        return tr("Population");
    case AreaHa:
        return tr("Area (ha)");
    case Pilot:
        return tr("Pilot");
    default:
        return {};
    }
}
