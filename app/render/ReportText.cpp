// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportText.h"

#include <QLocale>

#include <algorithm>

#include <cmath>

QString ReportText::oneDecimal(const std::optional<double>& v)
{
    return v ? QString::number(cc::scoring::round1(*v), 'f', 1) : QStringLiteral("—");
}

QString ReportText::listSeparator()
{
    return tr(", ", "between the items of a list");
}

QString ReportText::heading(Section section)
{
    switch (section) {
    case Section::Summary:
        return tr("1. Summary");
    case Section::Scores:
        return tr("2. Scores by programme and task");
    case Section::Indicators:
        return tr("3. Indicators");
    case Section::Problems:
        return tr("4. Problems");
    case Section::Remediation:
        return tr("5. Problems of the earlier round");
    case Section::Photos:
        return tr("6. Photos");
    case Section::Signatures:
        return tr("Signatures");
    }
    return {};
}

QString ReportText::runningHeader(const Model& r)
{
    return r.title + QStringLiteral(" · ") + r.communityName + QStringLiteral(" · ") + r.round;
}

QString ReportText::page(int number)
{
    return tr("Page %1").arg(number);
}

QStringList ReportText::coverLines(const Model& r)
{
    const QString date = QLocale().toString(r.date, QLocale::LongFormat);
    return {tr("Community code: %1").arg(r.communityCode),
            tr("Community type: %1").arg(r.communityType),
            tr("Round: %1").arg(r.round),
            tr("Site visit: %1").arg(QLocale().toString(r.checkDate, QLocale::LongFormat)),
            tr("Indicator set: %1").arg(r.setName),
            tr("Assessors: %1").arg(r.assessors.join(listSeparator())),
            tr("State: %1").arg(r.status),
            tr("Date: %1").arg(date)};
}

QString ReportText::noAnswers()
{
    return tr("No indicator has been answered yet: this check has no score.");
}

QString ReportText::overallLine(const Model& r)
{
    QString grade = r.grade.isEmpty() ? QStringLiteral("—") : r.grade;
    if (r.capped)
        grade += u' ' + tr("(capped by bottom-line failures; by score: %1)").arg(r.computedGrade);
    if (r.provisional) // too little answered yet (scoring §4)
        return tr("Provisional: overall score %1 · grade %2").arg(oneDecimal(r.overall), grade);
    return tr("Overall score %1 · grade %2").arg(oneDecimal(r.overall), grade);
}

QString ReportText::draftMark()
{
    return tr("Draft");
}

QString ReportText::coverageLine(const Model& r)
{
    QString line =
        tr("Coverage %1% (%2 of %3 applicable indicators answered)")
            .arg(r.coverage ? QString::number(std::floor(*r.coverage * 1000 + 0.5) / 10, 'f', 1) : QStringLiteral("—"))
            .arg(r.answered)
            .arg(r.applicable);
    if (r.provisional)
        line += u' '
            + tr("— below %1%: the scores and the grade are provisional.")
                  .arg(QString::number(r.provisionalBelow * 100, 'f', 0));
    return line;
}

QString ReportText::changeLine(const Model& r)
{
    if (!r.comparison)
        return {};
    const auto& c = *r.comparison;
    QString change = QStringLiteral("—");
    if (c.change) {
        // Rounded half away from zero like every score; a change that rounds to nothing is +0.0, never -0.0.
        const double rounded = cc::scoring::round1(std::abs(*c.change)) * (*c.change < 0 ? -1 : 1);
        change = QString::asprintf("%+.1f", rounded == 0 ? 0.0 : rounded);
    }
    return tr("Change since %1: %2 (then %3, grade %4)")
        .arg(c.earlierRound,
             change,
             oneDecimal(c.earlierOverall),
             c.earlierGrade.isEmpty() ? QStringLiteral("—") : c.earlierGrade);
}

QString ReportText::bottomLineTitle()
{
    return tr("Bottom-line failures (time-bound, 限时解决)");
}

QStringList ReportText::bottomLineItems(const Model& r)
{
    QStringList items;
    for (const auto& f : r.bottomLineFailures)
        items << tr("%1  %2: %3", "bottom-line failure: code, name, value").arg(f.code, f.name, f.value);
    return items;
}

QString ReportText::noBottomLineFailures()
{
    return tr("None.");
}

ReportText::Table ReportText::fromTable(const cc::io::Table& table, int decimals)
{
    Table t;
    t.header = table.header;
    double sum = 0;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        sum += c < static_cast<qsizetype>(table.widths.size()) ? table.widths[static_cast<size_t>(c)] : 10;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        t.widths.push_back((c < static_cast<qsizetype>(table.widths.size()) ? table.widths[static_cast<size_t>(c)] : 10)
                           / sum);
    for (const QVariantList& row : table.rows) {
        QStringList texts;
        for (const QVariant& v : row)
            texts << (v.isNull()                            ? QString()
                          : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', decimals)
                                                            : v.toString());
        t.rows.push_back(texts);
    }
    return t;
}

