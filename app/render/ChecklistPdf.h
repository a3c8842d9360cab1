// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/domain/Community.h"
#include "core/domain/Ids.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Ledger.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPagedPaintDevice>
#include <QStringList>

#include <memory>
#include <vector>

namespace cc {
class Workspace;
}
class PdfPages;

// The blank paper checklist of a community and a set version, for an assessor where a laptop is
// impractical: the header (community, set, round, date, assessors), every indicator in set order with
// its guidance, unit and a tick box or blank by type (the order the entry screen walks, so the answers
// are typed back line by line), the building-ledger grid on landscape pages, and a closing page for
// notes and signatures; "page x / y" on every page, the report's fonts, finished by PdfFinish and
// written atomically.
class ChecklistPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistPdf)

public:
    // What is printed: a community and a set version, and what a check adds (round, date, assessors).
    struct Sheet
    {
        cc::Community community;
        std::shared_ptr<const cc::IndicatorSet> set;
        QString round; // empty: a blank to fill in
        QDate date; // the site visit; invalid: a blank
        QStringList assessors; // empty: a blank
        std::vector<cc::Building> buildings; // the community's, to pre-fill the ledger grid
        QString language = QStringLiteral("zh_CN");
    };

    // The sheet of a check: its community, set version, round, date and assessors.
    static cc::Result<Sheet> forCheck(cc::Workspace& workspace, const cc::AssessmentId& id, const QString& language);
    // The sheet of a community and a set (its newest version when `version` is empty), round and
    // date left blank.
    static cc::Result<Sheet> forCommunity(cc::Workspace& workspace,
                                          const QString& communityCode,
                                          const QString& setCode,
                                          const QString& version,
                                          const QString& language);

    // Paints the checklist on a paged device; `totalPages` is what "page x / y" says (0: unknown).
    // Returns the page count.
    static cc::Result<int> paint(const Sheet& sheet, QPagedPaintDevice& device, int totalPages = 0);
    // Writes the PDF; returns the number of pages. Nothing is left behind on failure.
    static cc::Result<int> write(const Sheet& sheet, const QString& path);

    // Whether the indicator applies to the sheet's community type (its `applies_to`).
    static bool applies(const cc::Indicator& indicator, const Sheet& sheet);
    // The set's ledger items cut into the grids of the ledger pages: whole national indicators
    // together, at most `columns` items a grid.
    static std::vector<std::vector<cc::LedgerItem>> ledgerGrids(const cc::IndicatorSet& set, int columns);

private:
    static void paintLedger(PdfPages& pages, const Sheet& sheet);
    static void paintClosing(PdfPages& pages, const Sheet& sheet);
};
