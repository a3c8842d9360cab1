// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/domain/IndicatorSet.h"
#include "core/domain/Response.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace cc {

class Workspace;

struct DemoSummary
{
    int communitiesAdded = 0;
    int assessmentsAdded = 0;
};

// Sample data for trying the app: communities of different types in two counties, each with a
// complete check of the given set, and one community checked in two rounds.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Adds the demo communities and their checks. Idempotent: communities already present are skipped.
    static Result<DemoSummary> install(Workspace& workspace, const QString& setCode);

    // Plausible answers for every applicable indicator of `set`, deterministic for a seed.
    // `quality` in [0, 1] is the share of indicators that pass; bottom-line ones fail less often.
    // With `forceBottomLineFailure`, the first applicable bottom-line indicator fails.
    static std::vector<Response> synthesize(
        const IndicatorSet& set, const Community& community, quint32 seed, double quality, bool forceBottomLineFailure);

    static std::vector<Community> sampleCommunities();

    // A synthetic province for benchmarks: `communities` communities spread over 11 cities and
    // their counties, each with ~40 buildings, checked in `rounds` yearly rounds (2025, 2026, …) with
    // answers from synthesize() and a building ledger from DemoLedger. Deterministic for a seed; all or nothing.
    // `progress` gets (done, total).
    struct ProvinceSummary
    {
        int communities = 0;
        int assessments = 0;
        qint64 responses = 0;
        qint64 buildings = 0;
        qint64 ledgerEntries = 0;
    };
    static Result<ProvinceSummary> generateProvince(Workspace& workspace,
                                                    const QString& setCode,
                                                    int communities,
                                                    int rounds,
                                                    quint32 seed,
                                                    const std::function<void(int, int)>& progress = {});
};

} // namespace cc
