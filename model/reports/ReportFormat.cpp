#include "ReportFormat.h"

#include "core/LocalTime.h"
#include "domain/Types.h"
#include "io/Csv.h"
#include "models/Display.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

#include <cmath>

namespace Kezek {

namespace {

// The columns of every breakdown row, as JSON keys and CSV headers.
const QStringList rowColumns{QStringLiteral("arrivals"),      QStringLiteral("served"),
                             QStringLiteral("served_services"), QStringLiteral("no_shows"),
                             QStringLiteral("wait_avg_s"),    QStringLiteral("wait_max_s"),
                             QStringLiteral("service_avg_s"), QStringLiteral("norm_s"),
                             QStringLiteral("idle_s"),        QStringLiteral("outlier")};

QString number(double value)
{
    // Shortest exact text of an already-rounded value: 450, 450.5, 0.6667.
    return QString::number(value, 'g', 15);
}

QJsonObject rowJson(const ReportRow &row)
{
    QJsonObject o;
    o.insert(QStringLiteral("arrivals"), row.sums.arrivals);
    o.insert(QStringLiteral("served"), row.sums.served);
    o.insert(QStringLiteral("served_services"), row.sums.servedServices);
    o.insert(QStringLiteral("no_shows"), row.sums.noShows);
    o.insert(QStringLiteral("wait_avg_s"), ReportFormat::seconds(row.sums.waitAverage()));
    o.insert(QStringLiteral("wait_max_s"), row.sums.waitMax);
    o.insert(QStringLiteral("service_avg_s"), ReportFormat::seconds(row.sums.serviceAverage()));
    o.insert(QStringLiteral("norm_s"), ReportFormat::seconds(row.referenceServiceSeconds));
    o.insert(QStringLiteral("idle_s"), row.sums.idle);
    o.insert(QStringLiteral("outlier"), row.outlier);
    return o;
}

QStringList rowCells(const ReportRow &row)
{
    const QJsonObject o = rowJson(row);
    QStringList cells;
    for (const QString &column : rowColumns) {
        const QJsonValue v = o.value(column);
        cells.append(v.isBool() ? (v.toBool() ? QStringLiteral("1") : QStringLiteral("0")) : number(v.toDouble()));
    }
    return cells;
}

QString csvLine(const QStringList &cells)
{
    return Csv::line(cells);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%');
}

} // namespace

double ReportFormat::seconds(double value)
{
    return std::round(value * 10.0) / 10.0;
}

double ReportFormat::share(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject ReportFormat::json(const Report &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), r.from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), r.to.toString(Qt::ISODate));
    o.insert(QStringLiteral("generated_at"),
             QDateTime::fromSecsSinceEpoch(r.generatedAt).toString(Qt::ISODate));
    o.insert(QStringLiteral("days"), r.days);
    o.insert(QStringLiteral("wait_target_s"), r.waitTarget);
    o.insert(QStringLiteral("served_citizens"), r.servedCitizens());
    o.insert(QStringLiteral("served_services"), r.servedServices());
    o.insert(QStringLiteral("waiting_now"), r.waitingNow);
    o.insert(QStringLiteral("wait_avg_s"), seconds(r.waitAverage()));
    o.insert(QStringLiteral("wait_max_s"), r.waitMax());
    o.insert(QStringLiteral("wait_within_target_share"), share(r.waitWithinTargetShare()));
    o.insert(QStringLiteral("service_avg_s"), seconds(r.serviceAverage()));
    o.insert(QStringLiteral("booked_share"), share(r.bookedShare()));
    o.insert(QStringLiteral("walk_ins"), r.walkIns());
    o.insert(QStringLiteral("no_shows"), r.noShows());
    o.insert(QStringLiteral("no_show_rate"), share(r.noShowRate()));
    o.insert(QStringLiteral("arrivals"), r.total.arrivals);
    o.insert(QStringLiteral("cancelled"), r.total.cancelled);
    o.insert(QStringLiteral("bookings"), r.total.bookings);
    o.insert(QStringLiteral("bookings_missed"), r.total.bookingsMissed);
    o.insert(QStringLiteral("idle_s"), r.total.idle);

    QJsonObject channels;
    for (const ReportRow &row : r.channels) {
        channels.insert(row.key, QJsonObject{{QStringLiteral("arrivals"), row.sums.arrivals},
                                             {QStringLiteral("served"), row.sums.served},
                                             {QStringLiteral("share"), share(r.channelShare(row))}});
    }
    o.insert(QStringLiteral("by_channel"), channels);

    const auto list = [](const QList<ReportRow> &rows, const QString &key, bool numericKey) {
        QJsonArray array;
        for (const ReportRow &row : rows) {
            QJsonObject item = rowJson(row);
            item.insert(key, numericKey ? QJsonValue(row.key.toInt()) : QJsonValue(row.key));
            array.append(item);
        }
        return array;
    };
    o.insert(QStringLiteral("per_window"), list(r.windows, QStringLiteral("window"), true));
    o.insert(QStringLiteral("per_operator"), list(r.operators, QStringLiteral("operator"), false));
    o.insert(QStringLiteral("per_service"), list(r.services, QStringLiteral("service"), false));
    QJsonArray hours;
    for (const ReportRow &row : r.hours) {
        hours.append(QJsonObject{{QStringLiteral("hour"), row.id},
                                 {QStringLiteral("arrivals"), row.sums.arrivals},
                                 {QStringLiteral("served"), row.sums.served},
                                 {QStringLiteral("waiting"), seconds(r.hourWaiting(row))},
                                 {QStringLiteral("wait_avg_s"), seconds(row.sums.waitAverage())},
                                 {QStringLiteral("outlier"), row.outlier}});
    }
    o.insert(QStringLiteral("per_hour"), hours);
    return o;
}

