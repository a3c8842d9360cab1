// SPDX-License-Identifier: GPL-3.0-or-later
// 需求清单 and 资源清单: demands, survey tallies and resources added or removed.
#include "app/commands/AppliedCommand.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace {

class ListCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ListCommands)

public:
    static QString addDemand() { return tr("Add demand"); }
    static QString removeDemand() { return tr("Remove demand"); }
    static QString addResource() { return tr("Add resource"); }
    static QString removeResource() { return tr("Remove resource"); }
    static QString importTallies() { return tr("Import survey tallies"); }
    static QString importDemands() { return tr("Import demands"); }
    static QString importResources() { return tr("Import resources"); }
};

// The two service calls that put a record of a list back and take it away.
cc::Result<void> store(cc::ListsService& lists, const cc::Demand& d)
{
    return lists.restoreDemand(d);
}
cc::Result<void> drop(cc::ListsService& lists, const cc::Demand& d)
{
    return lists.removeDemand(d.id);
}
cc::Result<void> store(cc::ListsService& lists, const cc::Resource& r)
{
    return lists.restoreResource(r);
}
cc::Result<void> drop(cc::ListsService& lists, const cc::Resource& r)
{
    return lists.removeResource(r.id);
}
cc::Result<void> store(cc::ListsService& lists, const std::vector<cc::SurveyTally>& tallies)
{
    return lists.restoreTallies(tallies);
}
cc::Result<void> drop(cc::ListsService& lists, const std::vector<cc::SurveyTally>& tallies)
{
    return lists.removeTallies(tallies);
}
cc::Result<void> store(cc::ListsService& lists, const std::vector<cc::Demand>& demands)
{
    return lists.restoreDemands(demands);
}
cc::Result<void> drop(cc::ListsService& lists, const std::vector<cc::Demand>& demands)
{
    return lists.removeDemands(demands);
}
cc::Result<void> store(cc::ListsService& lists, const std::vector<cc::Resource>& resources)
{
    return lists.restoreResources(resources);
}
cc::Result<void> drop(cc::ListsService& lists, const std::vector<cc::Resource>& resources)
{
    return lists.removeResources(resources);
}

// A record of a list (a demand, a resource, an import's tallies) added or removed: undo does the
// opposite, redo does it again. Removing what a project has come to use since is refused by the
// service, and the step leaves the history.
template <typename Record>
class ListRecordCommand final : public AppliedCommand
{
public:
    ListRecordCommand(History& history, const QString& text, Record record, bool added)
        : AppliedCommand(history, text)
        , m_record(std::move(record))
        , m_added(added)
    { }

protected:
    cc::Result<void> applyUndo() override { return m_added ? drop(lists(), m_record) : store(lists(), m_record); }
    cc::Result<void> applyRedo() override { return m_added ? store(lists(), m_record) : drop(lists(), m_record); }
    void announce(ChangeHub& changes) const override { emit changes.listsChanged(); }

private:
    cc::ListsService& lists() { return history().workspace().lists(); }

    Record m_record;
    bool m_added;
};

template <typename Record>
void pushListCommand(History& history, const QString& text, Record record, bool added)
{
    history.push(new ListRecordCommand<Record>(history, text, std::move(record), added));
}

} // namespace

namespace commands {

cc::Result<cc::Demand> addDemand(History& history, const cc::Demand& demand, const QString& communityCode)
{
    auto added = history.workspace().lists().addDemand(demand, communityCode);
    if (added)
        pushListCommand(history, ListCommandText::addDemand(), *added, true);
    return added;
}

cc::Result<void> removeDemand(History& history, const cc::Demand& demand)
{
    if (auto removed = history.workspace().lists().removeDemand(demand.id); !removed)
        return removed.error();
    pushListCommand(history, ListCommandText::removeDemand(), demand, false);
    return {};
}

cc::Result<cc::ListImport<cc::SurveyTally>>
importTallies(History& history, const QString& communityCode, const QString& path)
{
    auto imported = history.workspace().lists().importTallies(communityCode, path);
    if (imported && !imported->added.empty())
        pushListCommand(history, ListCommandText::importTallies(), imported->added, true);
    return imported;
}

cc::Result<cc::ListImport<cc::Demand>> importDemands(History& history, const QString& path)
{
    auto imported = history.workspace().lists().importDemands(path);
    if (imported && !imported->added.empty())
        pushListCommand(history, ListCommandText::importDemands(), imported->added, true);
    return imported;
}

cc::Result<cc::ListImport<cc::Resource>> importResources(History& history, const QString& path)
{
    auto imported = history.workspace().lists().importResources(path);
    if (imported && !imported->added.empty())
        pushListCommand(history, ListCommandText::importResources(), imported->added, true);
    return imported;
}

cc::Result<cc::Resource> addResource(History& history, const cc::Resource& resource, const QString& communityCode)
{
    auto added = history.workspace().lists().addResource(resource, communityCode);
    if (added)
        pushListCommand(history, ListCommandText::addResource(), *added, true);
    return added;
}

cc::Result<void> removeResource(History& history, const cc::Resource& resource)
{
    if (auto removed = history.workspace().lists().removeResource(resource.id); !removed)
        return removed.error();
    pushListCommand(history, ListCommandText::removeResource(), resource, false);
    return {};
}

} // namespace commands
