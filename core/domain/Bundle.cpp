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

// Each field with its length first, so that no two different answers give the same text.
QString framed(std::initializer_list<QString> fields)
{
    QString out;
    for (const QString& f : fields)
        out += QString::number(f.size()) + u':' + f + u'\n';
    return out;
}

QString answer(const StoredAnswer& a)
{
    const QString number = a.valueNum.isNull() ? QStringLiteral("-") : QString::number(a.valueNum.toDouble(), 'g', 17);
    const QString text = a.valueText.isNull() ? QStringLiteral("-") : QStringLiteral("=") + a.valueText.toString();
    return sha256(framed({number,
                          text,
                          a.notApplicable ? QStringLiteral("1") : QStringLiteral("0"),
                          a.note,
                          a.carriedOver ? QStringLiteral("1") : QStringLiteral("0")}));
}

QString state(AssessmentStatus status, const QString& reviewComment)
{
    return sha256(framed({toString(status), reviewComment}));
}

QString photo(const Photo& p)
{
    return sha256(framed({p.storedSha256, p.caption}));
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
