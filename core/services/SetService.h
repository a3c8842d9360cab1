// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorSet.h"
#include "core/domain/SetVersion.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <map>
#include <memory>
#include <vector>

namespace cc::storage {
class Database;
}

namespace cc {

struct SetImportOutcome
{
    SetVersionId id;
    QString code;
    QString version;
    bool created = false; // false: the same content was already stored (a no-op)
};

// Indicator sets: import (validated, all or nothing), list, load, export.
class SetService final
{
    Q_DECLARE_TR_FUNCTIONS(SetService)

public:
    SetService(storage::Database& db, const QString& userName);

    Result<SetImportOutcome> importJson(const QByteArray& json, const QString& sourceName, bool builtin = false);
    // Installs the built-in default set (JSON bytes handed over by the app, which reads them from
    // its resources). Idempotent: the same content already stored is a no-op.
    Result<SetImportOutcome> installBuiltin(const QByteArray& json)
    {
        return importJson(json, QStringLiteral(":/indicators/default.json"), true);
    }
    // A set edited in the set editor (its JSON document, spec/indicator-set-format.md), checked by the
    // same rules as a file, stored as a new version: a (code, version) already stored is refused,
    // whatever its content, so a stored version never changes. `basedOn` names the version it was
    // edited from, for the audit trail.
    Result<SetImportOutcome> saveEdited(const QJsonObject& document, const QString& basedOn);
    // A JSON file or an XLSX workbook (IndicatorSetXlsx), told apart by what the file holds.
    Result<SetImportOutcome> importFile(const QString& path);
    Result<std::vector<StoredSetVersion>> list();
    // The named version, or with an empty `version` the newest one (by version number).
    Result<StoredSetVersion> find(const QString& code, const QString& version = {});
    Result<std::shared_ptr<const IndicatorSet>> load(const QString& code, const QString& version = {});
    Result<std::shared_ptr<const IndicatorSet>> load(const SetVersionId& id);
    // Writes the set as JSON, or as an XLSX workbook when the path ends with .xlsx, atomically
    // (nothing is left behind on failure).
    Result<void> exportToFile(const QString& code, const QString& version, const QString& path);
    // Community type codes offered by the stored sets, with names in the given language.
    Result<std::vector<std::pair<QString, QString>>> communityTypes(const QString& language);

private:
    // Stores a parsed set (a no-op when the same content is stored), audited.
    Result<SetImportOutcome> store(const IndicatorSet& set, const QString& sourceName, bool builtin);

    storage::Database& m_db;
    QString m_user;
    std::map<QString, std::shared_ptr<const IndicatorSet>> m_cache; // by version UUID; versions never change
};

} // namespace cc
