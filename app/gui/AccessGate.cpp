// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AccessGate.h"

#include "core/util/ServerAddress.h"

#include <QAbstractButton>
#include <QAction>
#include <QWidget>

#include <functional>
#include <utility>
#include <vector>

void AccessGate::apply(QWidget* window, const cc::Access& access)
{
    using Rule = std::pair<const char*, bool>;
    // Object names (forms/*.ui) and whether this person may use them.
    const std::vector<Rule> rules {
        // admin: the indicator sets and the database's report settings
        {"importSetAction", access.administer},
        {"editSetPushButton", access.administer},
        {"reportSettingsAction", access.administer},
        // planner: the register, the lists, projects and plans
        {"newCommunityAction", access.plan},
        {"importCommunitiesAction", access.plan},
        {"editCommunityAction", access.plan},
        {"newCommunityPushButton", access.plan},
        {"editCommunityPushButton", access.plan},
        {"buildingsAction", access.plan || access.assess},
        {"buildingsPushButton", access.plan || access.assess},
        {"generateProjectsAction", access.plan},
        {"generateProjectsPushButton", access.plan},
        {"addDemandPushButton", access.plan},
        {"importDemandsPushButton", access.plan},
        {"importTalliesPushButton", access.plan},
        {"removeDemandPushButton", access.plan},
        {"addResourcePushButton", access.plan},
        {"importResourcesPushButton", access.plan},
        {"removeResourcePushButton", access.plan},
        {"listsUndoPushButton", access.plan},
        {"listsRedoPushButton", access.plan},
        {"acceptPushButton", access.plan},
        {"rejectPushButton", access.plan},
        {"editPushButton", access.plan},
        {"bundlePushButton", access.plan},
        {"undoPushButton", access.plan},
        {"redoPushButton", access.plan},
        {"buildPushButton", access.plan},
        {"saveTextsPushButton", access.plan},
        // reviewer: approving and returning
        {"approveChecksPushButton", access.review},
        {"returnChecksPushButton", access.review},
        // assessor: starting a check
        {"newAssessmentAction", access.assess},
        {"newAssessmentPushButton", access.assess},
        // a file's own care, and bundles (a server is backed up by its administrator, docs/server.md)
        {"checkDatabaseAction", !access.server},
        {"backupNowAction", !access.server},
        {"restoreBackupAction", !access.server},
        {"backupFolderAction", !access.server},
        {"exportBundleAction", !access.server},
        {"importBundleAction", !access.server},
    };
    for (const auto& [name, allowed] : rules) {
        const QString objectName = QString::fromLatin1(name);
        for (QAction* action : window->findChildren<QAction*>(objectName))
            action->setVisible(allowed);
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>(objectName))
            button->setVisible(allowed);
    }
}

QString AccessGate::roleTitle(const cc::Access& access)
{
    if (access.administer)
        return tr("admin");
    if (access.review)
        return tr("reviewer");
    if (access.plan)
        return tr("planner");
    return tr("assessor");
}

QString AccessGate::serverTitle(const cc::Access& access, const QString& address)
{
    if (!access.server)
        return {};
    const auto parsed = cc::ServerAddress::parse(address);
    if (!parsed)
        return address;
    return tr("%1 on %2 (%3, %4)").arg(parsed->database, parsed->host, access.user, roleTitle(access));
}
