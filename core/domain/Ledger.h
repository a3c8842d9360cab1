// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace cc {

struct IndicatorSet;

// One item of the building ledger (楼栋台账): a problem a building has or not, under one of the
// nine national housing indicators (../shared/domain/national-tables.md §2.4; the codes H1.0 …
// H9.4 are that file's; H8.1 stands for indicator 8's one composite test).
struct LedgerItem
{
    QString code; // "H3.5"
    int indicator = 0; // the national housing indicator, 1–9
    QString name; // as the manual words it (Chinese)
    QString nameEn;
    bool countsDwellings = false; // indicator 5 counts 套 (dwellings), the others 栋 (buildings)
};

// The national items, in the manual's order.
const std::vector<LedgerItem>& nationalLedgerItems();
const LedgerItem* nationalLedgerItem(const QString& code);
// The items a check with this set records: the national ones, then the set's own (`ledger_items`).
std::vector<LedgerItem> ledgerItemsOf(const IndicatorSet& set);
// Whether a code can name a ledger item: 1 to 40 characters, no spaces and none of / ; , # (item
// codes travel in bundle keys 小区/楼栋/item and in CSV cells).
bool isLedgerItemCode(const QString& code);
// The item of `items` with this code (case as the national codes: H3.5 = h3.5), or null.
const LedgerItem* findLedgerItem(const std::vector<LedgerItem>& items, const QString& code);

// The manual's problem degrees (问题程度, §2.5), stored by these codes.
namespace LedgerSeverity {
inline const QString kSerious = QStringLiteral("serious"); // 严重
inline const QString kFairlySerious = QStringLiteral("fairly_serious"); // 较严重
inline const QString kGeneral = QStringLiteral("general"); // 一般
// The code of a severity as a person writes it (严重, 较严重, 一般, or the code); empty stays
// empty; nullopt for anything else.
std::optional<QString> parse(const QString& text);
QString chinese(const QString& code);
} // namespace LedgerSeverity

// A photo of one building's item in a check's ledger is stored like an indicator's photo, under this
// key in place of the indicator code: "ledger/BUILDING-UUID/H3.5". A bundle maps the building to the
// receiving database's own.
QString ledgerPhotoKey(const BuildingId& building, const QString& item);
struct LedgerPhotoKey
{
    BuildingId building;
    QString item;
};
std::optional<LedgerPhotoKey> parseLedgerPhotoKey(const QString& key);

// What one check found for one item of one building.
struct LedgerEntry
{
    BuildingId building;
    QString estate; // the building's 小区 and number, as read with the entry
    QString number;
    QString item; // LedgerItem::code
    bool present = false;
    QString severity; // a LedgerSeverity code, or empty
    QString note;
    QString updatedAt;
    QString updatedBy;
};

} // namespace cc
