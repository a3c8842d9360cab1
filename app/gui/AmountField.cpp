// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AmountField.h"

#include "core/util/Decimal.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace {

class AmountFieldText
{
    Q_DECLARE_TR_FUNCTIONS(AmountField)

public:
    static QString notAnAmount(const QString& label, const QString& text)
    {
        return tr("%1: \"%2\" is not a number (digits and a '.', not negative)").arg(label, text);
    }
};

} // namespace

std::optional<double> readAmount(const QLineEdit* edit, const QString& label, QStringList& problems)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto value = cc::parseDecimal(text);
    if (!value || *value < 0 || text.startsWith(u'+')) {
        problems << AmountFieldText::notAnAmount(label, text);
        return std::nullopt;
    }
    return value;
}
