// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BundleFile.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/BuildingRepository.h"

#include "core/storage/CommunityRepository.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>
#include <map>

namespace cc::storage {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sets (code TEXT NOT NULL, version TEXT NOT NULL, content BLOB NOT NULL, sha256 TEXT NOT NULL,"
    " PRIMARY KEY (code, version))",
    "CREATE TABLE communities (uuid TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,"
    " city TEXT NOT NULL, county TEXT NOT NULL, street TEXT NOT NULL, households INTEGER, buildings INTEGER,"
    " population INTEGER, area_ha REAL, build_year INTEGER, pilot INTEGER NOT NULL, latitude REAL,"
    " longitude REAL, note TEXT NOT NULL)",
    "CREATE TABLE assessments (uuid TEXT PRIMARY KEY, community_uuid TEXT NOT NULL, set_code TEXT NOT NULL,"
    " set_version TEXT NOT NULL, round_year INTEGER NOT NULL, round_label TEXT NOT NULL, assessors TEXT NOT NULL,"
    " status TEXT NOT NULL, review_comment TEXT NOT NULL, check_date TEXT, created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL, submitted_at TEXT, previous_uuid TEXT)",
    "CREATE TABLE responses (assessment_uuid TEXT NOT NULL, indicator_code TEXT NOT NULL, value_num REAL,"
    " value_text TEXT, not_applicable INTEGER NOT NULL, note TEXT NOT NULL, carried_over INTEGER NOT NULL,"
    " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, removed INTEGER NOT NULL,"
    " PRIMARY KEY (assessment_uuid, indicator_code))",
    "CREATE TABLE photos (uuid TEXT PRIMARY KEY, assessment_uuid TEXT NOT NULL, indicator_code TEXT NOT NULL,"
    " original_sha256 TEXT NOT NULL, stored_sha256 TEXT NOT NULL, original_name TEXT NOT NULL,"
    " original_size INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, caption TEXT NOT NULL,"
    " taken_at TEXT, gps_latitude REAL, gps_longitude REAL, gps_altitude REAL, position INTEGER NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE photo_blobs (sha256 TEXT PRIMARY KEY, image BLOB NOT NULL, thumbnail BLOB NOT NULL)",
    "CREATE TABLE photo_removals (assessment_uuid TEXT NOT NULL, photo_uuid TEXT NOT NULL,"
    " PRIMARY KEY (assessment_uuid, photo_uuid))",
    "CREATE TABLE agreements (assessment_uuid TEXT NOT NULL, peer TEXT NOT NULL, item TEXT NOT NULL,"
    " hash TEXT NOT NULL, PRIMARY KEY (assessment_uuid, peer, item))",
    "CREATE TABLE buildings (uuid TEXT PRIMARY KEY, community_uuid TEXT NOT NULL, estate TEXT NOT NULL,"
    " number TEXT NOT NULL, address TEXT NOT NULL, storeys INTEGER, dwellings INTEGER, build_year INTEGER,"
    " structure TEXT NOT NULL, lift INTEGER, note TEXT NOT NULL)",
    "CREATE TABLE ledger (assessment_uuid TEXT NOT NULL, building_uuid TEXT NOT NULL, item TEXT NOT NULL,"
    " present INTEGER NOT NULL, severity TEXT NOT NULL, note TEXT NOT NULL, updated_at TEXT NOT NULL,"
    " updated_by TEXT NOT NULL, PRIMARY KEY (assessment_uuid, building_uuid, item))",
    "CREATE TABLE audit (uuid TEXT PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, entity TEXT NOT NULL,"
    " entity_uuid TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT NOT NULL)",
};

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

void exec(QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery q = prepareOrThrow(db, sql, what);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values[i]);
    execOrThrow(q, what);
}

