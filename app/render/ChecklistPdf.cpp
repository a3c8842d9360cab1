// SPDX-License-Identifier: GPL-3.0-or-later
// The paper checklist: the sheet from storage, the header block, the indicators by programme and task,
// and writing the file. The ledger grid and the closing page are in ChecklistPages.cpp.
#include "app/render/ChecklistPdf.h"

#include "app/render/PdfPages.h"
#include "app/render/ReportFonts.h"
#include "app/render/ReportPdf.h"
#include "app/render/ReportText.h"
#include "core/domain/Vocabulary.h"
#include "core/services/Workspace.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kGuidance(0x55, 0x55, 0x55);
const QColor kMuted(0x9a, 0x9a, 0x9a);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kRed(0xb0, 0x00, 0x20);
const QColor kGreen(0x1d, 0x6f, 0x5f);

QString typeName(const ChecklistPdf::Sheet& sheet)
{
    for (const cc::CommunityType& type : sheet.set->communityTypes) {
        if (type.code == sheet.community.type)
            return type.name.text(sheet.language);
    }
    return sheet.community.type;
}

// One indicator row and the headings of the programmes and tasks, measured and drawn by the same code:
// each function returns the height of what it lays out at the cursor and paints it only when `draw`.
class Rows
{
public:
    Rows(PdfPages& pages, const ChecklistPdf::Sheet& sheet)
        : m_p(pages)
        , m_sheet(sheet)
        , m_painter(pages.painter())
        , m_pad(pages.mm(1.5))
        , m_codeWidth(pages.mm(19))
        , m_answerWidth(pages.mm(64))
    { }

    // A programme (depth 0) or a task and everything under it, in set order: its sub-groups, then its
    // own indicators (the order of the entry screen's tree).
    void group(const cc::Group& g, int depth)
    {
        const QString title = g.code + u' ' + g.name.text(m_sheet.language);
        if (depth == 0) {
            m_p.heading(title, first(g)); // never alone at the foot of a page
        } else {
            m_p.ensure(taskHeading(title, false) + first(g));
            m_p.advance(taskHeading(title, true));
        }
        for (const cc::Group& child : g.groups)
            group(child, depth + 1);
        for (const cc::Indicator& ind : g.indicators) {
            m_p.ensure(indicator(ind, false)); // a row never splits
            m_p.advance(indicator(ind, true));
        }
    }

    // The height of the row of an indicator; painted at the cursor when `draw`.
    double indicator(const cc::Indicator& ind, bool draw)
    {
        const bool applies = ChecklistPdf::applies(ind, m_sheet);
        const double top = m_p.y();
        const double textLeft = m_p.left() + m_codeWidth;
        const double textWidth = m_p.width() - m_codeWidth - m_answerWidth - m_pad;
        const double answerLeft = textLeft + textWidth + m_pad;
        const QColor ink = applies ? kInk : kMuted;
        if (draw && !applies)
            m_painter.fillRect(QRectF(m_p.left(), top, m_p.width(), height(ind)), QColor(0xf3, 0xf3, 0xf3));

        // The code, and the bottom-line badge under it.
        double codeHeight = text(
            ind.code, ReportFonts::font(9, true), m_p.left() + m_pad, top + m_pad, m_codeWidth - 2 * m_pad, ink, draw);
        if (ind.bottomLine)
            codeHeight += badge(m_p.left() + m_pad, top + m_pad + codeHeight + m_p.mm(1), applies, draw) + m_p.mm(1);

        // The name, the guidance, the unit.
        double y = top + m_pad;
        y += text(ind.name.text(m_sheet.language), ReportFonts::font(9.5, true), textLeft, y, textWidth, ink, draw);
        if (applies) {
            if (const QString guidance = ind.guidance.text(m_sheet.language); !guidance.isEmpty())
                y += m_p.mm(0.8)
                    + text(guidance, ReportFonts::font(7.5), textLeft, y + m_p.mm(0.8), textWidth, kGuidance, draw);
            if (!ind.unit.isEmpty())
                y += m_p.mm(0.8)
                    + text(ChecklistPdf::tr("Unit: %1").arg(cc::Vocabulary::unit(ind.unit, m_sheet.language)),
                           ReportFonts::font(7.5),
                           textLeft,
                           y + m_p.mm(0.8),
                           textWidth,
                           kGuidance,
                           draw);
            if (ind.evidence == cc::Evidence::PhotoRequired)
                y += m_p.mm(0.8)
                    + text(ChecklistPdf::tr("A photo is required when it fails."),
                           ReportFonts::font(7.5),
                           textLeft,
                           y + m_p.mm(0.8),
                           textWidth,
                           kRed,
                           draw);
        }
        const double textHeight = y - top - m_pad;

        // The answer area by type; none where the indicator does not apply.
        const double answer = applies ? answerArea(ind, answerLeft, top + m_pad, draw)
                                      : text(ChecklistPdf::tr("Not applicable to %1").arg(typeName(m_sheet)),
                                             ReportFonts::font(8.5, true),
                                             answerLeft,
                                             top + m_pad,
                                             m_answerWidth - m_pad,
                                             kMuted,
                                             draw);
        double h = std::max({codeHeight, textHeight, answer}) + 2 * m_pad;
        if (applies && !ind.isComputed()) // the note line: a typed indicator's note, a reason, photo numbers
            h += noteLine(top + h, draw);
        if (draw) {
            m_painter.setPen(QPen(kRule, m_p.mm(0.2)));
            m_painter.drawLine(QPointF(m_p.left(), top + h), QPointF(m_p.left() + m_p.width(), top + h));
        }
        return h;
    }

