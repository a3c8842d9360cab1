// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/NationalPdf.h"

#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"
#include "app/render/ReportText.h"

#include <QDir>
#include <QFile>

cc::Result<int> NationalPdf::write(const QString& title,
                                   const QString& subtitle,
                                   const std::vector<cc::io::Table>& sheets,
                                   const QStringList& titles,
                                   const QString& path)
{
    const PdfFinish::Info info {title, {}, subtitle, titles.join(QStringLiteral("; "))};
    return ReportPdf::writeLandscape(path, info, [&](PdfPages& p) {
        p.paragraph(title, ReportFonts::font(18, true), Qt::black, p.mm(2));
        p.paragraph(subtitle, ReportFonts::font(11), Qt::black, p.mm(4));
        const QColor red(0xb0, 0x00, 0x20);
        for (size_t s = 0; s < sheets.size(); ++s) {
            const cc::io::Table& sheet = sheets[s];
            p.ensure(p.mm(30));
            p.heading(titles.value(static_cast<qsizetype>(s), sheet.name));
            if (sheet.rows.empty()) {
                p.paragraph(tr("None."), ReportFonts::font(10.5));
                continue;
            }
            ReportText::Table text = ReportText::fromTable(sheet, 1);
            // Whole numbers (序号, counts) without decimals, as the lists print them.
            for (size_t r = 0; r < sheet.rows.size(); ++r) {
                for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
                    const QVariant& v = sheet.rows[r].at(c);
                    if (v.typeId() == QMetaType::Double)
                        text.rows[r][c] = QString::number(v.toDouble(), 'g', 12);
                }
            }
            // 限时解决 rows in red: the problem list names the category in its last column, the
            // remediation list as ■限时解决.
            p.table(text.header, text.widths, text.rows, [&](int row, int) {
                const QStringList& cells = text.rows.at(static_cast<size_t>(row));
                const bool timeBound =
                    cells.contains(QStringLiteral("限时解决")) || cells.contains(QStringLiteral("■限时解决□尽力解决"));
                return timeBound ? red : QColor(Qt::black);
            });
        }
    });
}

cc::NationalExport::MoreFiles NationalPdf::forExport(const QString& county, const cc::Round& round)
{
    return
        [county, round](const cc::report::NationalTables& tables, const QString& directory) -> cc::Result<QStringList> {
            const QString subtitle = QStringLiteral("县（市、区）：%1　　体检轮次：%2").arg(county, round.toString());
            QStringList files;
            for (const bool remediation : {false, true}) {
                const QString path = QDir(directory).filePath(remediation ? QStringLiteral("附件五-整治建议清单.pdf")
                                                                          : QStringLiteral("附件四-问题清单.pdf"));
                auto pages = write(remediation ? QStringLiteral("附件五 各维度体检整治建议清单")
                                               : QStringLiteral("附件四 各维度体检问题清单"),
                                   subtitle,
                                   remediation ? tables.remediation : tables.problems,
                                   cc::report::nationalListTitles(remediation),
                                   path);
                if (!pages) {
                    for (const QString& earlier : files)
                        QFile::remove(earlier);
                    return pages.error();
                }
                files << path;
            }
            return files;
        };
}
