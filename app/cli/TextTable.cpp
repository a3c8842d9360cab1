// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TextTable.h"

#include <algorithm>

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const uint cp : text.toUcs4()) {
        // East Asian wide and full-width ranges (CJK, Hangul, full-width forms, CJK punctuation).
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

void TextTable::print(QTextStream& out) const
{
    std::vector<int> widths;
    for (const QStringList& row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= static_cast<size_t>(c))
                widths.push_back(0);
            widths[static_cast<size_t>(c)] = std::max(widths[static_cast<size_t>(c)], displayWidth(row.at(c)));
        }
    }
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += row.at(c);
            if (c + 1 < row.size())
                line += QString(widths[static_cast<size_t>(c)] - displayWidth(row.at(c)) + 2, u' ');
        }
        out << line << '\n';
    }
}