    double height(const cc::Indicator& ind) { return indicator(ind, false); }

private:
    // What must stay with a group's heading: its first sub-group's heading and first row, or its first
    // indicator's row.
    double first(const cc::Group& g)
    {
        if (!g.groups.empty()) {
            const cc::Group& child = g.groups.front();
            return taskHeading(child.code + u' ' + child.name.text(m_sheet.language), false) + first(child);
        }
        return g.indicators.empty() ? 0 : indicator(g.indicators.front(), false);
    }

    double taskHeading(const QString& title, bool draw)
    {
        const double before = m_p.mm(2.5);
        const double h =
            text(title, ReportFonts::font(11, true), m_p.left(), m_p.y() + before, m_p.width(), kGreen, draw);
        if (draw) {
            m_painter.setPen(QPen(kGreen, m_p.mm(0.35)));
            const double line = m_p.y() + before + h + m_p.mm(0.8);
            m_painter.drawLine(QPointF(m_p.left(), line), QPointF(m_p.left() + m_p.width(), line));
        }
        return before + h + m_p.mm(1.5);
    }

    double text(const QString& s, const QFont& font, double x, double y, double width, const QColor& colour, bool draw)
    {
        const double h = m_p.textHeight(s, font, width);
        if (draw) {
            m_painter.setFont(font);
            m_painter.setPen(colour);
            m_painter.drawText(QRectF(x, y, width, h), Qt::TextWordWrap, s);
        }
        return h;
    }

    // The red 底线 badge; a label longer than the code column wraps inside the badge.
    double badge(double x, double y, bool applies, bool draw)
    {
        const QFont font = ReportFonts::font(7, true);
        const QString label = ChecklistPdf::tr("Bottom line");
        const double inset = m_p.mm(1);
        const double w = std::min(QFontMetricsF(font, m_painter.device()).horizontalAdvance(label) + 2 * inset,
                                  m_codeWidth - 2 * m_pad);
        const double h = m_p.textHeight(label, font, w - 2 * inset) + m_p.mm(0.8);
        if (draw) {
            const QRectF box(x, y, w, h);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(applies ? kRed : kMuted);
            m_painter.drawRoundedRect(box, m_p.mm(0.8), m_p.mm(0.8));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.setFont(font);
            m_painter.setPen(Qt::white);
            m_painter.drawText(box.adjusted(inset, 0, -inset, 0), Qt::AlignCenter | Qt::TextWordWrap, label);
        }
        return h;
    }

