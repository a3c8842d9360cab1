// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/SetListModel.h"

SetListModel::SetListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SetListModel::setSets(std::vector<cc::StoredSetVersion> sets, const QString& language)
{
    beginResetModel();
    m_sets = std::move(sets);
    m_language = language;
    endResetModel();
}

const cc::StoredSetVersion* SetListModel::set(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_sets[static_cast<size_t>(row)];
}

void SetListModel::retranslate(const QString& language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sets.size());
}

int SetListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const auto& s = m_sets[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case Code:
        return s.code;
    case Version:
        return s.version;
    case Name:
        return m_language.startsWith(u"en") && !s.nameEn.isEmpty() ? s.nameEn : s.nameZh;
    case Indicators:
        return s.indicatorCount;
    case Origin:
        return s.builtin ? tr("Built-in") : tr("Imported");
    case Imported:
        return s.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QVariant SetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Version:
        return tr("Version");
    case Name:
        return tr("Name");
    case Indicators:
        return tr("Indicators");
    case Origin:
        return tr("Origin");
    case Imported:
        return tr("Imported at");
    default:
        return {};
    }
}
