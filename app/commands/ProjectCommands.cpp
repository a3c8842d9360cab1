// SPDX-License-Identifier: GPL-3.0-or-later
// 项目清单: generating candidates, decisions and edits, bundles.
#include "app/commands/AppliedCommand.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace {

// Projects changed by a person (an edit, decisions on several): undo stores them as they were,
// redo as they became, all or none. Every application goes through ProjectService, so each one is
// audited too.
class ProjectChangeCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectChangeCommand)

public:
    ProjectChangeCommand(History& history,
                         const QString& text,
                         std::vector<cc::Project> before,
                         std::vector<cc::Project> after)
        : AppliedCommand(history, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

protected:
    cc::Result<void> applyUndo() override
    {
        return store({m_before.rbegin(), m_before.rend()}, tr("undo")); // the reverse order of the change
    }
    cc::Result<void> applyRedo() override { return store(m_after, tr("redo")); }
    void announce(ChangeHub& changes) const override { emit changes.projectsChanged(); }

private:
    cc::Result<void> store(const std::vector<cc::Project>& projects, const QString& reason)
    {
        cc::Workspace& ws = history().workspace();
        return ws.allOrNothing([&]() -> cc::Result<void> {
            for (const cc::Project& p : projects) {
                if (auto updated = ws.projects().update(p, reason, true); !updated) // exactly as it was
                    return updated.error();
            }
            return {};
        });
    }

    std::vector<cc::Project> m_before;
    std::vector<cc::Project> m_after;
};

// Candidates generated from a check: undo removes what it added and puts back what it changed
// (refused once a plan or a bundle holds one of them); redo generates again.
class GenerateProjectsCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateProjectsCommand)

public:
    GenerateProjectsCommand(History& history,
                            cc::AssessmentId assessment,
                            QString language,
                            cc::GenerationOutcome outcome)
        : AppliedCommand(history, tr("Generate projects"))
        , m_assessment(std::move(assessment))
        , m_language(std::move(language))
        , m_outcome(std::move(outcome))
    { }

protected:
    cc::Result<void> applyUndo() override { return history().workspace().projects().undoGeneration(m_outcome); }
    cc::Result<void> applyRedo() override
    {
        auto again = history().workspace().projects().generate(m_assessment, m_language, m_outcome.addedByOrigin);
        if (!again)
            return again.error();
        m_outcome = std::move(again).value();
        return {};
    }
    void announce(ChangeHub& changes) const override { emit changes.projectsChanged(); }

private:
    cc::AssessmentId m_assessment;
    QString m_language;
    cc::GenerationOutcome m_outcome;
};

// 打包立项: undo takes the bundle apart (refused while a plan lists it); redo bundles again under
// the same ID.
class BundleProjectsCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(BundleProjectsCommand)

public:
    BundleProjectsCommand(History& history, const cc::Project& bundle, std::vector<cc::ProjectId> items)
        : AppliedCommand(history, tr("Bundle %1").arg(bundle.name))
        , m_bundle(bundle.id)
        , m_name(bundle.name)
        , m_items(std::move(items))
    { }

protected:
    cc::Result<void> applyUndo() override { return history().workspace().projects().unbundle(m_bundle); }
    cc::Result<void> applyRedo() override
    {
        auto again = history().workspace().projects().bundle(m_name, m_items, m_bundle);
        if (!again)
            return again.error();
        return {};
    }
    void announce(ChangeHub& changes) const override { emit changes.projectsChanged(); }

private:
    cc::ProjectId m_bundle;
    QString m_name;
    std::vector<cc::ProjectId> m_items;
};

class ProjectCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)

public:
    static QString decide(bool accept, int n)
    {
        return accept ? tr("Accept %n project(s)", nullptr, n) : tr("Reject %n project(s)", nullptr, n);
    }
    static QString edit(const QString& name) { return tr("Edit %1").arg(name); }
};

} // namespace

namespace commands {

cc::Result<cc::GenerationOutcome>
generateProjects(History& history, const cc::AssessmentId& assessment, const QString& language)
{
    auto outcome = history.workspace().projects().generate(assessment, language);
    if (outcome)
        history.push(new GenerateProjectsCommand(history, assessment, language, *outcome));
    return outcome;
}

cc::Result<std::vector<cc::Project>>
decideProjects(History& history, const std::vector<cc::Project>& projects, bool accept, const QString& reason)
{
    std::vector<cc::ProjectId> ids;
    for (const cc::Project& p : projects)
        ids.push_back(p.id);
    auto decided = history.workspace().projects().decideAll(ids, accept, reason); // all or none
    if (decided)
        history.push(new ProjectChangeCommand(
            history, ProjectCommandText::decide(accept, static_cast<int>(projects.size())), projects, *decided));
    return decided;
}

cc::Result<cc::Project> editProject(History& history, const cc::Project& edited)
{
    cc::ProjectService& service = history.workspace().projects();
    auto current = service.resolve(edited.id.toString());
    if (!current)
        return current.error();
    auto saved = service.update(edited); // fields and status in one transaction
    if (saved)
        history.push(new ProjectChangeCommand(history, ProjectCommandText::edit(saved->name), {*current}, {*saved}));
    return saved;
}

cc::Result<cc::Project> bundleProjects(History& history, const QString& name, const std::vector<cc::ProjectId>& items)
{
    auto bundle = history.workspace().projects().bundle(name, items);
    if (bundle)
        history.push(new BundleProjectsCommand(history, *bundle, items));
    return bundle;
}

} // namespace commands
