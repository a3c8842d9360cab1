// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/ProjectListModel.h"

#include "core/planning/StatusName.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

ProjectListModel::ProjectListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ProjectListModel::setProjects(std::vector<cc::Project> projects)
{
    beginResetModel();
    m_rows.clear();
    for (cc::Project& p : projects) {
        const auto priority = cc::planning::priorityOf(p);
        m_rows.push_back({std::move(p), priority});
    }
    endResetModel();
}

const cc::Project* ProjectListModel::project(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)].project : nullptr;
}

int ProjectListModel::rowOf(const cc::ProjectId& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].project.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void ProjectListModel::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const cc::Project& p = row.project;
    const auto& pr = row.priority;
    const QLocale locale;
    const auto part = [&](double v) { return locale.toString(v, 'f', 2); };
    if (role == SortRole) {
        switch (index.column()) {
        case Priority:
            return pr.total;
        case Cost:
            return p.cost.value_or(-1);
        case Quantity:
            return p.quantity.value_or(-1);
        case Severity:
            return pr.severity;
        case Support:
            return pr.support;
        case CostEffectiveness:
            return pr.costEffectiveness;
        case Resources:
            return pr.resources;
        case PlannedYear:
            return p.plannedYear.value_or(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Community:
            return QString(p.communityCode + u' ' + p.communityName);
        case Name:
            return QString((p.bundleId ? QStringLiteral("└ ") : QString()) + p.name
                           + (p.isBundle ? tr(" (bundle)") : QString()));
        case Status:
            return cc::planning::statusName(p.status);
        case Category:
            if (p.timeBound && p.deadline.isValid())
                return p.isOverdue(QDate::currentDate())
                    ? tr("time-bound, by %1: overdue").arg(p.deadline.toString(Qt::ISODate))
                    : tr("time-bound, by %1").arg(p.deadline.toString(Qt::ISODate));
            return p.timeBound ? tr("time-bound") : tr("best effort");
        case Class:
            return p.projectClass;
        case Quantity:
            return p.quantity ? QString(locale.toString(*p.quantity, 'g', 10) + u' ' + p.unit) : QString();
        case Cost:
            return p.cost ? locale.toString(*p.cost, 'f', 2) : tr("not estimated");
        case Priority:
            return locale.toString(pr.score, 'f', 1);
        case Severity:
            return part(pr.severity);
        case Support:
            return p.support > 0 ? QString(part(pr.support) + QStringLiteral(" (") + QString::number(p.support) + u')')
                                 : part(pr.support);
        case CostEffectiveness:
            return part(pr.costEffectiveness);
        case Resources:
            return part(pr.resources);
        case PlannedYear:
            return p.plannedYear ? QString::number(*p.plannedYear) : QString();
        case Responsible:
            return p.responsibleUnit;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (p.status == cc::ProjectStatus::Obsolete || p.status == cc::ProjectStatus::Rejected)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (index.column() == Category && p.timeBound)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::BackgroundRole && index.column() == Category && p.isOverdue(QDate::currentDate()))
        return QBrush(QColor(0xfd, 0xe0, 0xe0)); // a 限时解决 obligation past its deadline
    if (role == Qt::TextAlignmentRole && index.column() >= Quantity && index.column() <= PlannedYear)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Priority) {
        return tr("%1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5%6")
            .arg(locale.toString(pr.score, 'f', 1),
                 part(pr.severity),
                 part(pr.support),
                 part(pr.costEffectiveness),
                 part(pr.resources),
                 pr.timeBound ? tr("; time-bound: before every best-effort project")
                     : pr.tier < 3
                     ? tr("; class %1: before the classes after it (基础, 完善, 提升)").arg(p.projectClass)
                     : QString());
    }
    if (role == Qt::ToolTipRole && index.column() == Responsible) {
        QStringList lines;
        if (!p.cooperatingUnits.isEmpty())
            lines << tr("Cooperating: %1").arg(p.cooperatingUnits.join(QStringLiteral("、")));
        if (!p.implementer.isEmpty())
            lines << tr("Carried out by: %1").arg(p.implementer);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Community:
        return tr("Community");
    case Name:
        return tr("Project");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Class:
        return tr("Class");
    case Quantity:
        return tr("Quantity");
    case Cost:
        return tr("Cost (万元)");
    case Priority:
        return tr("Priority");
    case Severity:
        return tr("Severity");
    case Support:
        return tr("Support");
    case CostEffectiveness:
        return tr("Cost-effectiveness");
    case Resources:
        return tr("Resources");
    case PlannedYear:
        return tr("Year");
    case Responsible:
        return tr("Lead unit");
    default:
        return {};
    }
}
