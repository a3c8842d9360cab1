// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Audit.h"
#include "core/domain/Building.h"
#include "core/domain/Community.h"
#include "core/domain/Ledger.h"
#include "core/domain/Photo.h"
#include "core/domain/Response.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

// What travels between a field laptop and the county office (spec/product.md capability 8): one
// SQLite file, `*.ccbundle`, read and written by core/storage/BundleFile. Records keep their UUIDs.
// The receiving database tells "changed here", "changed there" and "changed on both sides" apart by
// what it last agreed on with the sender and what the sender last agreed on with it (ExchangeHash,
// exchange_base, the bundle's agreements).
namespace cc {

struct BundleManifest
{
    int formatVersion = 1;
    QDateTime createdAt;
    QString createdBy; // the user who exported it
    QString machine; // the host it was written on
    QString source; // the database it came from (its file name)
    QString description; // what was asked for: "3 checks", "round 2025 体检, county 东湖区"
};

// One answer as stored (the columns of `responses`, so that both sides compare exactly what they
// hold), or its removal since the last agreement.
struct StoredAnswer
{
    QString indicatorCode;
    QVariant valueNum; // booleans 0/1, numbers, ratings
    QVariant valueText; // option codes, text, checked items joined by ';'
    bool notApplicable = false;
    QString note;
    bool carriedOver = false;
    QString updatedAt; // ISO 8601 UTC, as stored
    QString updatedBy;

    // The value as a person reads it in a conflict: "12.5", "A;B", "N/A (reason)".
    QString text() const;
};

struct BundleAnswer
{
    StoredAnswer answer;
    bool removed = false; // answered when last sent or agreed on, no longer answered
};

struct BundleCheck
{
    Assessment assessment; // its community by UUID; set by code and version
    std::vector<BundleAnswer> answers;
    std::vector<Photo> photos; // the bytes are in the bundle's photo table, by stored SHA-256
    std::vector<PhotoId> removedPhotos; // held when last sent or agreed on, deleted since
    // The building ledger (its buildings by the bundle's UUIDs, with their 小区 and number); read
    // per check on import (BundleFile::ledger), like the answers.
    std::vector<LedgerEntry> ledger;
};

struct BundleSet
{
    QString code;
    QString version;
    QByteArray content; // the stored canonical JSON
    QString sha256; // as the manifest states it; checked against the content on import
};

// What the exporting database last agreed on with another one (set when it imported that one's
// bundle): the receiver finds its own entries (peer = its machine and file name) and knows what the
// sender last saw of its values.
struct BundleAgreement
{
    AssessmentId assessment;
    QString peer;
    QString item; // indicator code, "#state", "#photo:UUID"
    QString hash;
};

struct Bundle
{
    BundleManifest manifest;
    std::vector<BundleSet> sets;
    std::vector<Community> communities;
    std::vector<Building> buildings; // the communities' 小区 and 楼栋
    std::vector<BundleCheck> checks;
    std::vector<BundleAgreement> agreements;
    std::vector<std::pair<QString, AuditEntry>> audit; // the checks' trails: each entry's UUID, the entry
};

// The hashes that say whether two sides hold the same value: SHA-256 (hex) over a canonical text of
// the answer (value, N/A, note, carried over) or of the check's state (status and comment): each
// field's UTF-8 bytes framed by their length, so that no two different values give the same text.
namespace ExchangeHash {
QString answer(const StoredAnswer& answer);
// The same hash as answer(), as the 32 bytes of the digest, from the stored columns as they come
// out of SQLite (UTF-8, no QString per field): the bulk copy computes it in SQL for every answer.
// An absent value is nullptr.
QByteArray answerDigest(const double* valueNum,
                        const QByteArrayView* valueTextUtf8,
                        bool notApplicable,
                        QByteArrayView noteUtf8,
                        bool carriedOver);
QString state(AssessmentStatus status, const QString& reviewComment);
// A photo as the exchange compares it: its stored bytes and its caption.
QString photo(const Photo& photo);
// The item under which a photo's agreed hash is kept ("#photo:UUID").
QString photoItem(const PhotoId& id);
bool isPhotoItem(const QString& item);
// A ledger entry as the exchange compares it (found, degree, note), and the item it is kept under:
// "#ledger:小区/楼栋/H3.5" (names, the same on both sides whatever the buildings' UUIDs).
QString ledger(const LedgerEntry& entry);
QString ledgerItem(const LedgerEntry& entry);
bool isLedgerItem(const QString& item);
} // namespace ExchangeHash

} // namespace cc
