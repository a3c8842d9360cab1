// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/scoring/Scoring.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// An assessment's tree: programme → task → indicator, each with its status, value and score as the
// scoring engine computed them, and progress counts on groups.
class AssessmentTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentTreeModel)

public:
    enum Column { Name, Value, Score, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, IsIndicatorRole, StatusRole };

    explicit AssessmentTreeModel(QObject* parent = nullptr);
    ~AssessmentTreeModel() override;

    // A new set rebuilds the tree; the same set only refreshes statuses and scores.
    void setAssessment(std::shared_ptr<const cc::IndicatorSet> set,
                       const cc::scoring::Score& score,
                       const QString& language);
    void setLanguage(const QString& language);

    const cc::Indicator* indicator(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& indicatorCode) const;
    // The indicators in set order (what Enter walks through).
    const std::vector<const cc::Indicator*>& indicatorsInOrder() const { return m_order; }
    const cc::scoring::IndicatorResult* result(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString statusText(cc::scoring::Status status) const;
    static QColor statusColor(cc::scoring::Status status);

private:
    struct Node
    {
        const cc::Group* group = nullptr;
        const cc::Indicator* indicator = nullptr;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        // groups: scores and counts; filled from the Score
        std::optional<double> score;
        int answered = 0;
        int applicable = 0;
        int failed = 0;
    };
    void build(Node& node, const cc::Group& group);
    void refresh(Node& node, const std::vector<cc::scoring::GroupResult>* results);
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column) const;

    std::shared_ptr<const cc::IndicatorSet> m_set;
    cc::scoring::Score m_score;
    QHash<QString, const cc::scoring::IndicatorResult*> m_results;
    QHash<QString, Node*> m_nodes;
    std::vector<const cc::Indicator*> m_order;
    Node m_root;
    QString m_language;
};
