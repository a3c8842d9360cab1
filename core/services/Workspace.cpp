// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"

#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqliteFaults.h"
#include "core/storage/Transaction.h"
#include "core/util/ServerAddress.h"

namespace cc {

Workspace::Workspace(std::unique_ptr<storage::Database> db, const QString& userName)
    : m_db(std::move(db))
    , m_user(userName)
    , m_sets(*m_db, userName)
    , m_communities(*m_db, userName)
    , m_assessments(*m_db, m_sets, userName)
    , m_workflow(*m_db, m_assessments, userName)
    , m_photos(*m_db, m_assessments, userName)
    , m_reports(*this)
    , m_lists(*m_db, m_communities, userName)
    , m_buildings(*m_db, m_communities, m_sets, userName)
    , m_projects(*m_db, m_assessments, m_communities, userName)
    , m_plans(*m_db, m_projects, m_communities, m_sets, userName)
    , m_scores(*m_db, m_assessments, m_communities, m_sets)
    , m_exchange(*m_db, m_assessments, m_sets, userName)
    , m_server(*m_db, userName)
{ }

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode, const QString& userName)
{
    using Mode = storage::Database::OpenMode;
    const Mode storageMode = mode == OpenMode::CreateIfMissing ? Mode::CreateIfMissing
        : mode == OpenMode::Upgrade                            ? Mode::Upgrade
        : mode == OpenMode::ReadOnly                           ? Mode::ReadOnly
        : mode == OpenMode::CreateIfMissingCheckLater          ? Mode::CreateIfMissingCheckLater
        : mode == OpenMode::MustExist                          ? Mode::MustExist
                                                               : Mode::MustExistChecked;
    auto db = storage::Database::open(path, storageMode);
    if (!db)
        return db.error();
    // On a server, who acts is whom the server knows: the audit trail cannot be signed as another.
    const QString actor = (*db)->isServer() ? (*db)->access().user : userName;
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), actor));
}

Result<void> verifyDatabase(const QString& path)
{
    if (ServerAddress::isServerAddress(path))
        return {}; // the server keeps its own data sound
    return storage::Database::verify(path);
}

void setDatabaseWaitNotice(std::function<void(const QString&)> notice)
{
    storage::SqliteFaults::setWaitNotice(std::move(notice));
}

Result<bool> Workspace::changedElsewhere()
{
    auto version = m_db->dataVersion();
    if (!version)
        return version.error();
    const bool changed = m_seenDataVersion >= 0 && *version != m_seenDataVersion;
    m_seenDataVersion = *version;
    return changed;
}

const QString& Workspace::path() const
{
    return m_db->path();
}

Workspace::Facts Workspace::facts() const
{
    return {m_db->schemaVersion(), m_db->lastBackupPath(), m_db->access()};
}

Result<void> Workspace::allOrNothing(const std::function<Result<void>()>& body)
{
    return storage::inTransaction(*m_db, body);
}

Result<void> Workspace::review(const std::vector<Assessment>& checks, ReviewStep step, const QString& comment)
{
    return allOrNothing([&]() -> Result<void> {
        for (const Assessment& a : checks) {
            Result<void> r = step == ReviewStep::Submit ? m_workflow.submit(a.id)
                : step == ReviewStep::Approve           ? m_workflow.approve(a.id, comment)
                                                        : m_workflow.returnForRevision(a.id, comment);
            if (!r)
                return makeError(r.error().code,
                                 tr("%1 (%2, %3): %4")
                                     .arg(a.id.toString().left(8), a.communityCode, a.round.toString())
                                     .arg(r.error().message),
                                 r.error().detail);
        }
        return {};
    });
}

namespace {
const QString kReportTitle = QStringLiteral("report/title");
const QString kReportIssuingUnit = QStringLiteral("report/issuingUnit");
const QString kReportSignatures = QStringLiteral("report/signatureLines");
const QString kReportLogo = QStringLiteral("report/logoPath");
} // namespace

Result<report::ReportSettings> Workspace::reportSettings(const QString& language)
{
    return storage::reading([&] {
        report::ReportSettings s = report::ReportSettings::defaults(language);
        storage::SettingsRepository repository(m_db->connection());
        s.title = repository.value(kReportTitle).value_or(s.title);
        s.issuingUnit = repository.value(kReportIssuingUnit).value_or(s.issuingUnit);
        s.logoPath = repository.value(kReportLogo).value_or(s.logoPath);
        if (const auto lines = repository.value(kReportSignatures))
            s.signatureLines = lines->split(u'\n', Qt::SkipEmptyParts);
        return s;
    });
}

Result<void> Workspace::setReportSettings(const report::ReportSettings& s)
{
    return storage::inTransaction(*m_db, [&] {
        storage::SettingsRepository repository(m_db->connection());
        repository.setValue(kReportTitle, s.title.trimmed());
        repository.setValue(kReportIssuingUnit, s.issuingUnit.trimmed());
        repository.setValue(kReportLogo, s.logoPath.trimmed());
        repository.setValue(kReportSignatures, s.signatureLines.join(u'\n'));
    });
}

} // namespace cc
