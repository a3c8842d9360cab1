// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/OdtPackage.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <array>

namespace {

void put16(QByteArray& out, quint32 v)
{
    out.append(static_cast<char>(v & 0xff));
    out.append(static_cast<char>((v >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

} // namespace

OdtPackage::OdtPackage(QByteArray mimeType)
    : m_mimeType(std::move(mimeType))
{ }

void OdtPackage::add(const QString& path, const QByteArray& bytes, const QString& mediaType)
{
    m_entries.push_back({path, bytes, mediaType});
}

quint32 OdtPackage::crc32(const QByteArray& bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes)
        c = table[(c ^ static_cast<quint8>(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::optional<QByteArray> OdtPackage::finish() const
{
    qint64 total = 0;
    for (const Entry& e : m_entries)
        total += e.bytes.size() + 2 * (30 + e.path.toUtf8().size());
    if (total > 0xFFFF0000LL || m_entries.size() > 0xFFF0)
        return std::nullopt;
    QByteArray manifest;
    {
        QXmlStreamWriter xml(&manifest);
        xml.writeStartDocument();
        const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
        xml.writeNamespace(ns, QStringLiteral("manifest"));
        xml.writeStartElement(ns, QStringLiteral("manifest"));
        xml.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.2"));
        const auto entry = [&](const QString& path, const QString& type) {
            xml.writeEmptyElement(ns, QStringLiteral("file-entry"));
            xml.writeAttribute(ns, QStringLiteral("full-path"), path);
            xml.writeAttribute(ns, QStringLiteral("media-type"), type);
        };
        entry(QStringLiteral("/"), QString::fromLatin1(m_mimeType));
        for (const Entry& e : m_entries)
            entry(e.path, e.mediaType);
        xml.writeEndElement();
        xml.writeEndDocument();
    }
    std::vector<Entry> all;
    all.push_back({QStringLiteral("mimetype"), m_mimeType, {}});
    all.insert(all.end(), m_entries.begin(), m_entries.end());
    all.push_back({QStringLiteral("META-INF/manifest.xml"), manifest, {}});

    const QDateTime now = QDateTime::currentDateTime();
    const quint32 dosTime =
        static_cast<quint32>((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
    const quint32 dosDate =
        static_cast<quint32>(((now.date().year() - 1980) << 9) | (now.date().month() << 5) | now.date().day());
    QByteArray out;
    QByteArray directory;
    for (const Entry& e : all) {
        const QByteArray name = e.path.toUtf8();
        const quint32 crc = crc32(e.bytes);
        const auto size = static_cast<quint32>(e.bytes.size());
        const auto offset = static_cast<quint32>(out.size());
        put32(out, 0x04034b50); // local file header
        put16(out, 20); // version needed
        put16(out, 0x0800); // flags: UTF-8 names
        put16(out, 0); // stored
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, static_cast<quint32>(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(e.bytes);

        put32(directory, 0x02014b50); // central directory header
        put16(directory, 20); // made by
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, static_cast<quint32>(name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory.append(name);
    }
    const auto directoryOffset = static_cast<quint32>(out.size());
    out.append(directory);
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint32>(all.size()));
    put16(out, static_cast<quint32>(all.size()));
    put32(out, static_cast<quint32>(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}
