// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>

// The report's typeface, chosen explicitly so that a PDF looks the same on every machine:
// Noto Sans CJK SC (Debian fonts-noto-cjk, a dependency of the package); another CJK family only
// when it is missing, with a warning.
class ReportFonts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)

public:
    struct Choice
    {
        QString family; // empty: no CJK font at all
        QString warning; // set when the preferred family is missing
    };

    static Choice cjkFamily();
    static QFont font(double pointSize, bool bold = false);
    // The CJK family first, for drawings that name a single family per text (an SVG's font-family
    // is the first one): the charts the dashboard shows and exports.
    static QFont cjkFirst(double pointSize, bool bold = false);

    static constexpr auto kPreferred = "Noto Sans CJK SC";
};
