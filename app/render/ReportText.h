// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"
#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

// The report's wording and tables, shared by the PDF (ReportPdf) and the editable ODT copy
// (ReportOdt) so that both say the same thing in the same words.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    using Model = cc::report::ReportModel;

    enum class Section { Summary, Scores, Indicators, Problems, Remediation, Photos, Signatures };

    struct Table
    {
        QStringList header;
        std::vector<double> widths; // fractions of the text width, summing to 1
        std::vector<QStringList> rows;
    };

    // A table of figures as people read it: decimals with `decimals` places, an empty cell for a
    // missing figure, the widths (in characters) as fractions of the text width.
    static Table fromTable(const cc::io::Table& table, int decimals);

    static QString oneDecimal(const std::optional<double>& value);
    // "、" in Chinese, ", " in English.
    static QString listSeparator();
    static QString heading(Section section);
    static QString runningHeader(const Model& r);
    static QString page(int number);
    static QStringList coverLines(const Model& r);

    static QString noAnswers();
    static QString overallLine(const Model& r);
    static QString coverageLine(const Model& r);
    // The mark across every page of a draft's report: 草稿.
    static QString draftMark();
    static QString changeLine(const Model& r); // empty without an earlier round
    static QString bottomLineTitle();
    static QStringList bottomLineItems(const Model& r);
    static QString noBottomLineFailures();

    static Table scores(const Model& r);
    static Table indicators(const Model& r);
    static Table problems(const Model& r);
    static QString noProblems();
    // 上一轮问题整改情况: what became of each problem of the earlier round, and the new ones (a row per
    // r.remediation->problems; those past their deadline and not resolved are shown in red).
    static QStringList remediationSummary(const Model& r);
    static Table remediation(const Model& r);

    static QString photoCaption(const cc::report::PhotoItem& item);
    static QString signatureLine(const QString& role);
    static QString issuedBy(const Model& r); // empty without an issuing unit
    static QString sealLabel();
};