    double tickBox(double x, double y, double lineHeight, bool draw)
    {
        const double side = m_p.mm(3);
        if (draw) {
            m_painter.setPen(QPen(kInk, m_p.mm(0.25)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(QRectF(x, y + (lineHeight - side) / 2, side, side));
        }
        return side;
    }

    // Tick boxes with their labels side by side, wrapping to the next line when the width is used up.
    double ticksInline(const QStringList& labels, double x, double y, double width, bool draw)
    {
        const QFont font = ReportFonts::font(8.5);
        const QFontMetricsF metrics(font, m_painter.device());
        const double line = std::max(metrics.height(), m_p.mm(4.2));
        double cx = x;
        double cy = y;
        for (const QString& label : labels) {
            const double w = m_p.mm(4) + metrics.horizontalAdvance(label) + m_p.mm(4);
            if (cx > x && cx + w > x + width) {
                cx = x;
                cy += line + m_p.mm(1);
            }
            tickBox(cx, cy, line, draw);
            text(label, font, cx + m_p.mm(4), cy + (line - metrics.height()) / 2, w - m_p.mm(4), kInk, draw);
            cx += w;
        }
        return cy + line - y;
    }

    // One tick box a line, the label wrapped beside it.
    double ticksStacked(const QStringList& labels, double x, double y, double width, bool draw)
    {
        const QFont font = ReportFonts::font(8.5);
        const double line = std::max(QFontMetricsF(font, m_painter.device()).height(), m_p.mm(4.2));
        double cy = y;
        for (const QString& label : labels) {
            tickBox(x, cy, line, draw);
            const double h = std::max(line, text(label, font, x + m_p.mm(4), cy, width - m_p.mm(4), kInk, draw));
            cy += h + m_p.mm(0.8);
        }
        return cy - y - m_p.mm(0.8);
    }

    // A box to write a number in, the unit after it.
    double blank(const QString& unit, double x, double y, bool draw)
    {
        const double h = m_p.mm(7);
        if (draw) {
            m_painter.setPen(QPen(kInk, m_p.mm(0.25)));
            m_painter.drawRect(QRectF(x, y, m_p.mm(30), h));
        }
        if (!unit.isEmpty())
            text(unit,
                 ReportFonts::font(8.5),
                 x + m_p.mm(32),
                 y + (h - m_p.textHeight(unit, ReportFonts::font(8.5), m_p.mm(30))) / 2,
                 m_answerWidth - m_p.mm(33) - m_pad,
                 kInk,
                 draw);
        return h;
    }

    double answerArea(const cc::Indicator& ind, double x, double y, bool draw)
    {
        const double width = m_answerWidth - m_pad;
        const QString na = ChecklistPdf::tr("N/A");
        const QString unit = cc::Vocabulary::unit(ind.unit, m_sheet.language);
        const double gap = m_p.mm(1.5);
        if (ind.sourceLedger || ind.sourceRemediation) {
            const QString how = ind.sourceLedger
                ? ChecklistPdf::tr("Counted from the building ledger (the grid pages): "
                                   "nothing to write here.")
                : ChecklistPdf::tr("Computed from the problems of the earlier round: "
                                   "nothing to write here.");
            return text(how, ReportFonts::font(8), x, y, width, kGuidance, draw);
        }
        switch (ind.type) {
        case cc::IndicatorType::Boolean:
            return ticksInline({ChecklistPdf::tr("Yes"), ChecklistPdf::tr("No"), na}, x, y, width, draw);
        case cc::IndicatorType::Number:
            return blank(unit, x, y, draw) + gap + ticksInline({na}, x, y + m_p.mm(7) + gap, width, draw);
        case cc::IndicatorType::Rating: {
            const double steps = ind.scaleMax - ind.scaleMin;
            const bool whole = std::floor(ind.scaleMin) == ind.scaleMin && std::floor(ind.scaleMax) == ind.scaleMax;
            if (!whole || steps < 1 || steps > 10)
                return blank(unit, x, y, draw) + gap + ticksInline({na}, x, y + m_p.mm(7) + gap, width, draw);
            QStringList scale;
            for (int v = static_cast<int>(ind.scaleMin); v <= static_cast<int>(ind.scaleMax); ++v)
                scale << QString::number(v);
            const double h = ticksInline(scale, x, y, width, draw);
            return h + gap + ticksInline({na}, x, y + h + gap, width, draw);
        }
        case cc::IndicatorType::Choice: {
            QStringList labels;
            for (const cc::ChoiceOption& option : ind.options)
                labels << option.label.text(m_sheet.language);
            return ticksStacked(labels << na, x, y, width, draw);
        }
        case cc::IndicatorType::Checklist: {
            QStringList labels;
            for (const cc::ChecklistItem& item : ind.items)
                labels << item.label.text(m_sheet.language);
            return ticksStacked(labels << ChecklistPdf::tr("None of these") << na, x, y, width, draw);
        }
        case cc::IndicatorType::Text: {
            const double ruled = m_p.mm(7);
            if (draw) {
                m_painter.setPen(QPen(kInk, m_p.mm(0.2)));
                for (int line = 1; line <= 2; ++line)
                    m_painter.drawLine(QPointF(x, y + line * ruled), QPointF(x + width, y + line * ruled));
            }
            return 2 * ruled + gap + ticksInline({na}, x, y + 2 * ruled + gap, width, draw);
        }
        }
        return 0;
    }

    double noteLine(double y, bool draw)
    {
        const QFont font = ReportFonts::font(7.5);
        const QString label = ChecklistPdf::tr("Note, why not applicable, photo numbers:");
        const double x = m_p.left() + m_codeWidth;
        const double labelWidth = QFontMetricsF(font, m_painter.device()).horizontalAdvance(label) + m_p.mm(1.5);
        const double h = m_p.mm(5.5);
        if (draw) {
            text(label, font, x, y + h - m_p.mm(4), labelWidth, kGuidance, true);
            m_painter.setPen(QPen(kRule, m_p.mm(0.2), Qt::DotLine));
            m_painter.drawLine(QPointF(x + labelWidth, y + h - m_p.mm(1)),
                               QPointF(m_p.left() + m_p.width(), y + h - m_p.mm(1)));
        }
        return h + m_p.mm(1);
    }

    PdfPages& m_p;
    const ChecklistPdf::Sheet& m_sheet;
    QPainter& m_painter;
    double m_pad;
    double m_codeWidth;
    double m_answerWidth;
};

// The title and the boxed facts of the check; blanks where the check does not say.
void header(PdfPages& p, const ChecklistPdf::Sheet& s)
{
    QPainter& painter = p.painter();
    p.paragraph(ChecklistPdf::tr("Community check: field checklist"), ReportFonts::font(18, true), Qt::black, p.mm(1));
    p.paragraph(s.set->name.text(s.language), ReportFonts::font(10), kGuidance, p.mm(3));
    const QString place = QStringList {s.community.city, s.community.county}.join(u' ').trimmed();
    const QString version = s.set->code + u' ' + s.set->version;
    const std::vector<std::pair<QString, QString>> facts {
        {ChecklistPdf::tr("Community"), s.community.code + u' ' + s.community.name},
        {ChecklistPdf::tr("Community type"), typeName(s)},
        {ChecklistPdf::tr("County"), place},
        {ChecklistPdf::tr("Street"), s.community.street},
        {ChecklistPdf::tr("Indicator set"), version},
        {ChecklistPdf::tr("Round"), s.round},
        {ChecklistPdf::tr("Date of the visit"), s.date.isValid() ? s.date.toString(Qt::ISODate) : QString()},
        {ChecklistPdf::tr("Assessors"), s.assessors.join(ReportText::listSeparator())},
    };
    const QFont labelFont = ReportFonts::font(8.5, true);
    const QFont valueFont = ReportFonts::font(9.5);
    const double labelWidth = p.mm(26);
    const double cell = p.width() / 2;
    const double pad = p.mm(1.5);
    for (size_t i = 0; i < facts.size(); i += 2) {
        double h = p.mm(8);
        for (size_t k = i; k < i + 2; ++k)
            h = std::max(h, p.textHeight(facts[k].second, valueFont, cell - labelWidth - 2 * pad) + 2 * pad);
        for (size_t k = i; k < i + 2; ++k) {
            const double x = p.left() + static_cast<double>(k - i) * cell;
            const QRectF label(x, p.y(), labelWidth, h);
            const QRectF value(x + labelWidth, p.y(), cell - labelWidth, h);
            painter.fillRect(label, QColor(0xe8, 0xf0, 0xec));
            painter.setPen(QPen(kRule, p.mm(0.2)));
            painter.drawRect(label);
            painter.drawRect(value);
            painter.setPen(Qt::black);
            painter.setFont(labelFont);
            painter.drawText(label.adjusted(pad, 0, -pad, 0), Qt::AlignVCenter | Qt::TextWordWrap, facts[k].first);
            painter.setFont(valueFont);
            painter.drawText(value.adjusted(pad, 0, -pad, 0), Qt::AlignVCenter | Qt::TextWordWrap, facts[k].second);
        }
        p.advance(h);
    }
    p.advance(p.mm(3));
    p.paragraph(ChecklistPdf::tr("Tick one box, or write the value in the box, for every indicator; to change a tick, "
                                 "cross it out and tick again. When an indicator does not apply, tick N/A and write "
                                 "why on its note line. Back at the office, open this check and type the answers in "
                                 "the order printed here: the value, then Enter, line by line."),
                ReportFonts::font(8.5),
                kInk,
                p.mm(1.5));
    p.paragraph(ChecklistPdf::tr("Bottom line: a bottom-line indicator; when it fails, the grade is capped."),
                ReportFonts::font(8.5),
                kRed,
                p.mm(2));
}

} // namespace

bool ChecklistPdf::applies(const cc::Indicator& indicator, const Sheet& sheet)
{
    return !indicator.appliesTo || indicator.appliesTo->contains(sheet.community.type);
}

cc::Result<ChecklistPdf::Sheet>
ChecklistPdf::forCheck(cc::Workspace& workspace, const cc::AssessmentId& id, const QString& language)
{
    auto check = workspace.assessments().find(id);
    if (!check)
        return check.error();
    auto sheet = forCommunity(workspace, check->communityCode, check->setCode, check->setVersion, language);
    if (!sheet)
        return sheet.error();
    sheet->round = check->round.toString();
    sheet->date = check->checkDate;
    sheet->assessors = check->assessors;
    return sheet;
}

cc::Result<ChecklistPdf::Sheet> ChecklistPdf::forCommunity(cc::Workspace& workspace,
                                                           const QString& communityCode,
                                                           const QString& setCode,
                                                           const QString& version,
                                                           const QString& language)
{
    Sheet sheet;
    sheet.language = language;
    auto community = workspace.communities().byCode(communityCode);
    if (!community)
        return community.error();
    sheet.community = *community;
    auto set = workspace.sets().load(setCode, version);
    if (!set)
        return set.error();
    sheet.set = *set;
    auto buildings = workspace.buildings().list(communityCode);
    if (!buildings)
        return buildings.error();
    sheet.buildings = std::move(*buildings);
    return sheet;
}

cc::Result<int> ChecklistPdf::paint(const Sheet& sheet, QPagedPaintDevice& device, int totalPages)
{
    QPainter painter;
    if (!painter.begin(&device))
        return cc::makeError(cc::ErrorCode::Io, tr("Cannot start painting the checklist."));
    const QString title = tr("Community check: field checklist");
    PdfPages p(device,
               painter,
               title + QStringLiteral(" · ") + sheet.community.name + QStringLiteral(" · ") + sheet.set->code + u' '
                   + sheet.set->version);
    p.pageLabel = [totalPages](int n) {
        return totalPages > 0 ? tr("Page %1 / %2").arg(n).arg(totalPages) : ReportText::page(n);
    };
    p.decorateFirstPage();
    header(p, sheet);
    Rows rows(p, sheet);
    for (const cc::Group& programme : sheet.set->groups)
        rows.group(programme, 0);
    paintLedger(p, sheet);
    paintClosing(p, sheet);
    const int pages = p.pages();
    if (!painter.end())
        return cc::makeError(cc::ErrorCode::Io, tr("Cannot finish painting the checklist."));
    return pages;
}

cc::Result<int> ChecklistPdf::write(const Sheet& sheet, const QString& path)
{
    if (auto refused = ReportPdf::folderProblem(path); !refused)
        return refused.error();
    const QString title = tr("Community check: field checklist") + QStringLiteral(" — ") + sheet.community.name;
    // Twice: the first time to count the pages that "page x / y" names.
    const auto render = [&](int total, QByteArray& bytes) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfPages::kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CommunityCheck"));
        return paint(sheet, writer, total);
    };
    QByteArray counting;
    const auto counted = render(0, counting);
    if (!counted)
        return counted.error();
    QByteArray bytes;
    auto pages = render(*counted, bytes);
    if (!pages)
        return pages.error();
    PdfFinish::Info info;
    info.title = title;
    info.author = sheet.assessors.join(ReportText::listSeparator());
    info.subject = sheet.set->name.text(sheet.language) + QStringLiteral(" (") + sheet.set->code + u' '
        + sheet.set->version + u')';
    QStringList keywords {sheet.community.code, sheet.community.name, sheet.set->code, sheet.round};
    keywords.removeAll(QString());
    info.keywords = keywords.join(QStringLiteral("; "));
    if (auto saved = ReportPdf::savePdf(bytes, path, info); !saved)
        return saved.error();
    return pages;
}
