// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ScoreSummary.h"

#include <QHash>

#include <QAbstractTableModel>

#include <vector>

// The checks of the database: community, round, set version, state, what its score says (from the
// score cache: overall, grade, coverage, bottom-line failures, open 限时解决 problems), last change.
// SortRole gives every column a value that sorts as people expect (numbers as numbers).
class AssessmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentListModel)

public:
    enum Column {
        Community,
        Round,
        CheckDate,
        Set,
        Status,
        Score,
        Grade,
        Coverage,
        BottomLine,
        TimeBound,
        Assessors,
        Updated,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AssessmentListModel(QObject* parent = nullptr);

    // `scores` by assessment UUID; a check without one shows no figures. `gradeNames`: a grade's zh
    // label → its name in the UI's language.
    void setAssessments(std::vector<cc::Assessment> assessments,
                        QHash<QString, cc::ScoreSummary> scores = {},
                        QHash<QString, QString> gradeNames = {});
    const cc::Assessment* assessment(int row) const;
    // What the score cache says of the check in `row`; none when not scored.
    const cc::ScoreSummary* summary(int row) const;
    int rowOf(const cc::AssessmentId& id) const;
    // Replaces one row's check and score (after an answer or a photo changed it).
    void updateAssessment(int row, cc::Assessment assessment, const std::optional<cc::ScoreSummary>& score);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cc::Assessment> m_assessments;
    QHash<QString, cc::ScoreSummary> m_scores; // by assessment UUID
    std::vector<const cc::ScoreSummary*> m_rowScores; // per row, into m_scores; null: none
    QHash<QString, QString> m_gradeNames;
};
