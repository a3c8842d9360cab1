// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Bundle.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace cc::storage {

// A bundle file (`*.ccbundle`): one SQLite file with its own application_id ("CCKB") and format
// version, a manifest, the sets, communities, checks, answers, photos (with their bytes) and audit
// entries of a Bundle (docs/exchange.md). Read as untrusted input: opened read-only, checked whole
// before anything is used, and only ever read with fixed statements (no SQL is built from it).
class BundleFile final
{
    Q_DECLARE_TR_FUNCTIONS(BundleFile)

public:
    static constexpr int kApplicationId = 0x43434B42; // "CCKB"
    static constexpr int kFormatVersion = 1;

    struct PhotoBytes
    {
        QByteArray image;
        QByteArray thumbnail;
    };
    // The bytes of a stored photo by its SHA-256, none when they cannot be read.
    using PhotoSource = std::function<std::optional<PhotoBytes>(const QString& sha256)>;

    // Writes `bundle` to `path` atomically: a temporary file beside it, renamed over `path` once
    // complete; on failure nothing is left at `path` (an earlier file there stays as it was).
    static Result<void> write(const QString& path, const Bundle& bundle, const PhotoSource& photos);

    // Opens and checks a bundle: an SQLite file of ours, not from a newer version, intact, with a
    // manifest, every photo's bytes matching its SHA-256 and every check's photos present. The
    // error names the file and what is wrong.
    static Result<std::unique_ptr<BundleFile>> open(const QString& path);
    ~BundleFile();
    BundleFile(const BundleFile&) = delete;
    BundleFile& operator=(const BundleFile&) = delete;

    // Everything but the checks' answers (a round's bundle holds a hundred thousand): answers().
    const Bundle& contents() const { return m_bundle; }
    // The answers of one of its checks (their columns checked on open).
    Result<std::vector<BundleAnswer>> answers(const AssessmentId& assessment);
    // The building ledger of one check, its buildings by the bundle's UUIDs.
    Result<std::vector<LedgerEntry>> ledger(const AssessmentId& assessment);
    const QString& path() const { return m_path; }
    // The bytes of one of its photos (checked on open).
    Result<PhotoBytes> photo(const QString& sha256);

private:
    BundleFile(QSqlDatabase db, QString path);
    Result<void> load();

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_ledger; // prepared once: read for every check of a round
    QString m_path;
    QString m_connectionName;
    Bundle m_bundle;
};

} // namespace cc::storage
