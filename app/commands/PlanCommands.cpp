// SPDX-License-Identifier: GPL-3.0-or-later
// 年度实施计划: building a county's plan for a year, and its five parts' text.
#include "app/commands/AppliedCommand.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace {

std::vector<cc::Project> projectsOf(const cc::planning::PlanView& view)
{
    std::vector<cc::Project> out;
    for (const auto& line : view.lines)
        out.push_back(line.project);
    return out;
}

// A plan built: undo puts back the plan as it was (or none) and the projects' status and planned
// year as the build found them, keeping any change made to a project since; redo builds again.
class BuildPlanCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(BuildPlanCommand)

public:
    BuildPlanCommand(History& history,
                     const cc::Plan& request, // county, year, budget
                     std::optional<cc::Plan> previous,
                     std::vector<cc::Project> before,
                     std::vector<cc::Project> built)
        : AppliedCommand(history, tr("Build the plan %1 %2").arg(request.county).arg(request.year))
        , m_request(request)
        , m_previous(std::move(previous))
        , m_before(std::move(before))
        , m_built(std::move(built))
    { }

protected:
    cc::Result<void> applyUndo() override
    {
        return history().workspace().plans().restorePlan(
            m_request.county, m_request.year, m_previous, m_before, m_built);
    }
    cc::Result<void> applyRedo() override
    {
        auto again = history().workspace().plans().buildPlan(m_request.county, m_request.year, m_request.budget);
        if (!again)
            return again.error();
        m_built = projectsOf(*again);
        return {};
    }
    void announce(ChangeHub& changes) const override
    {
        emit changes.plansChanged();
        emit changes.projectsChanged(); // their status and planned year
    }

private:
    cc::Plan m_request;
    std::optional<cc::Plan> m_previous;
    std::vector<cc::Project> m_before;
    std::vector<cc::Project> m_built;
};

// The five parts of a plan edited (具体任务、重点项目、实施要求、时序安排、保障措施).
class PlanTextsCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanTextsCommand)

public:
    PlanTextsCommand(History& history, cc::Plan before, cc::Plan after)
        : AppliedCommand(history, tr("Edit the texts of the plan %1 %2").arg(before.county).arg(before.year))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

protected:
    cc::Result<void> applyUndo() override { return store(m_before); }
    cc::Result<void> applyRedo() override { return store(m_after); }
    void announce(ChangeHub& changes) const override { emit changes.plansChanged(); }

private:
    cc::Result<void> store(const cc::Plan& texts)
    {
        return history().workspace().plans().setPlanTexts(m_before.county, m_before.year, texts);
    }

    cc::Plan m_before;
    cc::Plan m_after;
};

} // namespace

namespace commands {

cc::Result<cc::planning::PlanView> buildPlan(History& history, const QString& county, int year, double budgetWan)
{
    // What the build changes, for its undo: the stored plan and the county's projects' states.
    cc::Workspace& ws = history.workspace();
    auto before = ws.plans().plan(county, year);
    if (!before)
        return before.error();
    auto projects = ws.projects().list({{}, county, true});
    if (!projects)
        return projects.error();
    auto built = ws.plans().buildPlan(county, year, budgetWan);
    if (!built)
        return built.error();
    std::optional<cc::Plan> previous;
    if (*before)
        previous = (*before)->plan;
    history.push(new BuildPlanCommand(history, built->plan, previous, *projects, projectsOf(*built)));
    return built;
}

cc::Result<void> setPlanTexts(History& history, const QString& county, int year, const cc::Plan& texts)
{
    auto stored = history.workspace().plans().plan(county, year);
    if (!stored)
        return stored.error();
    if (!*stored)
        return history.workspace().plans().setPlanTexts(county, year, texts); // the service says what is missing
    const cc::Plan before = (*stored)->plan;
    if (before.tasks == texts.tasks && before.keyProjects == texts.keyProjects
        && before.requirements == texts.requirements && before.schedule == texts.schedule
        && before.safeguards == texts.safeguards)
        return {}; // nothing changes: no step in the history
    if (auto saved = history.workspace().plans().setPlanTexts(county, year, texts); !saved)
        return saved.error();
    history.push(new PlanTextsCommand(history, before, texts));
    return {};
}

} // namespace commands
