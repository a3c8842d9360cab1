// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SetService.h"

#include "core/io/IndicatorSetJson.h"
#include "core/io/IndicatorSetXlsx.h"
#include "core/storage/SetRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QVersionNumber>

namespace cc {

namespace {

// True when version a sorts before b: numerically by dotted parts ("2025.2" < "2025.10"), then as text.
bool versionLess(const QString& a, const QString& b)
{
    qsizetype suffixA = 0;
    qsizetype suffixB = 0;
    const QVersionNumber va = QVersionNumber::fromString(a, &suffixA);
    const QVersionNumber vb = QVersionNumber::fromString(b, &suffixB);
    if (const int cmp = QVersionNumber::compare(va, vb); cmp != 0)
        return cmp < 0;
    return a.mid(suffixA) < b.mid(suffixB);
}

} // namespace

SetService::SetService(storage::Database& db, const QString& userName)
    : m_db(db)
    , m_user(userName)
{ }

Result<SetImportOutcome> SetService::importJson(const QByteArray& json, const QString& sourceName, bool builtin)
{
    auto parsed = io::parseIndicatorSet(json, sourceName);
    if (!parsed)
        return parsed.error();
    return store(parsed.value(), sourceName, builtin);
}

Result<SetImportOutcome> SetService::saveEdited(const QJsonObject& document, const QString& basedOn)
{
    const QString source = tr("the set editor (from version %1)").arg(basedOn);
    auto parsed = io::parseIndicatorSet(document, source);
    if (!parsed)
        return parsed.error();
    auto stored = storage::reading(
        [&] { return storage::SetRepository(m_db.connection()).find(parsed->code, parsed->version).has_value(); });
    if (!stored)
        return stored.error();
    if (*stored)
        return makeError(ErrorCode::Conflict,
                         tr("The set %1 already has a version %2, and a stored version never changes; give the "
                            "edited set a new version.")
                             .arg(parsed->code, parsed->version));
    return store(*parsed, source, false);
}

Result<SetImportOutcome> SetService::store(const IndicatorSet& set, const QString& sourceName, bool builtin)
{
    const QByteArray canonical = io::canonicalBytes(set);
    const QString hash = io::contentHash(set);
    auto imported = storage::inTransaction(m_db, [&]() -> Result<SetImportOutcome> {
        storage::SetRepository repository(m_db.connection());
        if (const auto existing = repository.find(set.code, set.version)) {
            if (existing->contentSha256 == hash)
                return SetImportOutcome {existing->id, set.code, set.version, false};
            return makeError(ErrorCode::Conflict,
                             tr("%1: the set %2 version %3 is already stored with different content; give the "
                                "changed set a new version.")
                                 .arg(sourceName, set.code, set.version));
        }
        const SetVersionId id = repository.insert(set, canonical, hash, builtin, m_user);
        storage::SettingsRepository(m_db.connection())
            .appendAudit(AuditEntry {QDateTime::currentDateTimeUtc(),
                                     m_user,
                                     QStringLiteral("indicator_set"),
                                     id.toString(),
                                     QStringLiteral("import"),
                                     {},
                                     set.code + u' ' + set.version,
                                     sourceName});
        return SetImportOutcome {id, set.code, set.version, true};
    });
    if (imported && imported->created)
        qCInfo(lcService) << "imported set" << set.code << set.version;
    return imported;
}

Result<SetImportOutcome> SetService::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QString name = QFileInfo(path).fileName();
    // By what the file holds: a ZIP (a workbook, or something else zipped) or an old Excel file goes
    // to the workbook reader, which says what it is; so does a file named as a workbook.
    const QByteArray magic = file.peek(8);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (magic.startsWith("PK\x03\x04") || magic.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")) || suffix == u"xlsx"
        || suffix == u"xls") {
        file.close();
        auto parsed = io::IndicatorSetXlsx::read(path, name);
        if (!parsed)
            return parsed.error();
        return store(parsed.value(), name, false);
    }
    return importJson(file.readAll(), name);
}

Result<std::vector<StoredSetVersion>> SetService::list()
{
    return storage::reading([&] { return storage::SetRepository(m_db.connection()).list(); });
}

Result<StoredSetVersion> SetService::find(const QString& code, const QString& version)
{
    return storage::reading([&]() -> Result<StoredSetVersion> {
        storage::SetRepository repository(m_db.connection());
        if (!version.isEmpty()) {
            if (auto record = repository.find(code, version))
                return *record;
            return makeError(ErrorCode::NotFound, tr("No indicator set %1 version %2 is stored.").arg(code, version));
        }
        auto versions = repository.versionsOf(code);
        if (versions.empty())
            return makeError(ErrorCode::NotFound, tr("No indicator set with the code %1 is stored.").arg(code));
        return *std::max_element(versions.begin(), versions.end(), [](const auto& a, const auto& b) {
            return versionLess(a.version, b.version);
        });
    });
}

Result<std::shared_ptr<const IndicatorSet>> SetService::load(const SetVersionId& id)
{
    if (auto it = m_cache.find(id.toString()); it != m_cache.end())
        return it->second;
    return storage::reading([&]() -> Result<std::shared_ptr<const IndicatorSet>> {
        const QByteArray content = storage::SetRepository(m_db.connection()).content(id);
        if (content.isEmpty())
            return makeError(ErrorCode::NotFound, tr("No indicator set version has the ID %1.").arg(id.toString()));
        auto parsed = io::parseIndicatorSet(content, id.toString());
        if (!parsed) // a stored set was validated on import, so this means the file was edited by hand
            return makeError(ErrorCode::Corrupt,
                             tr("The stored indicator set %1 cannot be read.").arg(id.toString()),
                             parsed.error().message);
        auto set = std::make_shared<const IndicatorSet>(std::move(parsed).value());
        m_cache.emplace(id.toString(), set);
        return set;
    });
}

Result<std::shared_ptr<const IndicatorSet>> SetService::load(const QString& code, const QString& version)
{
    auto record = find(code, version);
    if (!record)
        return record.error();
    return load(record->id);
}

Result<void> SetService::exportToFile(const QString& code, const QString& version, const QString& path)
{
    auto set = load(code, version);
    if (!set)
        return set.error();
    if (QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0)
        return io::IndicatorSetXlsx::write(**set, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = io::writeIndicatorSet(**set);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<std::vector<std::pair<QString, QString>>> SetService::communityTypes(const QString& language)
{
    return storage::reading(
        [&] { return storage::SetRepository(m_db.connection()).communityTypes(language.startsWith(u"en")); });
}

} // namespace cc
