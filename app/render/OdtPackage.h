// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// An OpenDocument package: a ZIP file whose first entry is the uncompressed `mimetype`, with
// META-INF/manifest.xml listing the rest. The XML entries are deflated with zlib; the pictures,
// JPEG and PNG already, are stored as they are. Written by hand because Qt's ODF writer leaves out
// the East Asian font properties (style:font-size-asian …), without which word processors show
// every Chinese character in the default size and weight.
class OdtPackage final
{
public:
    explicit OdtPackage(QByteArray mimeType = QByteArrayLiteral("application/vnd.oasis.opendocument.text"));

    // `mediaType` text/xml entries are deflated, the others stored.
    void add(const QString& path, const QByteArray& bytes, const QString& mediaType);
    // The whole file: mimetype, the entries in order, the manifest, the central directory. None when
    // it would exceed what a ZIP without the 64-bit extension holds (4 GiB, 65,535 entries).
    std::optional<QByteArray> finish() const;

private:
    struct Entry
    {
        QString path;
        QByteArray bytes;
        QString mediaType;
    };
    QByteArray m_mimeType;
    std::vector<Entry> m_entries;
};
