// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRawFont>
#include <QString>

// Finishes a PDF that QPdfWriter has written, before it is saved:
//
// - The text map. Qt gives each embedded glyph the lowest code point the font maps to it, so a glyph
//   the font shares between an ideograph and a Kangxi radical, a CJK Radicals Supplement form or a
//   CJK Compatibility Ideograph is copied and searched as that radical (户 came out as ⼾, 齐 as ⻬).
//   For every such code point in the CJK font's ToUnicode map, the unified ideograph the font draws
//   with the same glyph is named instead (found from the font's own cmap, no hand list).
// - The document information: title, author, subject and keywords, which QPdfWriter 6.4 cannot set
//   beyond the title.
//
// The objects are rewritten and the cross-reference table recomputed. A file whose structure is not
// the one QPdfWriter writes is returned unchanged.
class PdfFinish final
{
public:
    struct Info
    {
        QString title;
        QString author; // the issuing unit, or who made the document
        QString subject;
        QString keywords;
    };

    static QByteArray finish(const QByteArray& pdf, const Info& info);

    // The code point a text map should give for `codePoint` drawn with `font`: the unified ideograph
    // that shares its glyph when `codePoint` is a radical or compatibility form, else `codePoint`.
    static char32_t textFor(char32_t codePoint, const QRawFont& font);
};