ReportText::Table ReportText::scores(const Model& r)
{
    Table t;
    t.header = {tr("Code"), tr("Programme / task"), tr("Weight"), tr("Score")};
    t.widths = {0.12, 0.52, 0.12, 0.12};
    if (r.comparison) {
        t.header << r.comparison->earlierRound;
        t.widths.push_back(0.12);
    } else {
        t.widths[1] = 0.64;
    }
    for (const auto& s : r.scores) {
        QStringList row {
            QString(s.level * 2, u' ') + s.code, s.name, QLocale().toString(s.weight, 'g', 4), oneDecimal(s.score)};
        if (r.comparison)
            row << oneDecimal(s.earlierScore);
        t.rows.push_back(row);
    }
    return t;
}

ReportText::Table ReportText::indicators(const Model& r)
{
    Table t;
    t.header = {tr("Code"), tr("Indicator"), tr("Value"), tr("Score"), tr("Status"), tr("Remark")};
    t.widths = {0.09, 0.3, 0.15, 0.07, 0.12, 0.27};
    for (const auto& i : r.indicators)
        t.rows.push_back({i.code, i.name, i.value, oneDecimal(i.score), i.status, i.remark});
    return t;
}

ReportText::Table ReportText::problems(const Model& r)
{
    Table t;
    t.header = {tr("Category"),
                tr("Indicator"),
                tr("Value"),
                tr("Score"),
                tr("Deadline"),
                tr("Severity"),
                tr("Responsible units"),
                tr("Suggested projects")};
    t.widths = {0.09, 0.19, 0.08, 0.06, 0.1, 0.08, 0.21, 0.19};
    for (const auto& p : r.problems) {
        const QString deadline = p.deadline.toString(Qt::ISODate);
        t.rows.push_back({p.category,
                          p.code + u' ' + p.name,
                          p.value,
                          QString::number(cc::scoring::round1(p.score), 'f', 1),
                          p.overdue ? tr("%1 (overdue)").arg(deadline) : deadline,
                          p.severity,
                          p.responsibleUnits,
                          p.projects.join(tr("; ", "between suggested projects"))});
    }
    return t;
}

QString ReportText::noProblems()
{
    return tr("No scored indicator fails.");
}

QStringList ReportText::remediationSummary(const Model& r)
{
    using cc::report::ProblemFate;
    const cc::report::Remediation& m = *r.remediation;
    QStringList out;
    if (m.due == 0) {
        out << tr("The earlier round (%1) found no problems.")
                   .arg(r.comparison ? r.comparison->earlierRound : QString());
    } else {
        out << tr("Of the %1 problems of the earlier round (%2), %3 are resolved (%4 %), %5 are not, %6 are not "
                  "re-checked yet.")
                   .arg(m.due)
                   .arg(r.comparison ? r.comparison->earlierRound : QString())
                   .arg(m.resolved)
                   .arg(oneDecimal(m.rate()))
                   .arg(m.count(ProblemFate::Persisting))
                   .arg(m.count(ProblemFate::Unchecked));
        if (m.dueTimeBound > 0)
            out << tr("Time-bound problems: %1 of %2 resolved (%3 %).")
                       .arg(m.resolvedTimeBound)
                       .arg(m.dueTimeBound)
                       .arg(oneDecimal(m.timeBoundRate()));
    }
    const int overdue = static_cast<int>(std::count_if(
        m.problems.begin(), m.problems.end(), [](const cc::report::TrackedProblem& p) { return p.overdue; }));
    if (overdue > 0)
        out << tr("%n past their deadline and not resolved (in red).", nullptr, overdue);
    if (const int added = m.count(ProblemFate::New); added > 0)
        out << tr("%n new problems found in this check.", nullptr, added);
    return out;
}

ReportText::Table ReportText::remediation(const Model& r)
{
    using cc::report::ProblemFate;
    Table t;
    t.header = {tr("No."), tr("Indicator"), tr("Building"), tr("Problem"), tr("Category"), tr("Deadline"), tr("Now")};
    t.widths = {0.06, 0.24, 0.12, 0.22, 0.09, 0.13, 0.14};
    int number = 0;
    for (const cc::report::TrackedProblem& p : r.remediation->problems) {
        const QString fate = p.fate == ProblemFate::Resolved ? tr("Resolved")
            : p.fate == ProblemFate::Persisting              ? tr("Not resolved")
            : p.fate == ProblemFate::Unchecked               ? tr("Not re-checked")
                                                             : tr("New");
        const QString deadline = p.deadline ? p.deadline->toString(Qt::ISODate) : QString();
        t.rows.push_back({QString::number(++number),
                          p.indicatorCode + u' ' + p.indicatorName.text(r.language),
                          p.buildingLabel,
                          p.item.isEmpty() ? QString() : p.item + u' ' + p.itemName,
                          p.timeBound ? tr("Time-bound") : tr("Best effort"),
                          p.overdue ? tr("%1 (overdue)").arg(deadline) : deadline,
                          fate});
    }
    return t;
}

QString ReportText::photoCaption(const cc::report::PhotoItem& item)
{
    return item.indicatorCode + u' ' + item.caption
        + (item.takenAt.isEmpty() ? QString() : QStringLiteral(" · ") + item.takenAt);
}

QString ReportText::signatureLine(const QString& role)
{
    return tr("%1: %2    Date: %3", "signature line: role, line to sign on, line for the date")
        .arg(role, QString(24, u'_'), QString(12, u'_'));
}

QString ReportText::issuedBy(const Model& r)
{
    return r.issuingUnit.isEmpty() ? QString() : tr("Issued by: %1").arg(r.issuingUnit);
}

QString ReportText::sealLabel()
{
    return tr("(seal)");
}
