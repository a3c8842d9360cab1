// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"
#include "core/planning/PlanView.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <vector>

// The 年度实施计划 as a county signs it, in the UI language: the plan table with the columns a county
// expects (序号, 社区, 项目名称, 建设内容及规模, 类别, 限时/尽力, 牵头单位, 配合单位, 实施主体, 本年投资, 资金来源,
// 开工—完成时限), the measures apart, the deferred projects, totals by funding source, by programme and
// by lead unit, the shortfall, and the five parts; drafts of the five parts from the data. Plain data:
// the PDF (app/render/PlanPdf) and the CSV/XLSX (io::TableExport) lay it out.
namespace cc::report {

// Where each project of a plan belongs in the set: its programme (the top-level group) and task,
// from its first problem (the service reads the sets). Projects of demands alone have none.
struct PlanContext
{
    struct Where
    {
        QString programmeCode;
        QString programmeName;
        QString taskCode;
        QString taskName;
    };
    QHash<QString, Where> byProject; // project UUID → where
};

struct PlanDocument
{
    QString title;
    QStringList summary; // the budget, the totals, the counts
    QString shortfall; // said in red; empty without a shortfall
    io::Table projects; // the plan table: the selected projects, then a total row
    std::vector<bool> timeBound; // per row of `projects`: a 限时解决 obligation
    io::Table measures; // 管理措施, outside the budget
    io::Table deferred;
    io::Table bySource; // this year's money by funding source, what is not assigned yet, the shortfall
    io::Table byProgramme;
    io::Table byLeadUnit;
    std::array<std::pair<QString, QString>, 5> parts; // heading, text: 具体任务 … 保障措施
};

class PlanDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocuments)

public:
    static PlanDocument build(const planning::PlanView& plan, const PlanContext& context);
    // The five parts drafted from the plan (tasks covered and how many communities; the key projects;
    // who is responsible; the schedule by quarter; the funding), for the planner to edit.
    static std::array<QString, 5> draft(const planning::PlanView& plan, const PlanContext& context);
    // The tables for CSV/XLSX: the plan, measures, deferred, the three totals and the five parts.
    static std::vector<io::Table> tables(const PlanDocument& document);
    // This year's money of a selected project by source (its split scaled to the year's share);
    // what has no source yet is under `unassigned`.
    static std::vector<FundingShare> yearFunding(const planning::PlanView::Line& line, double& unassigned);
};

} // namespace cc::report
