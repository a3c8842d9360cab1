// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ServerPasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace cc {

namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}

} // namespace

void ServerPasswords::remember(const QString& address, const QString& password)
{
    const QMutexLocker lock(&mutex());
    passwords().insert(address, password);
}

void ServerPasswords::forget(const QString& address)
{
    const QMutexLocker lock(&mutex());
    passwords().remove(address);
}

QString ServerPasswords::forAddress(const QString& address)
{
    const QMutexLocker lock(&mutex());
    return passwords().value(address);
}

} // namespace cc
