// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace cc {

bool ServerAddress::isServerAddress(const QString& text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&](const QString& why) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a server address of the form postgresql://USER@HOST:PORT/DATABASE: %2")
                             .arg(QUrl(text).toString(QUrl::RemovePassword), why));
    };
    if (!isServerAddress(text) || !url.isValid())
        return invalid(url.errorString());
    if (!url.password().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A password may not be written in the server address (it would stay in the shell's "
                            "history and in settings). Put it in ~/.pgpass (see docs/server.md), or let the "
                            "app ask for it."));
    }
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.user.isEmpty())
        return invalid(tr("the user name is missing"));
    if (address.host.isEmpty())
        return invalid(tr("the host is missing"));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return invalid(tr("the database name is missing"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode")
            return invalid(tr("only sslmode may follow the database name, not %1").arg(key));
        address.sslMode = value;
    }
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

} // namespace cc