void writeAll(QSqlDatabase& connection, const Bundle& b, const BundleFile::PhotoSource& photos)
{
    const QString what = BundleFile::tr("writing the bundle");
    // Each statement prepared once: a bundle of a thousand checks has a hundred thousand answers.
    std::map<QString, QSqlQuery> prepared;
    const auto exec = [&](QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& context) {
        auto it = prepared.find(sql);
        if (it == prepared.end())
            it = prepared.emplace(sql, prepareOrThrow(db, sql, context)).first;
        QSqlQuery& q = it->second;
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(static_cast<int>(i), values[i]);
        execOrThrow(q, context);
    };
    QSqlDatabase& db = connection;
    for (const char* sql : kSchema)
        exec(db, QString::fromLatin1(sql), {}, what);
    const BundleManifest& m = b.manifest;
    QStringList photoHashes;
    for (const BundleCheck& c : b.checks) {
        for (const Photo& p : c.photos)
            photoHashes << p.storedSha256;
    }
    photoHashes.removeDuplicates();
    int answers = 0;
    for (const BundleCheck& c : b.checks)
        answers += static_cast<int>(c.answers.size());
    const std::pair<const char*, QString> manifest[] = {
        {"format", QString::number(BundleFile::kFormatVersion)},
        {"created_at", timestamp(m.createdAt)},
        {"created_by", m.createdBy},
        {"machine", m.machine},
        {"source", m.source},
        {"description", m.description},
        {"checks", QString::number(b.checks.size())},
        {"answers", QString::number(answers)},
        {"photos", QString::number(photoHashes.size())},
        {"photo_sha256", photoHashes.join(u'\n')},
    };
    for (const auto& [key, value] : manifest)
        exec(
            db, QStringLiteral("INSERT INTO manifest VALUES (?, ?)"), {QString::fromLatin1(key), notNull(value)}, what);
    for (const BundleSet& s : b.sets)
        exec(db,
             QStringLiteral("INSERT INTO sets VALUES (?, ?, ?, ?)"),
             {notNull(s.code), notNull(s.version), s.content, notNull(s.sha256)},
             what);
    for (const Community& c : b.communities) {
        exec(db,
             QStringLiteral("INSERT INTO communities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {c.id.toString(),
              notNull(c.code),
              notNull(c.name),
              notNull(c.type),
              notNull(c.city),
              notNull(c.county),
              notNull(c.street),
              optional(c.households),
              optional(c.buildings),
              optional(c.population),
              optional(c.areaHa),
              optional(c.buildYear),
              c.pilot ? 1 : 0,
              optional(c.latitude),
              optional(c.longitude),
              notNull(c.note)},
             what);
    }
    for (const Building& building : b.buildings) {
        exec(db,
             QStringLiteral("INSERT INTO buildings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {building.id.toString(),
              building.communityId.toString(),
              notNull(building.estate),
              notNull(building.number),
              notNull(building.address),
              optional(building.storeys),
              optional(building.dwellings),
              optional(building.buildYear),
              notNull(building.structure),
              building.lift ? QVariant(*building.lift ? 1 : 0) : QVariant(),
              notNull(building.note)},
             what);
    }
    for (const BundleCheck& bc : b.checks) {
        const Assessment& a = bc.assessment;
        for (const LedgerEntry& e : bc.ledger)
            exec(db,
                 QStringLiteral("INSERT INTO ledger VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {a.id.toString(),
                  e.building.toString(),
                  notNull(e.item),
                  e.present ? 1 : 0,
                  notNull(e.severity),
                  notNull(e.note),
                  notNull(e.updatedAt),
                  notNull(e.updatedBy)},
                 what);
        exec(db,
             QStringLiteral("INSERT INTO assessments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {a.id.toString(),
              a.communityId.toString(),
              notNull(a.setCode),
              notNull(a.setVersion),
              a.round.year,
              notNull(a.round.label),
              notNull(a.assessors.join(u'\n')),
              toString(a.status),
              notNull(a.reviewComment),
              a.checkDate.isValid() ? QVariant(a.checkDate.toString(Qt::ISODate)) : QVariant(),
              timestamp(a.createdAt),
              timestamp(a.updatedAt),
              a.submittedAt.isValid() ? QVariant(timestamp(a.submittedAt)) : QVariant(),
              a.previous ? QVariant(a.previous->toString()) : QVariant()},
             what);
        for (const BundleAnswer& ba : bc.answers) {
            const StoredAnswer& r = ba.answer;
            exec(db,
                 QStringLiteral("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {a.id.toString(),
                  notNull(r.indicatorCode),
                  r.valueNum,
                  r.valueText,
                  r.notApplicable ? 1 : 0,
                  notNull(r.note),
                  r.carriedOver ? 1 : 0,
                  notNull(r.updatedAt),
                  notNull(r.updatedBy),
                  ba.removed ? 1 : 0},
                 what);
        }
        for (const PhotoId& removed : bc.removedPhotos)
            exec(db,
                 QStringLiteral("INSERT INTO photo_removals VALUES (?, ?)"),
                 {a.id.toString(), removed.toString()},
                 what);
        for (const Photo& p : bc.photos) {
            exec(db,
                 QStringLiteral("INSERT INTO photos VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {p.id.toString(),
                  a.id.toString(),
                  notNull(p.indicatorCode),
                  notNull(p.originalSha256),
                  notNull(p.storedSha256),
                  notNull(p.originalName),
                  p.originalSize,
                  p.width,
                  p.height,
                  notNull(p.caption),
                  p.takenAt.isValid() ? QVariant(p.takenAt.toString(Qt::ISODate)) : QVariant(),
                  optional(p.latitude),
                  optional(p.longitude),
                  optional(p.altitude),
                  p.position,
                  timestamp(p.createdAt)},
                 what);
        }
    }
    for (const QString& sha : std::as_const(photoHashes)) {
        const auto bytes = photos ? photos(sha) : std::nullopt;
        if (!bytes)
            throw StorageError {makeError(ErrorCode::NotFound,
                                          BundleFile::tr("The photo %1 cannot be read from the database.").arg(sha))};
        exec(db,
             QStringLiteral("INSERT INTO photo_blobs VALUES (?, ?, ?)"),
             {sha, bytes->image, bytes->thumbnail},
             what);
    }
    for (const BundleAgreement& g : b.agreements)
        exec(db,
             QStringLiteral("INSERT INTO agreements VALUES (?, ?, ?, ?)"),
             {g.assessment.toString(), notNull(g.peer), notNull(g.item), notNull(g.hash)},
             what);
    for (const auto& [uuid, e] : b.audit) {
        exec(db,
             QStringLiteral("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {notNull(uuid),
              timestamp(e.at),
              notNull(e.user),
              notNull(e.entity),
              notNull(e.entityUuid),
              notNull(e.field),
              e.oldValue.isNull() ? QVariant() : QVariant(e.oldValue),
              e.newValue.isNull() ? QVariant() : QVariant(e.newValue),
              notNull(e.reason)},
             what);
    }
}

