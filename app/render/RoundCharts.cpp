// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/RoundCharts.h"

#include "app/render/ReportCharts.h"
#include "app/render/ReportFonts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>

using cc::report::RankedCheck;
using cc::report::RollupRow;

namespace {

// Best grade first: green, blue, amber, red; further grades grey.
QColor gradeColour(size_t index)
{
    static const QColor colours[] = {
        QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x8f, 0x00), QColor(0xc6, 0x28, 0x28)};
    return index < std::size(colours) ? colours[index] : QColor(0x75, 0x75, 0x75);
}

void styleChart(QChart* chart, const QString& title)
{
    chart->setFont(ReportFonts::cjkFirst(10));
    chart->setTitleFont(ReportFonts::cjkFirst(12, true));
    chart->setTitle(title);
    chart->legend()->setFont(ReportFonts::cjkFirst(9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
}

QValueAxis* scoreAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(ReportFonts::cjkFirst(8));
    axis->setTitleText(title);
    axis->setTitleFont(ReportFonts::cjkFirst(9));
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& names)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setLabelsFont(ReportFonts::cjkFirst(8));
    axis->setLabelsAngle(names.size() > 12 ? -90 : 0); // upright names fit a narrow bar
    return axis;
}

} // namespace

QChart* RoundCharts::ranking(const std::vector<RankedCheck>& checks,
                             const std::vector<cc::GradeBand>& bands,
                             const QString& language)
{
    // The best and the worst when there are too many to read.
    std::vector<const RankedCheck*> shown;
    for (const RankedCheck& c : checks) {
        if (c.score)
            shown.push_back(&c);
    }
    const size_t scored = shown.size();
    if (shown.size() > static_cast<size_t>(kMaxBars))
        shown.erase(shown.begin() + kMaxBars / 2, shown.end() - kMaxBars / 2);

    auto* chart = new QChart;
    styleChart(chart,
               scored > shown.size()
                   ? tr("Overall score: the best %1 and the worst %1 of %2 communities").arg(kMaxBars / 2).arg(scored)
                   : tr("Overall score of %n community(ies)", nullptr, static_cast<int>(scored)));
    QStringList names;
    for (const RankedCheck* c : shown)
        names << c->community.name;
    // One bar set per grade, so that each bar takes its grade's colour and the legend names them.
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    std::vector<QBarSet*> sets;
    for (size_t g = 0; g < bands.size(); ++g) {
        // The band's lower limit in the legend; the dashed line of the same colour marks it.
        auto* set = new QBarSet(bands[g].min > 0 ? tr("%1 from %2").arg(bands[g].label.text(language)).arg(bands[g].min)
                                                 : bands[g].label.text(language));
        set->setColor(gradeColour(g));
        set->setBorderColor(gradeColour(g));
        sets.push_back(set);
    }
    auto* ungraded = new QBarSet(tr("No grade"));
    ungraded->setColor(QColor(0x9e, 0x9e, 0x9e));
    for (const RankedCheck* c : shown) {
        for (size_t g = 0; g < bands.size(); ++g)
            *sets[g] << (bands[g].label.zh == c->grade ? *c->score : 0.0);
        *ungraded << (c->grade.isEmpty() ? *c->score : 0.0);
    }
    for (QBarSet* set : sets)
        series->append(set);
    if (std::any_of(shown.begin(), shown.end(), [](const RankedCheck* c) { return c->grade.isEmpty(); }))
        series->append(ungraded);
    else
        delete ungraded;
    chart->addSeries(series);
    auto* x = categoryAxis(names);
    auto* y = scoreAxis(tr("Score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // The grade bands: a dashed line at each lower limit above 0, in the grade's colour.
    for (size_t g = 0; g < bands.size(); ++g) {
        if (bands[g].min <= 0)
            continue;
        auto* line = new QLineSeries;
        QPen pen(gradeColour(g));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->append(-0.5, bands[g].min);
        line->append(std::max<double>(0.5, static_cast<double>(shown.size()) - 0.5), bands[g].min);
        chart->addSeries(line);
        // A line on a category axis counts categories from 0: its own hidden value axis spans the same.
        auto* lx = new QValueAxis;
        lx->setRange(-0.5, std::max<double>(0.5, static_cast<double>(shown.size()) - 0.5));
        lx->setVisible(false);
        chart->addAxis(lx, Qt::AlignTop);
        line->attachAxis(lx);
        line->attachAxis(y);
        for (QLegendMarker* marker : chart->legend()->markers(line))
            marker->setVisible(false); // the bar's legend entry names the limit
    }
    return chart;
}

QChart* RoundCharts::grades(const std::vector<RollupRow>& rows,
                            const std::vector<cc::GradeBand>& bands,
                            const QString& language)
{
    const size_t n = std::min(rows.size(), static_cast<size_t>(kMaxBars));
    auto* chart = new QChart;
    styleChart(chart,
               n < rows.size() ? tr("Grades of the checked communities (the first %1 of %2)").arg(n).arg(rows.size())
                               : tr("Grades of the checked communities"));
    QStringList names;
    for (size_t i = 0; i < n; ++i)
        names << rows[i].key;
    auto* series = new QStackedBarSeries;
    int most = 1;
    for (size_t i = 0; i < n; ++i)
        most = std::max(most, rows[i].checked);
    for (size_t g = 0; g < bands.size(); ++g) {
        auto* set = new QBarSet(bands[g].label.text(language));
        set->setColor(gradeColour(g));
        set->setBorderColor(gradeColour(g));
        for (size_t i = 0; i < n; ++i) {
            int count = 0;
            for (const auto& [label, c] : rows[i].grades) {
                if (label == bands[g].label.zh)
                    count = c;
            }
            *set << count;
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = categoryAxis(names);
    auto* y = new QValueAxis;
    y->setRange(0, most);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(most, 5) + 1);
    if (most > 5)
        y->applyNiceNumbers(); // 0, 10, 20 … rather than 0, 10.2, 20.4 …
    y->setLabelsFont(ReportFonts::cjkFirst(8));
    y->setTitleText(tr("Communities"));
    y->setTitleFont(ReportFonts::cjkFirst(9));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* RoundCharts::radar(const QStringList& programmes, const std::vector<Ring>& rings, const QString& title)
{
    auto* chart = new QPolarChart;
    styleChart(chart, title);
    const int n = static_cast<int>(programmes.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setLabelsFont(ReportFonts::cjkFirst(9));
    for (int i = 0; i < n; ++i)
        angular->append(programmes[i], i);
    auto* radial = scoreAxis({});
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    static const QColor colours[] = {QColor(0x1d, 0x6f, 0x5f),
                                     QColor(0xc6, 0x28, 0x28),
                                     QColor(0x15, 0x65, 0xc0),
                                     QColor(0xef, 0x8f, 0x00),
                                     QColor(0x6a, 0x1b, 0x9a),
                                     QColor(0x54, 0x6e, 0x7a)};
    for (size_t i = 0; i < rings.size(); ++i)
        ReportCharts::addRadarRing(
            chart, angular, radial, rings[i].name, rings[i].values, colours[i % std::size(colours)], false);
    return chart;
}

QChart* RoundCharts::programmeBoxes(const QStringList& programmes,
                                    const std::vector<std::optional<cc::report::Rollup::Box>>& boxes,
                                    const QString& title)
{
    auto* chart = new QChart;
    styleChart(chart, title);
    chart->legend()->setVisible(false);
    auto* series = new QBoxPlotSeries;
    series->setBrush(QColor(0x1d, 0x6f, 0x5f, 0x60));
    series->setPen(QPen(QColor(0x1d, 0x6f, 0x5f), 1.5));
    for (qsizetype i = 0; i < programmes.size() && static_cast<size_t>(i) < boxes.size(); ++i) {
        const auto& b = boxes[static_cast<size_t>(i)];
        auto* set = b ? new QBoxSet(b->least, b->lowerQuartile, b->median, b->upperQuartile, b->greatest, programmes[i])
                      : new QBoxSet(programmes[i]); // nothing scored: an empty slot, not a box at 0
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = categoryAxis(programmes);
    x->setLabelsAngle(-30); // the programmes' names are long
    auto* y = scoreAxis(tr("Score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

namespace {

// Puts the chart in the scene (which owns it from then on) and lays it out at `size`.
QRectF layOut(QGraphicsScene& scene, QChart* chart, const QSize& size)
{
    scene.addItem(chart);
    const QRectF source(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(source);
    chart->layout()->activate();
    scene.setSceneRect(source);
    return source;
}

const QColor kFail(0xef, 0x9a, 0x9a);
const QColor kPass(0xa5, 0xd6, 0xa7);
const QColor kNotApplicable(0xe0, 0xe0, 0xe0);

} // namespace

void RoundCharts::paint(QChart* chart, const QSize& size, QPainter& painter, const QRectF& target)
{
    QGraphicsScene scene;
    const QRectF source = layOut(scene, chart, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, source);
    painter.restore();
}

QColor RoundCharts::heatColour(const cc::report::HeatMap::Cell& c, bool community)
{
    if (community)
        return c.fail ? kFail : c.pass ? kPass : c.notApplicable ? kNotApplicable : QColor();
    const int checked = c.pass + c.fail;
    if (checked == 0)
        return c.notApplicable ? kNotApplicable : QColor();
    // White to the fail colour by the share that failed.
    const double share = static_cast<double>(c.fail) / checked;
    const auto mix = [share](int from, int to) { return static_cast<int>(from + (to - from) * share); };
    return QColor(mix(255, 0xe5), mix(255, 0x39), mix(255, 0x35));
}

cc::Result<void> RoundCharts::write(QChart* chart, const QSize& size, const QString& path)
{
    QGraphicsScene scene;
    const QRectF source = layOut(scene, chart, size);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(source);
        svg.setTitle(chart->title());
        QPainter painter(&svg);
        scene.render(&painter, source, source);
    } else if (suffix == u"png") {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), source);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return cc::makeError(cc::ErrorCode::Io, tr("%1: the picture could not be encoded").arg(path));
    } else {
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             tr("%1: a chart is written as .png or .svg").arg(QDir::toNativeSeparators(path)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cc::makeError(
            cc::ErrorCode::Io,
            tr("%1: cannot write the chart (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
