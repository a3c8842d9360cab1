// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QSqlDatabase>

#include <optional>

namespace cc::storage {

// 年度实施计划: one plan per county and year, with its lines. Throws StorageError; callers hold
// the transaction for writes.
class PlanRepository final
{
public:
    explicit PlanRepository(QSqlDatabase& db)
        : m_db(db)
    { }

    void savePlan(const Plan& plan); // replaces the county's plan of that year
    std::optional<Plan> plan(const QString& county, int year);
    void deletePlan(const QString& county, int year);

private:
    QSqlDatabase& m_db;
};

} // namespace cc::storage
