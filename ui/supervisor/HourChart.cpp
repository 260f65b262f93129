#include "HourChart.h"

#include "reports/Report.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace Kezek {

QChart *HourChart::build(const Report &report)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto *arrivals = new QBarSet(tr("Arrivals"));
    auto *served = new QBarSet(tr("Served"));
    auto *waiting = new QLineSeries;
    waiting->setName(tr("Waiting at the end of the hour"));
    auto *wait = new QLineSeries;
    wait->setName(tr("Average wait, min"));
    auto *target = new QLineSeries;
    target->setName(tr("Wait target, min"));
    QStringList hours;
    double peakCount = 1;
    double peakMinutes = report.waitTarget / 60.0;
    for (qsizetype i = 0; i < report.hours.size(); ++i) {
        const ReportRow &row = report.hours.at(i);
        hours << row.label;
        *arrivals << double(row.sums.arrivals);
        *served << double(row.sums.served);
        const double people = report.hourWaiting(row);
        waiting->append(double(i), people);
        const double minutes = row.sums.waitAverage() / 60.0;
        wait->append(double(i), minutes);
        target->append(double(i), report.waitTarget / 60.0);
        peakCount = std::max({peakCount, double(row.sums.arrivals), double(row.sums.served), people});
        peakMinutes = std::max(peakMinutes, minutes);
    }
    auto *bars = new QBarSeries;
    bars->append(arrivals);
    bars->append(served);
    chart->addSeries(bars);
    chart->addSeries(waiting);
    chart->addSeries(wait);
    chart->addSeries(target);
    arrivals->setColor(QColor(30, 136, 229));
    served->setColor(QColor(67, 160, 71));
    waiting->setPen(QPen(QColor(142, 36, 170), 2));
    wait->setPen(QPen(QColor(251, 140, 0), 2));
    QPen targetPen(QColor(198, 40, 40));
    targetPen.setStyle(Qt::DashLine);
    targetPen.setWidth(2);
    target->setPen(targetPen);

    auto *hourAxis = new QBarCategoryAxis;
    hourAxis->append(hours);
    chart->addAxis(hourAxis, Qt::AlignBottom);
    auto *countAxis = new QValueAxis;
    countAxis->setTitleText(tr("People"));
    countAxis->setRange(0, std::ceil(peakCount * 1.1));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    auto *minutesAxis = new QValueAxis;
    minutesAxis->setTitleText(tr("Minutes"));
    minutesAxis->setRange(0, std::ceil(peakMinutes * 1.2));
    minutesAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(minutesAxis, Qt::AlignRight);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(waiting)}) {
        series->attachAxis(hourAxis);
        series->attachAxis(countAxis);
    }
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(wait), static_cast<QAbstractSeries *>(target)}) {
        series->attachAxis(hourAxis);
        series->attachAxis(minutesAxis);
    }
    return chart;
}

QImage HourChart::image(const Report &report, QSize size)
{
    QGraphicsScene scene;
    QChart *chart = build(report);
    scene.addItem(chart); // the scene owns it now
    chart->resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

} // namespace Kezek
