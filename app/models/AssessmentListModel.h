// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"

#include <QAbstractTableModel>

#include <vector>

// The checks of the database: community, round, set version, state, last change.
class AssessmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentListModel)

public:
    enum Column { Community, Round, CheckDate, Set, Status, Assessors, Updated, ColumnCount };

    explicit AssessmentListModel(QObject* parent = nullptr);

    void setAssessments(std::vector<cc::Assessment> assessments);
    const cc::Assessment* assessment(int row) const;
    int rowOf(const cc::AssessmentId& id) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cc::Assessment> m_assessments;
};
