// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/AssessmentListModel.h"

#include "core/services/AssessmentService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

AssessmentListModel::AssessmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AssessmentListModel::setAssessments(std::vector<cc::Assessment> assessments)
{
    beginResetModel();
    m_assessments = std::move(assessments);
    endResetModel();
}

const cc::Assessment* AssessmentListModel::assessment(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_assessments[static_cast<size_t>(row)];
}

int AssessmentListModel::rowOf(const cc::AssessmentId& id) const
{
    for (size_t i = 0; i < m_assessments.size(); ++i) {
        if (m_assessments[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void AssessmentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AssessmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_assessments.size());
}

int AssessmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cc::Assessment& a = m_assessments[static_cast<size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (a.status) {
        case cc::AssessmentStatus::Returned:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case cc::AssessmentStatus::Approved:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !a.reviewComment.isEmpty())
        return a.reviewComment;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Community:
        return QString(a.communityCode + u' ' + a.communityName);
    case Round:
        return a.round.toString();
    case CheckDate:
        return a.checkDate.toString(Qt::ISODate);
    case Set:
        return QString(a.setCode + u' ' + a.setVersion);
    case Status:
        return cc::AssessmentService::statusName(a.status);
    case Assessors:
        return a.assessors.join(QStringLiteral("、"));
    case Updated:
        return QLocale().toString(a.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Community:
        return tr("Community");
    case Round:
        return tr("Round");
    case CheckDate:
        return tr("Site visit");
    case Set:
        return tr("Indicator set");
    case Status:
        return tr("Status");
    case Assessors:
        return tr("Assessors");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}
