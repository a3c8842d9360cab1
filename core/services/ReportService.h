// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace cc {

class Workspace;

// Builds the scored report of one check from storage (its score, the change since the earlier
// round, its photos, the database's report settings) and picks the checks of a batch. The same
// calls serve the GUI's preview and the CLI's `report`.
class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(Workspace& workspace);

    // Refuses a report whose configured logo file is missing or unreadable: a county office must not
    // get a report without its logo by surprise.
    Result<report::ReportModel> build(const AssessmentId& id, const QString& language, const QDate& date);
    // The stored JPEG of a photo of a report.
    Result<QByteArray> photo(const report::PhotoItem& item);

    // The checks of a round ("2025 体检", or just "2025" for every label of that year), optionally of
    // one county, in community-code order.
    Result<std::vector<Assessment>> forRound(const Round& round, const QString& county = {});

    // A file name for a batch: community code, round, without characters that file systems refuse.
    static QString fileName(const Assessment& assessment);

private:
    Workspace& m_ws;
};

} // namespace cc
