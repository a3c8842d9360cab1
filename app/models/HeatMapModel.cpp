// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/HeatMapModel.h"

#include "app/render/RoundCharts.h"

#include <QColor>

using cc::report::HeatMap;

HeatMapModel::HeatMapModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HeatMapModel::setHeatMap(HeatMap map, const QString& language)
{
    beginResetModel();
    m_map = std::move(map);
    m_language = language;
    endResetModel();
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_map.rows.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_map.rows.empty() ? 0 : kFirstArea + static_cast<int>(m_map.columns.size());
}

const HeatMap::Cell* HeatMapModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() < kFirstArea || index.column() >= columnCount())
        return nullptr;
    return &m_map.cells[static_cast<size_t>(index.row())][static_cast<size_t>(index.column() - kFirstArea)];
}

std::optional<std::pair<cc::AssessmentId, QString>> HeatMapModel::answerAt(const QModelIndex& index) const
{
    if (!cell(index))
        return std::nullopt;
    const HeatMap::Column& column = m_map.columns[static_cast<size_t>(index.column() - kFirstArea)];
    if (!column.assessment)
        return std::nullopt;
    return std::make_pair(*column.assessment, m_map.rows[static_cast<size_t>(index.row())].code);
}

cc::io::Table HeatMapModel::table() const
{
    cc::io::Table t;
    t.name = tr("Failed indicators");
    for (int c = 0; c < columnCount(); ++c)
        t.header << headerData(c, Qt::Horizontal).toString();
    t.widths = {36, 8};
    for (int r = 0; r < rowCount(); ++r) {
        QVariantList row {data(index(r, 0)), data(index(r, 1))};
        for (int c = kFirstArea; c < columnCount(); ++c)
            row << cellText(r, c);
        t.rows.push_back(row);
    }
    return t;
}

QString HeatMapModel::cellText(int row, int column) const
{
    const HeatMap::Cell* c = cell(index(row, column));
    if (!c)
        return {};
    if (m_map.by == HeatMap::Columns::Community)
        return c->fail ? tr("fail") : c->pass ? tr("pass") : c->notApplicable ? tr("N/A") : QString();
    return c->pass + c->fail ? QStringLiteral("%1/%2").arg(c->fail).arg(c->pass + c->fail) : QString();
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HeatMap::Row& row = m_map.rows[static_cast<size_t>(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QString(row.code + u' ' + row.name.text(m_language));
        return {};
    }
    if (index.column() == 1) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1/%2").arg(row.failed).arg(row.answered);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Failed in %1 of the %2 checks that answered it").arg(row.failed).arg(row.answered);
        return {};
    }
    const HeatMap::Cell* c = cell(index);
    if (!c)
        return {};
    const bool community = m_map.by == HeatMap::Columns::Community;
    const HeatMap::Column& column = m_map.columns[static_cast<size_t>(index.column() - kFirstArea)];
    switch (role) {
    case Qt::DisplayRole:
        return community ? QVariant() : QVariant(cellText(index.row(), index.column()));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        const QColor colour = RoundCharts::heatColour(*c, community);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ToolTipRole: {
        const QString where = community ? column.detail + u' ' + column.label : column.label;
        const QString what = row.code + u' ' + row.name.text(m_language);
        if (community)
            return tr("%1 — %2: %3%4")
                .arg(where,
                     what,
                     cellText(index.row(), index.column()).isEmpty() ? tr("not answered")
                                                                     : cellText(index.row(), index.column()))
                .arg(tr("\nDouble-click or Enter opens the answer."));
        return tr("%1 — %2: failed in %3 of %4 checks, N/A in %5")
            .arg(where, what)
            .arg(c->fail)
            .arg(c->pass + c->fail)
            .arg(c->notApplicable);
    }
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Indicator")) : QVariant();
    if (section == 1)
        return role == Qt::DisplayRole ? QVariant(tr("Failed")) : QVariant();
    const HeatMap::Column& column = m_map.columns[static_cast<size_t>(section - kFirstArea)];
    if (role == Qt::DisplayRole)
        return column.label;
    if (role == Qt::ToolTipRole)
        return column.detail;
    return {};
}
