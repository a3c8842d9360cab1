// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableExport.h"
#include "core/services/NationalExport.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

// A national list (附件四 问题清单, 附件五 整治建议清单) as a landscape A4 PDF table: the title, then a
// part per sheet under the manual's table title, its header on every page, 限时解决 rows in red; the
// same fonts as the report. Written atomically; returns the number of pages.
class NationalPdf final
{
    Q_DECLARE_TR_FUNCTIONS(NationalPdf)

public:
    // `titles`: one per sheet (附表IV-1 住房维度体检问题清单表 …); `county` and `round` go under the title.
    static cc::Result<int> write(const QString& title,
                                 const QString& subtitle,
                                 const std::vector<cc::io::Table>& sheets,
                                 const QStringList& titles,
                                 const QString& path);
    // What `export national` and File → Export national tables add: 附件四-问题清单.pdf and
    // 附件五-整治建议清单.pdf beside the workbooks.
    static cc::NationalExport::MoreFiles forExport(const QString& county, const cc::Round& round);
};
