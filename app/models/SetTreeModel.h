// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// An indicator set's tree: programme → task → indicator, in set order.
class SetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetTreeModel)

public:
    enum Column { Name, Type, Weight, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, IsIndicatorRole };

    explicit SetTreeModel(QObject* parent = nullptr);
    ~SetTreeModel() override;

    void setIndicatorSet(std::shared_ptr<const cc::IndicatorSet> set, const QString& language);
    void retranslate(const QString& language);
    // The indicator at `index`, or null for a group.
    const cc::Indicator* indicator(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeName(cc::IndicatorType type);

private:
    struct Node
    {
        const cc::Group* group = nullptr;
        const cc::Indicator* indicator = nullptr;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node& node, const cc::Group& group);
    Node* nodeOf(const QModelIndex& index) const;

    std::shared_ptr<const cc::IndicatorSet> m_set;
    Node m_root;
    QString m_language;
};
