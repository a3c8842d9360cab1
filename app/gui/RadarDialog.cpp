// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RadarDialog.h"

#include "app/gui/ErrorPresenter.h"
#include "app/gui/SavePath.h"
#include "app/render/RoundCharts.h"
#include "ui_RadarDialog.h"

#include <QChart>
#include <QChartView>

RadarDialog::RadarDialog(QChart* shown, std::function<QChart*()> build, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RadarDialog>())
    , m_build(std::move(build))
{
    m_ui->setupUi(this);
    auto* view = new QChartView(shown, this); // the view owns the chart it was made with
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 300);
    m_ui->mainLayout->insertWidget(0, view, 1);
    resize(760, 620);
    connect(m_ui->exportRadarPushButton, &QPushButton::clicked, this, &RadarDialog::onExportClicked);
}

RadarDialog::~RadarDialog() = default;

void RadarDialog::onExportClicked()
{
    const QString path = SavePath::ask(this,
                                       tr("Export the chart"),
                                       tr("radar") + QStringLiteral(".png"),
                                       tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto written = RoundCharts::write(m_build(), QSize(900, 800), path); !written)
        ErrorPresenter::show(this, written.error());
}
