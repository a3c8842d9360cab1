// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Bundle.h"

#include <QCryptographicHash>

#include <charconv>
#include <iterator>

namespace cc::ExchangeHash {

namespace {

// Each field with its length in bytes first, so that no two different values give the same text.
class Framed
{
public:
    Framed& operator<<(QByteArrayView field)
    {
        char length[24];
        const auto written = std::to_chars(std::begin(length), std::end(length), field.size());
        m_hash.addData(QByteArrayView(length, written.ptr - length));
        m_hash.addData(QByteArrayView(":", 1));
        m_hash.addData(field);
        m_hash.addData(QByteArrayView("\n", 1));
        return *this;
    }
    Framed& operator<<(const QString& field) { return *this << QByteArrayView(field.toUtf8()); }
    QByteArray digest() const { return m_hash.result(); }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

} // namespace

QByteArray answerDigest(const double* valueNum,
                        const QByteArrayView* valueTextUtf8,
                        bool notApplicable,
                        QByteArrayView noteUtf8,
                        bool carriedOver)
{
    Framed out;
    if (valueNum)
        out << QByteArrayView(QByteArray::number(*valueNum, 'g', 17));
    else
        out << QByteArrayView("-");
    if (valueTextUtf8) {
        QByteArray text("=");
        text.append(*valueTextUtf8);
        out << QByteArrayView(text);
    } else
        out << QByteArrayView("-");
    out << QByteArrayView(notApplicable ? "1" : "0") << noteUtf8 << QByteArrayView(carriedOver ? "1" : "0");
    return out.digest();
}

QString answer(const StoredAnswer& a)
{
    const double number = a.valueNum.isNull() ? 0.0 : a.valueNum.toDouble();
    const QByteArray text = a.valueText.isNull() ? QByteArray() : a.valueText.toString().toUtf8();
    const QByteArrayView textView(text);
    return QString::fromLatin1(answerDigest(a.valueNum.isNull() ? nullptr : &number,
                                            a.valueText.isNull() ? nullptr : &textView,
                                            a.notApplicable,
                                            a.note.toUtf8(),
                                            a.carriedOver)
                                   .toHex());
}

QString state(AssessmentStatus status, const QString& reviewComment)
{
    return (Framed() << toString(status) << reviewComment).hex();
}

QString photo(const Photo& p)
{
    return (Framed() << p.storedSha256 << p.caption).hex();
}

QString ledger(const LedgerEntry& e)
{
    return (Framed() << QString::number(e.present ? 1 : 0) << e.severity << e.note).hex();
}

QString ledgerItem(const LedgerEntry& e)
{
    return QStringLiteral("#ledger:") + e.estate + u'/' + e.number + u'/' + e.item;
}

bool isLedgerItem(const QString& item)
{
    return item.startsWith(u"#ledger:");
}

bool isPhotoItem(const QString& item)
{
    return item.startsWith(u"#photo:");
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