QDateTime toTime(const QVariant& v)
{
    return v.isNull() ? QDateTime() : toDateTime(v);
}

} // namespace

Result<void> BundleFile::write(const QString& path, const Bundle& bundle, const PhotoSource& photos)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: the folder %2 does not exist.")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    const QString partial =
        target.absoluteFilePath() + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString connection = QStringLiteral("cc-bundle-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(partial);
        if (!db.open()) {
            result = makeError(ErrorCode::Io,
                               tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            try {
                // One transaction, journal in memory: the file is only ever renamed when complete.
                exec(db, QStringLiteral("PRAGMA journal_mode = MEMORY"), {}, tr("writing the bundle"));
                exec(
                    db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, tr("writing the bundle"));
                exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kFormatVersion), {}, tr("writing the bundle"));
                if (!db.transaction())
                    throw StorageError {makeError(ErrorCode::Io, db.lastError().text())};
                writeAll(db, bundle, photos);
                if (!db.commit())
                    throw StorageError {makeError(ErrorCode::Io, db.lastError().text())};
            } catch (const StorageError& e) {
                db.rollback();
                result = e.error;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (result) {
        std::error_code error;
        std::filesystem::rename(partial.toStdString(), target.absoluteFilePath().toStdString(), error);
        if (error)
            result = makeError(
                ErrorCode::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.message())));
    }
    if (!result)
        QFile::remove(partial);
    return result;
}

