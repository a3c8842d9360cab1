// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QLineEdit;

// A quantity, area, amount or cost typed into a dialog's field: a decimal that is not negative
// (cc::parseDecimal). Empty is none; anything else is none plus a problem that names the field.
std::optional<double> readAmount(const QLineEdit* edit, const QString& label, QStringList& problems);
