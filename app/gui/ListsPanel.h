// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Planning.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ListsPanel;
}
namespace cc {
class Workspace;
}
class QUndoStack;

// 需求清单 (residents' demands and survey tallies) and 资源清单 (rooms, land, funds, operators): add,
// remove, import tallies from CSV; adds and removals undoable and audited.
class ListsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsPanel)

public:
    ListsPanel(cc::Workspace& workspace, QWidget* parent = nullptr);
    ~ListsPanel() override;

    QUndoStack* undoStack() const { return m_undo; }
    // Actions without dialogs, also for tests.
    bool addDemand(const cc::Demand& demand, const QString& communityCode);
    bool addResource(const cc::Resource& resource, const QString& communityCode);
    bool importTallies(const QString& communityCode, const QString& path);
    int demandCount() const;
    int resourceCount() const;

public slots:
    void reload();
    void retranslate();

signals:
    void listsChanged();

private slots:
    void onAddDemandClicked();
    void onImportTalliesClicked();
    void onRemoveDemandClicked();
    void onAddResourceClicked();
    void onRemoveResourceClicked();

private:
    void afterUndo(const QString& error);

    std::unique_ptr<Ui::ListsPanel> m_ui;
    cc::Workspace& m_workspace;
    QUndoStack* m_undo;
    std::vector<cc::Demand> m_demands;
    std::vector<cc::Resource> m_resources;
};
