// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/SetTreeModel.h"

#include <QLocale>

SetTreeModel::SetTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

SetTreeModel::~SetTreeModel() = default;

void SetTreeModel::build(Node& node, const cc::Group& group)
{
    for (const cc::Group& child : group.groups) {
        auto childNode = std::make_unique<Node>();
        childNode->group = &child;
        childNode->parent = &node;
        childNode->row = static_cast<int>(node.children.size());
        build(*childNode, child);
        node.children.push_back(std::move(childNode));
    }
    for (const cc::Indicator& indicator : group.indicators) {
        auto childNode = std::make_unique<Node>();
        childNode->indicator = &indicator;
        childNode->parent = &node;
        childNode->row = static_cast<int>(node.children.size());
        node.children.push_back(std::move(childNode));
    }
}

void SetTreeModel::setIndicatorSet(std::shared_ptr<const cc::IndicatorSet> set, const QString& language)
{
    beginResetModel();
    m_set = std::move(set);
    m_language = language;
    m_root.children.clear();
    if (m_set) {
        for (const cc::Group& group : m_set->groups) {
            auto node = std::make_unique<Node>();
            node->group = &group;
            node->parent = &m_root;
            node->row = static_cast<int>(m_root.children.size());
            build(*node, group);
            m_root.children.push_back(std::move(node));
        }
    }
    endResetModel();
}

void SetTreeModel::retranslate(const QString& language)
{
    // Names switch language: a reset is the simplest correct signal for the whole tree.
    setIndicatorSet(m_set, language);
}

SetTreeModel::Node* SetTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : const_cast<Node*>(&m_root);
}

const cc::Indicator* SetTreeModel::indicator(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->indicator : nullptr;
}

QModelIndex SetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex SetTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* node = nodeOf(child);
    if (!node->parent || node->parent == &m_root)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int SetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int SetTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString SetTreeModel::typeName(cc::IndicatorType type)
{
    switch (type) {
    case cc::IndicatorType::Boolean:
        return tr("Yes/no");
    case cc::IndicatorType::Number:
        return tr("Number");
    case cc::IndicatorType::Rating:
        return tr("Rating");
    case cc::IndicatorType::Choice:
        return tr("Choice");
    case cc::IndicatorType::Checklist:
        return tr("Checklist");
    case cc::IndicatorType::Text:
        return tr("Text");
    }
    return {};
}

QVariant SetTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const QString code = node->indicator ? node->indicator->code : node->group->code;
    if (role == CodeRole)
        return code;
    if (role == IsIndicatorRole)
        return node->indicator != nullptr;
    if (role == Qt::ToolTipRole && node->indicator)
        return node->indicator->guidance.text(m_language);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: {
        const cc::LocalizedText& name = node->indicator ? node->indicator->name : node->group->name;
        QString text = code + u"  " + name.text(m_language);
        if (node->indicator && node->indicator->bottomLine)
            text += u"  " + tr("[bottom line]");
        return text;
    }
    case Type:
        return node->indicator ? typeName(node->indicator->type) : QString();
    case Weight:
        return QLocale().toString(node->indicator ? node->indicator->weight : node->group->weight, 'g', 4);
    default:
        return {};
    }
}

QVariant SetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Indicator");
    case Type:
        return tr("Type");
    case Weight:
        return tr("Weight");
    default:
        return {};
    }
}
