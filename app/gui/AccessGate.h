// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Access.h"

#include <QCoreApplication>

class QWidget;

// What the person's role on a county server does not allow is not offered: the actions and buttons
// of the main window and its panels are hidden by their object names (the server refuses them anyway).
// On a file everything is allowed, and what only a file has (its checks and backups, bundles) shows.
class AccessGate final
{
    Q_DECLARE_TR_FUNCTIONS(AccessGate)

public:
    static void apply(QWidget* window, const cc::Access& access);
    // The role as a person reads it, in the UI language.
    static QString roleTitle(const cc::Access& access);
    // "county1 on 192.168.1.20 (liming, assessor)" for the window title; empty on a file.
    static QString serverTitle(const cc::Access& access, const QString& address);
};
