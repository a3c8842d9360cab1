// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/AssessmentTreeModel.h"

#include "core/report/ReportModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <functional>

using cc::scoring::Status;

AssessmentTreeModel::AssessmentTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

AssessmentTreeModel::~AssessmentTreeModel() = default;

void AssessmentTreeModel::build(Node& node, const cc::Group& group)
{
    for (const cc::Group& child : group.groups) {
        auto childNode = std::make_unique<Node>();
        childNode->group = &child;
        childNode->parent = &node;
        childNode->row = static_cast<int>(node.children.size());
        m_nodes.insert(child.code, childNode.get());
        build(*childNode, child);
        node.children.push_back(std::move(childNode));
    }
    for (const cc::Indicator& indicator : group.indicators) {
        auto childNode = std::make_unique<Node>();
        childNode->indicator = &indicator;
        childNode->parent = &node;
        childNode->row = static_cast<int>(node.children.size());
        m_nodes.insert(indicator.code, childNode.get());
        m_order.push_back(&indicator);
        node.children.push_back(std::move(childNode));
    }
}

void AssessmentTreeModel::refresh(Node& node, const std::vector<cc::scoring::GroupResult>* results)
{
    node.answered = 0;
    node.applicable = 0;
    node.failed = 0;
    size_t groupIndex = 0;
    for (auto& child : node.children) {
        if (child->group) {
            const cc::scoring::GroupResult* result =
                results && groupIndex < results->size() ? &(*results)[groupIndex] : nullptr;
            ++groupIndex;
            child->score = result ? result->score : std::nullopt;
            refresh(*child, result ? &result->groups : nullptr);
            node.answered += child->answered;
            node.applicable += child->applicable;
            node.failed += child->failed;
        } else {
            const auto* r = m_results.value(child->indicator->code);
            if (!r || r->status == Status::NotApplicable)
                continue;
            ++node.applicable;
            if (r->status != Status::Unanswered)
                ++node.answered;
            if (r->status == Status::Fail)
                ++node.failed;
        }
    }
}

void AssessmentTreeModel::setAssessment(std::shared_ptr<const cc::IndicatorSet> set,
                                        const cc::scoring::Score& score,
                                        const QString& language)
{
    const bool rebuild = set != m_set;
    if (rebuild)
        beginResetModel();
    m_language = language;
    m_score = score;
    m_results.clear();
    for (const auto& r : m_score.indicators)
        m_results.insert(r.indicator->code, &r);
    if (rebuild) {
        m_set = std::move(set);
        m_root.children.clear();
        m_nodes.clear();
        m_order.clear();
        if (m_set) {
            for (const cc::Group& group : m_set->groups) {
                auto node = std::make_unique<Node>();
                node->group = &group;
                node->parent = &m_root;
                node->row = static_cast<int>(m_root.children.size());
                m_nodes.insert(group.code, node.get());
                build(*node, group);
                m_root.children.push_back(std::move(node));
            }
        }
    }
    refresh(m_root, &m_score.groups);
    if (rebuild) {
        endResetModel();
    } else if (!m_root.children.empty()) {
        // Statuses can change anywhere (a value moves a task score and the programme above it).
        std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
            const int rows = rowCount(parent);
            if (rows == 0)
                return;
            emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
            for (int row = 0; row < rows; ++row)
                touch(index(row, 0, parent));
        };
        touch(QModelIndex());
    }
}

void AssessmentTreeModel::setLanguage(const QString& language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_set)
        setAssessment(m_set, m_score, language);
}

const cc::Indicator* AssessmentTreeModel::indicator(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->indicator : nullptr;
}

const cc::scoring::IndicatorResult* AssessmentTreeModel::result(const QString& code) const
{
    return m_results.value(code, nullptr);
}

AssessmentTreeModel::Node* AssessmentTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : const_cast<Node*>(&m_root);
}

QModelIndex AssessmentTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex AssessmentTreeModel::indexOf(const QString& indicatorCode) const
{
    return indexOf(m_nodes.value(indicatorCode, nullptr), 0);
}

QModelIndex AssessmentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[static_cast<size_t>(row)].get());
}

QModelIndex AssessmentTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeOf(child);
    return node->parent == &m_root ? QModelIndex() : indexOf(node->parent, 0);
}

int AssessmentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int AssessmentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString AssessmentTreeModel::statusText(Status status) const
{
    return cc::report::ReportBuilder::statusText(status, m_language);
}

QColor AssessmentTreeModel::statusColor(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case Status::NotApplicable:
        return QColor(0x75, 0x75, 0x75);
    case Status::Unanswered:
        return QColor(0xbd, 0xbd, 0xbd);
    case Status::Info:
        return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QVariant AssessmentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    if (role == CodeRole)
        return node->indicator ? node->indicator->code : node->group->code;
    if (role == IsIndicatorRole)
        return node->indicator != nullptr;
    const cc::scoring::IndicatorResult* r = node->indicator ? m_results.value(node->indicator->code) : nullptr;
    if (role == StatusRole)
        return r ? static_cast<int>(r->status) : -1;

    if (node->group) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Name)
                return QString(node->group->code + u"  " + node->group->name.text(m_language));
            if (index.column() == Value)
                return tr("%1 of %2 answered").arg(node->answered).arg(node->applicable);
            if (index.column() == Score)
                return node->score ? QLocale().toString(cc::scoring::round1(*node->score), 'f', 1)
                                   : QStringLiteral("—");
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(node->parent == &m_root);
            return font;
        }
        case Qt::ForegroundRole:
            if (index.column() == Value && node->failed > 0)
                return QBrush(statusColor(Status::Fail));
            return {};
        case Qt::ToolTipRole:
            return tr("%n failed", nullptr, node->failed);
        default:
            return {};
        }
    }
    const cc::Indicator& ind = *node->indicator;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            QString text = ind.code + u"  " + ind.name.text(m_language);
            if (r && r->carriedOver)
                text += u"  " + tr("(carried over)");
            return text;
        }
        if (index.column() == Value) {
            if (!r)
                return {};
            if (r->status == Status::NotApplicable)
                return statusText(Status::NotApplicable);
            return cc::report::ReportBuilder::valueText(ind, r->value, m_language);
        }
        if (index.column() == Score) {
            if (!r)
                return {};
            if (r->score)
                return QString(QLocale().toString(cc::scoring::round1(*r->score), 'f', 1) + u' '
                               + statusText(r->status));
            return statusText(r->status);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Name && r) // carried-over values stand out until confirmed (amber)
            return r->carriedOver ? QColor(0xe8, 0xa3, 0x3d) : statusColor(r->status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Score && r)
            return QBrush(statusColor(r->status));
        return {};
    case Qt::ToolTipRole:
        if (r && !r->reason.isEmpty())
            return r->reason;
        return ind.bottomLine ? tr("Bottom-line indicator: any shortfall is a failure") : QVariant();
    default:
        return {};
    }
}

QVariant AssessmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Indicator");
    case Value:
        return tr("Value");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}
