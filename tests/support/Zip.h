// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the ZIP packages the app writes (ODT), independently of its writer: zlib inflates and
// checks each entry's CRC. For tests only.
#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#define ZLIB_CONST
#include <zlib.h>

namespace testing {

struct ZipEntry
{
    QString name;
    QByteArray data;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 packedSize = 0;
};

inline QByteArray inflated(const QByteArray& packed, quint32 size)
{
    z_stream stream {};
    REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<const Bytef*>(packed.constData());
    stream.avail_in = static_cast<uInt>(packed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    CHECK(rc == Z_STREAM_END);
    CHECK(stream.total_out == size);
    return out;
}

// The entries of the ZIP, in file order, each inflated and its CRC checked with zlib (not with the
// writer's own code).
inline QList<ZipEntry> unzip(const QByteArray& zip)
{
    QList<ZipEntry> entries;
    qsizetype at = 0;
    const auto u16 = [&](qsizetype p) { return qFromLittleEndian<quint16>(zip.constData() + p); };
    const auto u32 = [&](qsizetype p) { return qFromLittleEndian<quint32>(zip.constData() + p); };
    while (at + 30 <= zip.size() && u32(at) == 0x04034b50) {
        ZipEntry e;
        e.method = u16(at + 8);
        REQUIRE((e.method == 0 || e.method == 8));
        const quint32 crc = u32(at + 14);
        e.packedSize = u32(at + 18);
        const quint32 size = u32(at + 22);
        const quint16 nameLength = u16(at + 26);
        const quint16 extra = u16(at + 28);
        e.name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        const QByteArray packed = zip.mid(at + 30 + nameLength + extra, e.packedSize);
        e.data = e.method == 8 ? inflated(packed, size) : packed;
        CHECK(e.data.size() == static_cast<qsizetype>(size));
        CHECK(::crc32(0L, reinterpret_cast<const Bytef*>(e.data.constData()), static_cast<uInt>(e.data.size())) == crc);
        at += 30 + nameLength + extra + e.packedSize;
        entries.append(e);
    }
    // Then the central directory (what word processors read first): one record per entry, same
    // names, each pointing at its local header; then the end record with the count.
    qsizetype offsetCheck = 0;
    for (const ZipEntry& e : entries) {
        REQUIRE(u32(at) == 0x02014b50);
        const quint16 nameLength = u16(at + 28);
        CHECK(QString::fromUtf8(zip.mid(at + 46, nameLength)) == e.name);
        CHECK(u16(at + 10) == e.method);
        CHECK(u32(at + 42) == offsetCheck);
        CHECK(u32(at + 20) == e.packedSize);
        CHECK(u32(at + 24) == static_cast<quint32>(e.data.size()));
        offsetCheck += 30 + e.name.toUtf8().size() + e.packedSize;
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    REQUIRE(u32(at) == 0x06054b50);
    CHECK(u16(at + 10) == entries.size());
    CHECK(at + 22 == zip.size());
    return entries;
}

} // namespace testing
