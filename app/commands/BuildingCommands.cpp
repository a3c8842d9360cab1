// SPDX-License-Identifier: GPL-3.0-or-later
// 小区 and 楼栋: a building added, edited or deleted, a table imported. Each step is undone by
// putting the community's buildings back as they were, and redone by putting them as they became.
#include "app/commands/AppliedCommand.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace {

class BuildingCommandText
{
    Q_DECLARE_TR_FUNCTIONS(BuildingCommands)

public:
    static QString add(const QString& label) { return tr("Add building %1").arg(label); }
    static QString edit(const QString& label) { return tr("Edit building %1").arg(label); }
    static QString remove(const QString& label) { return tr("Delete building %1").arg(label); }
    static QString import(const QString& file) { return tr("Import buildings from %1").arg(file); }
    static QString ledger(const QString& building, const QString& item)
    {
        return tr("Ledger %1 %2").arg(building, item);
    }
};

class BuildingsCommand final : public AppliedCommand
{
public:
    BuildingsCommand(History& history,
                     const QString& text,
                     cc::CommunityId community,
                     std::vector<cc::Building> before,
                     std::vector<cc::Building> after)
        : AppliedCommand(history, text)
        , m_community(std::move(community))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

protected:
    cc::Result<void> applyUndo() override { return buildings().restore(m_community, m_after, m_before); }
    cc::Result<void> applyRedo() override { return buildings().restore(m_community, m_before, m_after); }
    void announce(ChangeHub& changes) const override { emit changes.registerChanged(); }

private:
    cc::BuildingService& buildings() { return history().workspace().buildings(); }

    cc::CommunityId m_community;
    std::vector<cc::Building> m_before;
    std::vector<cc::Building> m_after;
};

// One ledger entry from one value to another (none: not recorded).
class LedgerCommand final : public AppliedCommand
{
public:
    LedgerCommand(History& history,
                  cc::AssessmentId check,
                  std::optional<cc::LedgerEntry> before,
                  std::optional<cc::LedgerEntry> after)
        : AppliedCommand(
            history, BuildingCommandText::ledger((after ? *after : *before).number, (after ? *after : *before).item))
        , m_check(std::move(check))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    bool concerns(const cc::AssessmentId& assessment) const override { return assessment == m_check; }

    static cc::Result<void> apply(cc::BuildingService& buildings,
                                  const cc::AssessmentId& check,
                                  const std::optional<cc::LedgerEntry>& to,
                                  const cc::LedgerEntry& key)
    {
        return to ? buildings.setLedgerEntry(check, *to) : buildings.clearLedgerEntry(check, key);
    }

protected:
    cc::Result<void> applyUndo() override { return apply(buildings(), m_check, m_before, key()); }
    cc::Result<void> applyRedo() override { return apply(buildings(), m_check, m_after, key()); }
    void announce(ChangeHub& changes) const override { emit changes.ledgerChanged(m_check); }

private:
    cc::BuildingService& buildings() { return history().workspace().buildings(); }
    const cc::LedgerEntry& key() const { return m_after ? *m_after : *m_before; }

    cc::AssessmentId m_check;
    std::optional<cc::LedgerEntry> m_before;
    std::optional<cc::LedgerEntry> m_after;
};

// Runs `change` between two readings of the community's buildings and pushes the step that goes
// from one to the other.
template <typename T, typename Change>
cc::Result<T> recorded(History& history, const cc::Community& community, const QString& text, Change change)
{
    cc::BuildingService& buildings = history.workspace().buildings();
    auto before = buildings.list(community.code);
    if (!before)
        return before.error();
    auto changed = change(buildings);
    if (!changed)
        return changed.error();
    auto after = buildings.list(community.code);
    if (!after)
        return after.error();
    history.push(
        new BuildingsCommand(history, text, community.id, std::move(before).value(), std::move(after).value()));
    return changed;
}

} // namespace

namespace commands {

cc::Result<cc::Building> saveBuilding(History& history, const cc::Community& community, const cc::Building& building)
{
    const bool added = building.id.isNull();
    return recorded<cc::Building>(history,
                                  community,
                                  added ? BuildingCommandText::add(building.label())
                                        : BuildingCommandText::edit(building.label()),
                                  [&](cc::BuildingService& buildings) { return buildings.save(building); });
}

cc::Result<void> removeBuilding(History& history, const cc::Community& community, const cc::Building& building)
{
    return recorded<void>(history,
                          community,
                          BuildingCommandText::remove(building.label()),
                          [&](cc::BuildingService& buildings) { return buildings.remove(building); });
}

cc::Result<void> setLedgerEntry(History& history,
                                const cc::AssessmentId& check,
                                const std::optional<cc::LedgerEntry>& before,
                                const std::optional<cc::LedgerEntry>& after)
{
    if (!before && !after)
        return {};
    auto stored = LedgerCommand::apply(history.workspace().buildings(), check, after, after ? *after : *before);
    if (!stored)
        return stored;
    history.push(new LedgerCommand(history, check, before, after));
    return {};
}

cc::Result<cc::BuildingsImported>
importBuildings(History& history, const cc::Community& community, const QString& path, const QString& fileName)
{
    return recorded<cc::BuildingsImported>(
        history, community, BuildingCommandText::import(fileName), [&](cc::BuildingService& buildings) {
            return buildings.importFile(community.code, path, false);
        });
}

} // namespace commands
