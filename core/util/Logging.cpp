// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "cc.storage")
Q_LOGGING_CATEGORY(lcImport, "cc.import")
Q_LOGGING_CATEGORY(lcService, "cc.service")
