// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppEnvironment.h"

#include "app/common/Settings.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>

namespace appenv {

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR") || message.startsWith(u"Unable to free statement"))
        return;
    qt_message_output(type, context, message);
}

} // namespace

void installQuietMessages()
{
    qInstallMessageHandler(quietHandler);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityCheck"));
    QCoreApplication::setApplicationName(QStringLiteral("communitycheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("communitycheck.sqlite"));
}

QString defaultBackupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

QString normalizeLanguage(const QString& language)
{
    const QString l = language.trimmed().toLower().replace(u'-', u'_');
    if (l == u"en" || l.startsWith(u"en_") || l == u"english")
        return QStringLiteral("en");
    if (l == u"zh" || l.startsWith(u"zh_") || l == u"中文")
        return QStringLiteral("zh_CN");
    return {};
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qtBase = nullptr;
    for (QTranslator** t : {&ours, &qtBase}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // Source strings are English; English still loads its catalogue for plural forms.
    const QLocale locale(language == u"en" ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    QLocale::setDefault(locale);
    ours = new QTranslator(&app);
    const bool loaded = ours->load(locale, QStringLiteral("cc"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    if (language != u"en") {
        qtBase = new QTranslator(&app);
        if (qtBase->load(locale,
                         QStringLiteral("qtbase"),
                         QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtBase);
    }
    return loaded;
}

QByteArray builtinSetJson()
{
    QFile file(QStringLiteral(":/indicators/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

cc::Result<void> installDefaultSetIfNone(cc::Workspace& workspace)
{
    auto sets = workspace.sets().list();
    if (!sets)
        return sets.error();
    const bool earlierBuiltin = std::any_of(
        sets->begin(), sets->end(), [](const cc::StoredSetVersion& s) { return s.builtin && s.code == u"JX-HSQ"; });
    if (!sets->empty() && !earlierBuiltin)
        return {}; // a database of the county's own sets only: left as it is
    auto installed = workspace.sets().installBuiltin(builtinSetJson()); // a no-op when this version is stored
    if (!installed)
        return installed.error();
    return {};
}

QString userName(const QString& given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    const QString saved = settings::assessorName.value();
    if (!saved.isEmpty())
        return saved;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login.isEmpty() ? QStringLiteral("unknown") : login;
}

bool isBundleFile(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(72);
        if (head.size() == 72 && head.startsWith("SQLite format 3"))
            return head.mid(68, 4) == "CCKB";
    }
    return QFileInfo(path).suffix().compare(QLatin1String("ccbundle"), Qt::CaseInsensitive) == 0;
}

} // namespace appenv