QString ReportFormat::csv(const Report &r)
{
    const QJsonObject o = json(r);
    QString out;
    out += csvLine({QStringLiteral("figure"), QStringLiteral("value")});
    for (const QString &key :
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("days"), QStringLiteral("wait_target_s"),
          QStringLiteral("served_citizens"), QStringLiteral("served_services"), QStringLiteral("waiting_now"),
          QStringLiteral("wait_avg_s"), QStringLiteral("wait_max_s"), QStringLiteral("wait_within_target_share"),
          QStringLiteral("service_avg_s"), QStringLiteral("booked_share"), QStringLiteral("walk_ins"),
          QStringLiteral("no_shows"), QStringLiteral("no_show_rate"), QStringLiteral("arrivals"),
          QStringLiteral("cancelled"), QStringLiteral("bookings"), QStringLiteral("bookings_missed"),
          QStringLiteral("idle_s")}) {
        const QJsonValue v = o.value(key);
        out += csvLine({key, v.isString() ? v.toString() : number(v.toDouble())});
    }
    out += QLatin1Char('\n');
    out += csvLine({QStringLiteral("channel"), QStringLiteral("arrivals"), QStringLiteral("served"),
                    QStringLiteral("share")});
    for (const ReportRow &row : r.channels) {
        out += csvLine({row.key, number(double(row.sums.arrivals)), number(double(row.sums.served)),
                        number(share(r.channelShare(row)))});
    }
    const auto table = [&out](const QString &keyColumn, const QList<ReportRow> &rows) {
        out += QLatin1Char('\n');
        out += csvLine(QStringList{keyColumn} + rowColumns);
        for (const ReportRow &row : rows)
            out += csvLine(QStringList{row.key} + rowCells(row));
    };
    table(QStringLiteral("window"), r.windows);
    table(QStringLiteral("operator"), r.operators);
    table(QStringLiteral("service"), r.services);
    out += QLatin1Char('\n');
    out += csvLine({QStringLiteral("hour"), QStringLiteral("arrivals"), QStringLiteral("served"),
                    QStringLiteral("waiting"), QStringLiteral("wait_avg_s"), QStringLiteral("outlier")});
    for (const ReportRow &row : r.hours) {
        out += csvLine({row.key, number(double(row.sums.arrivals)), number(double(row.sums.served)),
                        number(seconds(r.hourWaiting(row))), number(seconds(row.sums.waitAverage())),
                        row.outlier ? QStringLiteral("1") : QStringLiteral("0")});
    }
    return out;
}

QString ReportFormat::text(const Report &r)
{
    QStringList lines;
    const QString period = r.from == r.to ? r.from.toString(Qt::ISODate)
                                          : tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    lines << tr("Figures for %1 (%n day(s) with tickets)", nullptr, r.days).arg(period);
    lines << tr("Citizens served: %1; services served: %2; waiting now: %3")
                 .arg(r.servedCitizens())
                 .arg(r.servedServices())
                 .arg(r.waitingNow);
    lines << tr("Wait: average %1, longest %2, within %3 min: %4")
                 .arg(Display::duration(r.waitAverage()), Display::duration(double(r.waitMax())))
                 .arg(r.waitTarget / 60)
                 .arg(percent(r.waitWithinTargetShare()));
    lines << tr("Service time: average %1").arg(Display::duration(r.serviceAverage()));
    lines << tr("Served by booking: %1; walk-ins: %2; no-shows: %3 (%4)")
                 .arg(percent(r.bookedShare()))
                 .arg(r.walkIns())
                 .arg(r.noShows())
                 .arg(percent(r.noShowRate()));
    QStringList channels;
    for (const ReportRow &row : r.channels)
        channels << QStringLiteral("%1 %2").arg(Names::displaySource(row.key), percent(r.channelShare(row)));
    lines << tr("By channel: %1").arg(channels.join(QStringLiteral(", ")));
    const auto table = [&lines](const QString &title, const QList<ReportRow> &rows) {
        lines << QString() << title;
        for (const ReportRow &row : rows) {
            lines << tr("  %1: served %2, services %3, service %4 (norm %5), idle %6%7")
                         .arg(row.key.leftJustified(10))
                         .arg(row.sums.served)
                         .arg(row.sums.servedServices)
                         .arg(Display::duration(row.sums.serviceAverage()), Display::duration(row.referenceServiceSeconds),
                              Display::duration(double(row.sums.idle)),
                              row.outlier ? QStringLiteral("  ! ") + row.outlierReason : QString());
        }
    };
    table(tr("Per window"), r.windows);
    table(tr("Per operator"), r.operators);
    table(tr("Per service"), r.services);
    lines << QString() << tr("Per hour");
    for (const ReportRow &row : r.hours) {
        lines << tr("  %1  arrivals %2, served %3, waiting %4, average wait %5%6")
                     .arg(row.label)
                     .arg(row.sums.arrivals)
                     .arg(row.sums.served)
                     .arg(QString::number(r.hourWaiting(row), 'f', r.days > 1 ? 1 : 0), Display::duration(row.sums.waitAverage()),
                          row.outlier ? QStringLiteral("  !") : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Kezek
