// SPDX-License-Identifier: GPL-3.0-or-later
// `checklist`: the blank paper checklist of a check, or of a community and a set.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandLine.h"
#include "app/render/ChecklistPdf.h"
#include "app/render/ReportFonts.h"
#include "core/services/Workspace.h"

#include <QFileInfo>

int Cli::cmdChecklist(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens,
                                      {{},
                                       {QStringLiteral("o"),
                                        QStringLiteral("output"),
                                        QStringLiteral("community"),
                                        QStringLiteral("set"),
                                        QStringLiteral("version")},
                                       {},
                                       0,
                                       1}))
        return usageError(*problem, m_command);
    const QString output =
        cl.has(QStringLiteral("o")) ? cl.value(QStringLiteral("o")) : cl.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("say where to write the checklist: -o FILE.pdf"), m_command);
    if (QFileInfo(output).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0)
        return usageError(tr("the checklist file must end in .pdf: %1").arg(output), m_command);
    const bool byCommunity = cl.has(QStringLiteral("community")) || cl.has(QStringLiteral("set"));
    if (byCommunity && !cl.args().isEmpty())
        return usageError(tr("give either an ASSESSMENT or --community C --set CODE, not both"), m_command);
    if (!byCommunity && cl.has(QStringLiteral("version")))
        return usageError(tr("--version belongs with --community C --set CODE"), m_command);
    if (byCommunity && (cl.value(QStringLiteral("community")).isEmpty() || cl.value(QStringLiteral("set")).isEmpty()))
        return usageError(tr("name both --community C and --set CODE"), m_command);
    if (!byCommunity && cl.args().isEmpty())
        return usageError(tr("name one ASSESSMENT, or --community C --set CODE"), m_command);
    if (!ReportFonts::cjkFamily().warning.isEmpty())
        warn(ReportFonts::cjkFamily().warning);

    cc::Result<ChecklistPdf::Sheet> sheet = cc::makeError(cc::ErrorCode::NotFound, QString());
    if (byCommunity) {
        if (!openWorkspace(false))
            return Failure;
        sheet = ChecklistPdf::forCommunity(*m_workspace,
                                           cl.value(QStringLiteral("community")),
                                           cl.value(QStringLiteral("set")),
                                           cl.value(QStringLiteral("version")),
                                           m_language);
    } else {
        const auto assessment = openAndResolve(cl.args().at(0));
        if (!assessment)
            return Failure;
        sheet = ChecklistPdf::forCheck(*m_workspace, assessment->id, m_language);
    }
    if (!sheet)
        return fail(sheet.error());
    auto pages = ChecklistPdf::write(*sheet, output);
    if (!pages)
        return fail(pages.error());
    m_out << tr("Checklist written: %1 (%n page(s))", nullptr, *pages).arg(shownPath(output)) << '\n';
    return Success;
}
