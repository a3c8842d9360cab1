// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets (each includes it once): quiet logging, the bytes as Qt data, and
// a file for the readers that take a path (the XLSX reader, the bundle reader).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

#include <unistd.h>

// The readers log what they refuse (cc.import …): millions of lines would slow the run to a crawl.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    return 0;
}

namespace fuzz {

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// One scratch file per process (libFuzzer's workers are processes), rewritten for each input.
inline QString scratchFile(const uint8_t* data, size_t size, const char* suffix)
{
    static const QString path =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("cc-fuzz-%1%2").arg(::getpid()).arg(QString::fromLatin1(suffix)));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    return path;
}

} // namespace fuzz
