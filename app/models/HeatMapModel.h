// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"
#include "core/report/HeatMap.h"

#include <QAbstractTableModel>

// The heat map as a table: one row per indicator (most failed first), the indicator and how often
// it failed in the first two columns, then one column per community (a cell coloured fail / pass /
// N/A / unanswered) or per street or county (coloured by the share that failed, "failed/checked").
class HeatMapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMapModel)

public:
    static constexpr int kFirstArea = 2; // the columns before the communities, streets or counties

    explicit HeatMapModel(QObject* parent = nullptr);

    void setHeatMap(cc::report::HeatMap map, const QString& language);
    const cc::report::HeatMap& heatMap() const { return m_map; }
    // The check and indicator of a community cell (none for other cells).
    std::optional<std::pair<cc::AssessmentId, QString>> answerAt(const QModelIndex& index) const;
    // The table as exported: indicator, failed/checked, then the cells' texts.
    cc::io::Table table() const;
    // The text of a cell as exported: 不达标 / 达标 / 不适用 / empty, or "failed/checked".
    QString cellText(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const cc::report::HeatMap::Cell* cell(const QModelIndex& index) const;

    cc::report::HeatMap m_map;
    QString m_language;
};