BundleFile::BundleFile(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
{ }

BundleFile::~BundleFile()
{
    m_ledger.reset(); // no query may outlive its connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<BundleFile>> BundleFile::open(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (!file.read(16).startsWith("SQLite format 3"))
        return makeError(ErrorCode::NotADatabase, tr("%1 is not a CommunityCheck bundle.").arg(shown));
    file.close();
    const QString connection = QStringLiteral("cc-bundle-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // No other handle of the connection may outlive the BundleFile, or removing it complains.
    std::unique_ptr<BundleFile> bundle(
        new BundleFile(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection), path));
    bundle->m_db.setDatabaseName(path);
    bundle->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!bundle->m_db.open())
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, bundle->m_db.lastError().text()));
    if (auto loaded = bundle->load(); !loaded)
        return loaded.error();
    return bundle;
}

Result<void> BundleFile::load()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const auto scalar = [&](const QString& sql) -> std::optional<QVariant> {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        return q.value(0);
    };
    const auto check = scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return makeError(ErrorCode::Corrupt, tr("%1 is damaged or truncated: it cannot be read.").arg(shown));
    if (check->toString() != u"ok")
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is damaged or truncated: %2").arg(shown, check->toString().left(200)));
    if (scalar(QStringLiteral("PRAGMA application_id")).value_or(0).toInt() != kApplicationId)
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is an SQLite file but not a CommunityCheck bundle.").arg(shown));
    const int version = scalar(QStringLiteral("PRAGMA user_version")).value_or(0).toInt();
    if (version > kFormatVersion)
        return makeError(ErrorCode::NewerSchema,
                         tr("%1 was written by a newer version of CommunityCheck (bundle format %2; this version "
                            "reads up to %3). Install the newer version to import it.")
                             .arg(shown)
                             .arg(version)
                             .arg(kFormatVersion));
    if (version < 1)
        return makeError(ErrorCode::NotADatabase, tr("%1 has no bundle format version.").arg(shown));
    try {
        const QString what = tr("reading the bundle %1").arg(shown);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const auto run = [&](const char* sql) {
            q = prepareOrThrow(m_db, QString::fromLatin1(sql), what);
            q.setForwardOnly(true);
            execOrThrow(q, what);
        };
        Bundle& b = m_bundle;
        run("SELECT key, value FROM manifest");
        QHash<QString, QString> manifest;
        while (q.next())
            manifest.insert(q.value(0).toString(), q.value(1).toString());
        if (!manifest.contains(QStringLiteral("created_at")) || !manifest.contains(QStringLiteral("checks")))
            return makeError(ErrorCode::InvalidInput, tr("%1 has no manifest.").arg(shown));
        b.manifest.formatVersion = version;
        b.manifest.createdAt = toDateTime(manifest.value(QStringLiteral("created_at")));
        b.manifest.createdBy = manifest.value(QStringLiteral("created_by"));
        b.manifest.machine = manifest.value(QStringLiteral("machine"));
        b.manifest.source = manifest.value(QStringLiteral("source"));
        b.manifest.description = manifest.value(QStringLiteral("description"));

        run("SELECT code, version, content, sha256 FROM sets ORDER BY code, version");
        while (q.next())
            b.sets.push_back(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toString()});

        run("SELECT uuid, code, name, type, city, county, street, households, buildings, population, area_ha,"
            " build_year, pilot, latitude, longitude, note FROM communities ORDER BY code");
        while (q.next()) {
            Community c = CommunityRepository::fromRow(q);
            if (c.id.isNull())
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the community %2 has no valid UUID.").arg(shown, c.code));
            b.communities.push_back(std::move(c));
        }

        QHash<QString, size_t> checkIndex;
        run("SELECT uuid, community_uuid, set_code, set_version, round_year, round_label, assessors, status,"
            " review_comment, check_date, created_at, updated_at, submitted_at, previous_uuid"
            " FROM assessments ORDER BY uuid");
        while (q.next()) {
            BundleCheck bc;
            Assessment& a = bc.assessment;
            a.id = AssessmentId::fromString(q.value(0).toString());
            a.communityId = CommunityId::fromString(q.value(1).toString());
            a.setCode = q.value(2).toString();
            a.setVersion = q.value(3).toString();
            a.round = Round {q.value(4).toInt(), q.value(5).toString()};
            a.assessors = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
            const auto status = assessmentStatusFromString(q.value(7).toString());
            a.reviewComment = q.value(8).toString();
            a.checkDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
            a.createdAt = toTime(q.value(10));
            a.updatedAt = toTime(q.value(11));
            a.submittedAt = toTime(q.value(12));
            if (!q.value(13).isNull())
                a.previous = AssessmentId::fromString(q.value(13).toString());
            if (a.id.isNull() || a.communityId.isNull() || !status)
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the check %2 is not well formed (UUID, community or state).")
                                     .arg(shown, q.value(0).toString()));
            a.status = *status;
            if (checkIndex.contains(a.id.toString()))
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the check %2 is listed twice.").arg(shown, a.id.toString()));
            checkIndex.insert(a.id.toString(), b.checks.size());
            b.checks.push_back(std::move(bc));
        }

        // Answers are copied as stored (also by INSERT … SELECT): each column must hold what the
        // database's own would.
        run("SELECT count(*) FROM responses WHERE (value_num IS NOT NULL AND typeof(value_num) NOT IN ('integer',"
            " 'real')) OR (value_text IS NOT NULL AND typeof(value_text) <> 'text') OR typeof(note) <> 'text'"
            " OR not_applicable NOT IN (0, 1) OR carried_over NOT IN (0, 1) OR removed NOT IN (0, 1)"
            " OR typeof(indicator_code) <> 'text' OR typeof(updated_at) <> 'text' OR typeof(updated_by) <> 'text'");
        if (q.next() && q.value(0).toLongLong() > 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: %2 answers are not well formed (a number that is not a number, a flag that is "
                                "not 0 or 1).")
                                 .arg(shown)
                                 .arg(q.value(0).toLongLong()));
        run("SELECT count(*), count(DISTINCT assessment_uuid || '/' || indicator_code) FROM responses");
        if (q.next() && q.value(0).toLongLong() != q.value(1).toLongLong())
            return makeError(ErrorCode::InvalidInput, tr("%1: an answer is listed twice.").arg(shown));
        // The answers are read per check (answers()); here only that each belongs to a check.
        run("SELECT indicator_code FROM responses WHERE assessment_uuid NOT IN (SELECT uuid FROM assessments)"
            " LIMIT 1");
        if (q.next())
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1: an answer to %2 belongs to no check of the bundle.").arg(shown, q.value(0).toString()));

        // The communities' buildings: each of a community of the bundle, once per 小区 and number.
        QSet<QString> communityIds;
        for (const Community& c : b.communities)
            communityIds.insert(c.id.toString());
        run("SELECT uuid, community_uuid, estate, number, address, storeys, dwellings, build_year, structure, lift,"
            " note FROM buildings WHERE (storeys IS NULL OR typeof(storeys) = 'integer') AND (dwellings IS NULL OR"
            " typeof(dwellings) = 'integer') AND (build_year IS NULL OR typeof(build_year) = 'integer')"
            " AND (lift IS NULL OR lift IN (0, 1)) ORDER BY rowid");
        QSet<QString> buildingKeys;
        while (q.next()) {
            Building building = BuildingRepository::fromRow(q);
            const QString key = building.communityId.toString() + u'/' + building.estate + u'/' + building.number;
            if (building.id.isNull() || !communityIds.contains(building.communityId.toString())
                || building.estate.trimmed().isEmpty() || building.number.trimmed().isEmpty()
                || buildingKeys.contains(key))
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the building %2 (%3) is not well formed (UUID, community, estate and number, "
                                    "once each).")
                                     .arg(shown, building.label(), q.value(0).toString()));
            buildingKeys.insert(key);
            b.buildings.push_back(std::move(building));
        }
        run("SELECT estate || ' ' || number || ' (' || uuid || ')' FROM buildings WHERE NOT ((storeys IS NULL OR"
            " typeof(storeys) = 'integer') AND (dwellings IS NULL OR typeof(dwellings) = 'integer') AND (build_year IS"
            " NULL OR typeof(build_year) = 'integer') AND (lift IS NULL OR lift IN (0, 1))) LIMIT 1");
        if (q.next())
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1: the figures of the building %2 are not whole numbers.").arg(shown, q.value(0).toString()));
        // The ledger is read per check (ledger()); here that each entry is well formed and belongs to
        // a check and a building of the bundle.
        run("SELECT count(*) FROM ledger WHERE assessment_uuid NOT IN (SELECT uuid FROM assessments)"
            " OR building_uuid NOT IN (SELECT uuid FROM buildings) OR present NOT IN (0, 1)"
            " OR severity NOT IN ('', 'serious', 'fairly_serious', 'general') OR typeof(note) <> 'text'"
            " OR typeof(item) <> 'text' OR typeof(updated_at) <> 'text' OR typeof(updated_by) <> 'text'");
        if (q.next() && q.value(0).toLongLong() > 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: %2 entries of the building ledger are not well formed or belong to no check or "
                                "building of the bundle.")
                                 .arg(shown)
                                 .arg(q.value(0).toLongLong()));
        run("SELECT count(*) FROM ledger l JOIN assessments a ON a.uuid = l.assessment_uuid"
            " JOIN buildings b ON b.uuid = l.building_uuid WHERE a.community_uuid <> b.community_uuid");
        if (q.next() && q.value(0).toLongLong() > 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: %2 entries of the building ledger are for buildings of another community than "
                                "their check's.")
                                 .arg(shown)
                                 .arg(q.value(0).toLongLong()));
        run("SELECT DISTINCT item FROM ledger");
        while (q.next()) {
            // A national item by its exact code, or one of a set's own (the bundle's sets were checked).
            const LedgerItem* known = nationalLedgerItem(q.value(0).toString());
            if (known ? known->code != q.value(0).toString() : !isLedgerItemCode(q.value(0).toString()))
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("%1: \"%2\" is not an item of the building ledger.").arg(shown, q.value(0).toString()));
        }

        QSet<QString> blobs;
        run("SELECT sha256, image FROM photo_blobs");
        while (q.next()) {
            const QString sha = q.value(0).toString();
            if (sha256Hex(q.value(1).toByteArray()) != sha)
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the photo %2 does not match its checksum; the bundle was changed or "
                                    "damaged on the way.")
                                     .arg(shown, sha));
            blobs.insert(sha);
        }
        run("SELECT uuid, assessment_uuid, indicator_code, original_sha256, stored_sha256, original_name,"
            " original_size, width, height, caption, taken_at, gps_latitude, gps_longitude, gps_altitude, position,"
            " created_at FROM photos ORDER BY assessment_uuid, indicator_code, position");
        while (q.next()) {
            const auto at = checkIndex.constFind(q.value(1).toString());
            Photo p = PhotoRepository::fromRow(q);
            if (at == checkIndex.constEnd() || p.id.isNull())
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the photo %2 belongs to no check of the bundle.").arg(shown, p.originalName));
            if (!blobs.contains(p.storedSha256))
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: the photo %2 (%3) is listed but its bytes are missing.")
                                     .arg(shown, p.originalName, p.storedSha256));
            p.assessmentId = b.checks[*at].assessment.id;
            b.checks[*at].photos.push_back(std::move(p));
        }

        run("SELECT assessment_uuid, photo_uuid FROM photo_removals ORDER BY assessment_uuid, photo_uuid");
        while (q.next()) {
            const auto at = checkIndex.constFind(q.value(0).toString());
            const PhotoId removed = PhotoId::fromString(q.value(1).toString());
            if (at == checkIndex.constEnd() || removed.isNull())
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: a removed photo belongs to no check of the bundle.").arg(shown));
            b.checks[*at].removedPhotos.push_back(removed);
        }

        run("SELECT assessment_uuid, peer, item, hash FROM agreements");
        while (q.next()) {
            const AssessmentId id = AssessmentId::fromString(q.value(0).toString());
            if (id.isNull() || !checkIndex.contains(id.toString()))
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: an agreement belongs to no check of the bundle.").arg(shown));
            b.agreements.push_back({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        }

        run("SELECT uuid, at, user_name, entity, entity_uuid, field, old_value, new_value, reason FROM audit"
            " ORDER BY at, uuid");
        while (q.next()) {
            AuditEntry e;
            const QString uuid = q.value(0).toString();
            e.at = toTime(q.value(1));
            e.user = q.value(2).toString();
            e.entity = q.value(3).toString();
            e.entityUuid = q.value(4).toString();
            e.field = q.value(5).toString();
            e.oldValue = q.value(6).isNull() ? QString() : q.value(6).toString();
            e.newValue = q.value(7).isNull() ? QString() : q.value(7).toString();
            e.reason = q.value(8).toString();
            if (QUuid::fromString(uuid).isNull())
                return makeError(ErrorCode::InvalidInput, tr("%1: an audit entry has no valid UUID.").arg(shown));
            b.audit.emplace_back(uuid, std::move(e));
        }
    } catch (const StorageError& e) {
        // A table or column missing: written by something else, or damaged.
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a complete bundle.").arg(shown), e.error.message);
    }
    return {};
}

