// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/report/NationalTables.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace cc {

class Workspace;

// What `export national` wrote.
struct NationalExported
{
    QStringList files; // full paths, in the order of NationalExport::fileNames()
    int communities = 0; // checks exported, one per community
    int skipped = 0; // checks of the round still a draft or returned: not reported
    int surveyRows = 0;
    int problemRows = 0; // 附件四 and 附件五 have a row per problem each
    int ledgerRows = 0;
};

// The national reporting tables of a county's round (issue 17; spec/cli.md `export national`): the
// 指标调查表 (XLSX and CSV), 附件四 问题清单, 附件五 整治建议清单 and the 楼栋台账, from the submitted and
// approved checks of that round, their building ledgers and the county's projects. The same calls
// serve the CLI and the GUI's File → Export national tables.
class NationalExport final
{
    Q_DECLARE_TR_FUNCTIONS(NationalExport)

public:
    explicit NationalExport(Workspace& workspace);

    // The files written into the folder, in this order.
    static QStringList fileNames();

    // `progress` gets (done, total) checks.
    Result<report::NationalTables> build(const QString& county,
                                         const Round& round,
                                         int* skipped = nullptr,
                                         const std::function<void(int, int)>& progress = {});
    // Files a caller adds from the same tables (the GUI and the CLI: the lists as PDF): their paths.
    using MoreFiles = std::function<Result<QStringList>(const report::NationalTables&, const QString& directory)>;
    // Into `directory` (made if missing): every file or none (a failure removes what this call wrote).
    Result<NationalExported> write(const QString& county,
                                   const Round& round,
                                   const QString& directory,
                                   const std::function<void(int, int)>& progress = {},
                                   const MoreFiles& more = {});

private:
    Workspace& m_ws;
};

} // namespace cc
