// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/AssessmentListModel.h"

#include "core/scoring/Scoring.h"
#include "core/services/AssessmentService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

AssessmentListModel::AssessmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AssessmentListModel::setAssessments(std::vector<cc::Assessment> assessments,
                                         QHash<QString, cc::ScoreSummary> scores,
                                         QHash<QString, QString> gradeNames)
{
    beginResetModel();
    m_assessments = std::move(assessments);
    m_scores = std::move(scores);
    m_gradeNames = std::move(gradeNames);
    // Row by row, so that sorting 15,000 rows does not look each one up by its UUID.
    m_rowScores.assign(m_assessments.size(), nullptr);
    for (size_t row = 0; row < m_assessments.size(); ++row) {
        const auto it = m_scores.constFind(m_assessments[row].id.toString());
        m_rowScores[row] = it == m_scores.constEnd() ? nullptr : &*it;
    }
    endResetModel();
}

const cc::Assessment* AssessmentListModel::assessment(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_assessments[static_cast<size_t>(row)];
}

const cc::ScoreSummary* AssessmentListModel::summary(int row) const
{
    const cc::Assessment* a = assessment(row);
    if (!a)
        return nullptr;
    return m_rowScores[static_cast<size_t>(row)];
}

void AssessmentListModel::updateAssessment(int row,
                                           cc::Assessment assessment,
                                           const std::optional<cc::ScoreSummary>& score)
{
    if (row < 0 || row >= rowCount())
        return;
    const QString key = assessment.id.toString();
    m_assessments[static_cast<size_t>(row)] = std::move(assessment);
    const bool known = m_scores.contains(key);
    if (score && known) {
        m_scores[key] = *score; // in place: the rows' pointers stay valid
    } else if (score || known) {
        if (score)
            m_scores.insert(key, *score);
        else
            m_scores.remove(key);
        for (size_t r = 0; r < m_assessments.size(); ++r) { // the hash may have moved its entries
            const auto it = m_scores.constFind(m_assessments[r].id.toString());
            m_rowScores[r] = it == m_scores.constEnd() ? nullptr : &*it;
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
    const cc::ScoreSummary* s = m_rowScores[static_cast<size_t>(index.row())];
    if (role == Qt::ForegroundRole && s && s->provisional && (index.column() == Score || index.column() == Grade))
        return QBrush(QColor(0x75, 0x75, 0x75)); // provisional: too little answered yet
    if (role == Qt::ToolTipRole && s && s->provisional && (index.column() == Score || index.column() == Grade))
        return tr("Provisional: too little of the check is answered for the score to hold.");
    if (role == Qt::TextAlignmentRole && index.column() >= Score && index.column() <= TimeBound)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Score:
            return s && s->overall ? QVariant(*s->overall) : QVariant(-1.0);
        case Coverage:
            return s && s->coverage ? QVariant(*s->coverage) : QVariant(-1.0);
        case BottomLine:
            return s ? s->bottomLineFailures : -1;
        case TimeBound:
            return s ? s->openTimeBound : -1;
        case CheckDate:
            return a.checkDate;
        case Updated:
            return a.updatedAt;
        case Status:
            return static_cast<int>(a.status);
        case Community:
            return a.communityCode; // unique: the name adds nothing to the order, and costs a string per compare
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Score:
        return s && s->overall ? QLocale().toString(cc::scoring::round1(*s->overall), 'f', 1) : QString();
    case Grade:
        return s ? m_gradeNames.value(s->grade, s->grade) : QString();
    case Coverage:
        return s && s->coverage ? QLocale().toString(std::floor(*s->coverage * 100 + 0.5), 'f', 0) + u'%' : QString();
    case BottomLine:
        return s ? QString::number(s->bottomLineFailures) : QString();
    case TimeBound:
        return s ? QString::number(s->openTimeBound) : QString();
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
    case Score:
        return tr("Score");
    case Grade:
        return tr("Grade");
    case Coverage:
        return tr("Coverage");
    case BottomLine:
        return tr("Bottom-line failures");
    case TimeBound:
        return tr("Open 限时解决");
    case Assessors:
        return tr("Assessors");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}
