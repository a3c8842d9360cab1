// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Bundle.h"

#include <QCryptographicHash>

namespace cc::ExchangeHash {

namespace {

QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString answer(const StoredAnswer& a)
{
    // One field per line, each tagged, so that no two different answers give the same text.
    const QString number = a.valueNum.isNull() ? QStringLiteral("-") : QString::number(a.valueNum.toDouble(), 'g', 17);
    const QString text = a.valueText.isNull() ? QStringLiteral("-") : QStringLiteral("=") + a.valueText.toString();
    return sha256(QStringLiteral("n:") + number + QStringLiteral("\nt:") + text + QStringLiteral("\nna:")
                  + (a.notApplicable ? u'1' : u'0') + QStringLiteral("\nnote:") + a.note + QStringLiteral("\nco:")
                  + (a.carriedOver ? u'1' : u'0'));
}

QString state(AssessmentStatus status, const QString& reviewComment)
{
    return sha256(QStringLiteral("s:") + toString(status) + QStringLiteral("\nc:") + reviewComment);
}

QString photo(const Photo& p)
{
    return sha256(QStringLiteral("sha:") + p.storedSha256 + QStringLiteral("\ncaption:") + p.caption);
}

QString photoItem(const PhotoId& id)
{
    return QStringLiteral("#photo:") + id.toString();
}

} // namespace cc::ExchangeHash

namespace cc {

QString StoredAnswer::text() const
{
    if (notApplicable)
        return note.isEmpty() ? QStringLiteral("N/A") : QStringLiteral("N/A (%1)").arg(note);
    if (!valueNum.isNull())
        return QString::number(valueNum.toDouble(), 'g', 12);
    if (!valueText.isNull())
        return valueText.toString();
    return {};
}

} // namespace cc
