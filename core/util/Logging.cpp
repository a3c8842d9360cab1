// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Logging.h"

// Debug messages (timings) are off unless asked for: QT_LOGGING_RULES="cc.*.debug=true".
Q_LOGGING_CATEGORY(lcStorage, "cc.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "cc.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "cc.service", QtInfoMsg)
