// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class MainWindow;
class QWidget;

namespace testing {

// Opens every window and dialog of the app in turn, over the demo database the main window holds
// (the entry window of its first check, its submit, date and report dialogs, the register, new
// check, report settings, about, demand, resource and project dialogs), hands each to `visit`, then
// closes it. The main window itself is visited first.
void forEveryWindow(MainWindow& main, const std::function<void(QWidget&)>& visit);

} // namespace testing
