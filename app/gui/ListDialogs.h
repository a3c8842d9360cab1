// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Community.h"
#include "core/domain/Planning.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class DemandDialog;
class ResourceDialog;
} // namespace Ui

// A resident proposal for the 需求清单. Nothing is stored here: the caller adds `demand()`.
class DemandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandDialog)

public:
    DemandDialog(const std::vector<cc::Community>& communities, QWidget* parent = nullptr);
    ~DemandDialog() override;

    cc::Demand demand() const;
    QString communityCode() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::DemandDialog> m_ui;
};

// A room, land, fund or operator for the 资源清单, a community's or county-wide.
class ResourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDialog)

public:
    ResourceDialog(const std::vector<cc::Community>& communities, QWidget* parent = nullptr);
    ~ResourceDialog() override;

    const cc::Resource& resource() const { return m_resource; }
    QString communityCode() const { return m_communityCode; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ResourceDialog> m_ui;
    cc::Resource m_resource;
    QString m_communityCode;
};
