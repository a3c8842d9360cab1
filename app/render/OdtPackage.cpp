// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/OdtPackage.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#define ZLIB_CONST
#include <zlib.h>

namespace {

quint32 crcOf(const QByteArray& bytes)
{
    return static_cast<quint32>(
        ::crc32_z(::crc32_z(0L, nullptr, 0), reinterpret_cast<const Bytef*>(bytes.constData()), bytes.size()));
}

// Raw DEFLATE (a ZIP entry's method 8), or nothing if zlib fails.
std::optional<QByteArray> deflated(const QByteArray& bytes)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<const Bytef*>(bytes.constData());
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    out.resize(static_cast<qsizetype>(stream.total_out));
    return out;
}

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
    all.push_back({QStringLiteral("META-INF/manifest.xml"), manifest, QStringLiteral("text/xml")});

    const QDateTime now = QDateTime::currentDateTime();
    const quint32 dosTime =
        static_cast<quint32>((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
    const quint32 dosDate =
        static_cast<quint32>(((now.date().year() - 1980) << 9) | (now.date().month() << 5) | now.date().day());
    QByteArray out;
    QByteArray directory;
    for (const Entry& e : all) {
        const QByteArray name = e.path.toUtf8();
        const quint32 crc = crcOf(e.bytes);
        const auto size = static_cast<quint32>(e.bytes.size());
        const auto offset = static_cast<quint32>(out.size());
        // The XML is deflated; the mimetype must stay stored, and JPEG/PNG would not shrink.
        std::optional<QByteArray> packed;
        if (e.mediaType == QLatin1String("text/xml"))
            packed = deflated(e.bytes);
        if (e.mediaType == QLatin1String("text/xml") && !packed)
            return std::nullopt;
        const QByteArray& data = packed ? *packed : e.bytes;
        const quint32 method = packed ? 8 : 0;
        const auto packedSize = static_cast<quint32>(data.size());
        put32(out, 0x04034b50); // local file header
        put16(out, 20); // version needed
        put16(out, 0x0800); // flags: UTF-8 names
        put16(out, method);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, packedSize);
        put32(out, size);
        put16(out, static_cast<quint32>(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(data);

        put32(directory, 0x02014b50); // central directory header
        put16(directory, 20); // made by
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, method);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, packedSize);
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