Result<std::vector<BundleAnswer>> BundleFile::answers(const AssessmentId& assessment)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT indicator_code, value_num, value_text, not_applicable, note, carried_over,"
                             " updated_at, updated_by, removed FROM responses WHERE assessment_uuid = ?"
                             " ORDER BY indicator_code"));
    q.bindValue(0, assessment.toString());
    if (!q.exec())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a complete bundle.").arg(QDir::toNativeSeparators(m_path)),
                         q.lastError().text());
    std::vector<BundleAnswer> out;
    while (q.next()) {
        BundleAnswer ba;
        ba.answer = AssessmentRepository::storedAnswerAt(q);
        ba.removed = q.value(8).toInt() != 0;
        out.push_back(std::move(ba));
    }
    return out;
}

Result<std::vector<LedgerEntry>> BundleFile::ledger(const AssessmentId& assessment)
{
    if (!m_ledger) {
        m_ledger.emplace(m_db);
        m_ledger->setForwardOnly(true);
        m_ledger->prepare(
            QStringLiteral("SELECT l.building_uuid, b.estate, b.number, l.item, l.present, l.severity, l.note,"
                           " l.updated_at, l.updated_by FROM ledger l JOIN buildings b ON b.uuid = l.building_uuid"
                           " WHERE l.assessment_uuid = ? ORDER BY b.estate, b.number, l.item"));
    }
    QSqlQuery& q = *m_ledger;
    q.bindValue(0, assessment.toString());
    if (!q.exec())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a complete bundle.").arg(QDir::toNativeSeparators(m_path)),
                         q.lastError().text());
    std::vector<LedgerEntry> out;
    while (q.next())
        out.push_back(LedgerRepository::entryAt(q));
    return out;
}

Result<BundleFile::PhotoBytes> BundleFile::photo(const QString& sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT image, thumbnail FROM photo_blobs WHERE sha256 = ?"));
    q.bindValue(0, sha256);
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::NotFound,
                         tr("%1: the photo %2 cannot be read.").arg(QDir::toNativeSeparators(m_path), sha256));
    return PhotoBytes {q.value(0).toByteArray(), q.value(1).toByteArray()};
}

} // namespace cc::storage
