// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"
#include "core/planning/Priority.h"

#include <QAbstractTableModel>

#include <vector>

// The project list (项目清单 / 项目库) with each project's priority and its parts, so that a planner
// sees why one comes before another. Sorted by priority (限时解决 first) when set.
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Column {
        Community,
        Name,
        Status,
        Category,
        Class,
        Quantity,
        Cost,
        Priority,
        Severity,
        Support,
        CostEffectiveness,
        Resources,
        PlannedYear,
        Responsible,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ProjectListModel(QObject* parent = nullptr);

    void setProjects(std::vector<cc::Project> projects);
    const cc::Project* project(int row) const;
    int rowOf(const cc::ProjectId& id) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        cc::Project project;
        cc::planning::Priority priority;
    };
    std::vector<Row> m_rows;
};
