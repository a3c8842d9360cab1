// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/ReportFonts.h"

#include <QFontDatabase>

ReportFonts::Choice ReportFonts::cjkFamily()
{
    const QStringList installed = QFontDatabase::families();
    const QString preferred = QString::fromLatin1(kPreferred);
    if (installed.contains(preferred))
        return {preferred, {}};
    for (const char* fallback : {"Noto Sans CJK SC",
                                 "Source Han Sans SC",
                                 "WenQuanYi Micro Hei",
                                 "WenQuanYi Zen Hei",
                                 "Microsoft YaHei",
                                 "SimSun"}) {
        const QString family = QString::fromLatin1(fallback);
        if (installed.contains(family))
            return {family,
                    tr("The report font %1 is not installed (Debian: fonts-noto-cjk); using %2, so the PDF will "
                       "look different from other machines.")
                        .arg(preferred, family)};
    }
    return {{},
            tr("No Chinese font is installed (Debian: fonts-noto-cjk); Chinese text in the report would not show.")};
}

QFont ReportFonts::font(double pointSize, bool bold)
{
    QFont f;
    const Choice choice = cjkFamily();
    // Latin letters and digits from DejaVu Sans, Chinese from the CJK family. Noto CJK shapes digits
    // into glyphs its cmap does not list, which Qt then leaves out of the PDF's text map (pdftotext
    // lost "80.0"); DejaVu's digits map back to text.
    f.setFamilies(choice.family.isEmpty() ? QStringList {QStringLiteral("DejaVu Sans")}
                                          : QStringList {QStringLiteral("DejaVu Sans"), choice.family});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont ReportFonts::cjkFirst(double pointSize, bool bold)
{
    QFont f = font(pointSize, bold);
    if (const Choice choice = cjkFamily(); !choice.family.isEmpty())
        f.setFamilies({choice.family, QStringLiteral("DejaVu Sans")});
    return f;
}
