// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/domain/Planning.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class ListsPanel;
}
namespace cc {
class Workspace;
}
class History;

// 需求清单 (residents' demands and survey tallies) and 资源清单 (rooms, land, funds, operators): add,
// remove, import tallies from CSV; each change one step of the database's history, audited.
class ListsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsPanel)

public:
    ListsPanel(History& history, QWidget* parent = nullptr);
    ~ListsPanel() override;

    // Actions without dialogs, also for tests.
    bool addDemand(const cc::Demand& demand, const QString& communityCode);
    bool addResource(const cc::Resource& resource, const QString& communityCode);
    bool importTallies(const QString& communityCode, const QString& path);
    // What the tab lists (read on first use: the tab loads when first shown).
    int demandCount();
    int resourceCount();

public slots:
    void reload();
    void retranslate();

private slots:
    void onAddDemandClicked();
    void onImportTalliesClicked();
    void onRemoveDemandClicked();
    void onAddResourceClicked();
    void onRemoveResourceClicked();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The communities to choose from, or none (after saying why).
    std::optional<std::vector<cc::Community>> communities();

    std::unique_ptr<Ui::ListsPanel> m_ui;
    History& m_history;
    cc::Workspace& m_workspace;
    std::vector<cc::Demand> m_demands;
    std::vector<cc::Resource> m_resources;
    bool m_loaded = false; // read when first shown (a province's lists need not slow the start)
};
