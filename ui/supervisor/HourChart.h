#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QChart;

namespace Kezek {

struct Report;

// The dashboard's chart of a Report by hour: arrivals and served as bars, the waiting count as a line (left
// axis, people), the mean wait as a line against the wait target (right axis, minutes).
class HourChart final
{
    Q_DECLARE_TR_FUNCTIONS(HourChart)

public:
    // A new chart; the caller (or the QChartView it is given to) owns it.
    static QChart *build(const Report &report);
    // The chart drawn into an image, for the PDF report.
    static QImage image(const Report &report, QSize size);
};

} // namespace Kezek
