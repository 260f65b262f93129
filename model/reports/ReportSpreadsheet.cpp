#include "ReportSpreadsheet.h"

#include "domain/Types.h"
#include "io/Csv.h"
#include "reports/FigureTableModel.h"

namespace Kezek {

namespace {

bool isDuration(FigureTableModel::Column column)
{
    using C = FigureTableModel::Column;
    return column == C::WaitAverage || column == C::ServiceAverage || column == C::Norm || column == C::Idle;
}

} // namespace

ReportSpreadsheet::ReportSpreadsheet(const QLocale &locale, QHash<QString, QString> operatorNames)
    : m_locale(locale)
    , m_separator(Csv::separatorFor(locale))
    , m_operatorNames(std::move(operatorNames))
{
    // "1 234" would read as text: spreadsheets take plain digits.
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString ReportSpreadsheet::line(const QStringList &cells) const
{
    return Csv::line(cells, m_separator);
}

QString ReportSpreadsheet::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportSpreadsheet::minutes(double seconds) const
{
    return number(seconds / 60.0, 1);
}

QString ReportSpreadsheet::percent(double share) const
{
    return number(100.0 * share, 1);
}

QString ReportSpreadsheet::totals(const Report &r) const
{
    const QString period = r.from == r.to ? m_locale.toString(r.from, QLocale::ShortFormat)
                                          : tr("%1 to %2").arg(m_locale.toString(r.from, QLocale::ShortFormat),
                                                              m_locale.toString(r.to, QLocale::ShortFormat));
    const std::pair<QString, QString> rows[] = {
        {tr("Period"), period},
        {tr("Days with tickets"), number(r.days, 0)},
        {tr("Citizens served"), number(double(r.servedCitizens()), 0)},
        {tr("Services served"), number(double(r.servedServices()), 0)},
        {tr("Waiting now"), number(double(r.waitingNow), 0)},
        {tr("Average wait, min"), minutes(r.waitAverage())},
        {tr("Longest wait, min"), minutes(double(r.waitMax()))},
        {tr("Waits within %1 min, %").arg(r.waitTarget / 60), percent(r.waitWithinTargetShare())},
        {tr("Average service, min"), minutes(r.serviceAverage())},
        {tr("Served by booking, %"), percent(r.bookedShare())},
        {tr("Walk-in tickets"), number(double(r.walkIns()), 0)},
        {tr("No-shows"), number(double(r.noShows()), 0)},
        {tr("No-show rate, %"), percent(r.noShowRate())},
        {tr("Arrivals"), number(double(r.total.arrivals), 0)},
        {tr("Cancelled"), number(double(r.total.cancelled), 0)},
        {tr("Bookings"), number(double(r.total.bookings), 0)},
        {tr("Bookings not come"), number(double(r.total.bookingsMissed), 0)},
        {tr("Windows idle while citizens waited, min"), minutes(double(r.total.idle))},
    };
    QString out = line({tr("Figure"), tr("Value")});
    for (const auto &[label, value] : rows)
        out += line({label, value});
    return out;
}

QString ReportSpreadsheet::channels(const Report &r) const
{
    QString out = line({tr("Channel"), tr("Arrivals"), tr("Served"), tr("Share of served, %")});
    for (const ReportRow &row : r.channels) {
        out += line({Names::displaySource(row.key), number(double(row.sums.arrivals), 0),
                     number(double(row.sums.served), 0), percent(r.channelShare(row))});
    }
    return out;
}

QString ReportSpreadsheet::text(const Report &report) const
{
    QString out = totals(report) + QLatin1Char('\n') + channels(report);
    using Kind = FigureTableModel::Kind;
    for (const Kind kind : {Kind::Windows, Kind::Operators, Kind::Services, Kind::Hours}) {
        // The dashboard's own table, so that its columns and headers are the export's.
        FigureTableModel table(kind);
        table.setReport(report);
        QStringList headers;
        for (int section = 0; section < table.columnCount(); ++section) {
            const QString header = table.headerData(section, Qt::Horizontal).toString();
            const auto column = table.column(section);
            headers << (isDuration(column)                        ? tr("%1, min").arg(header)
                        : column == FigureTableModel::Column::ToNorm ? tr("%1, %").arg(header)
                                                                     : header);
        }
        out += QLatin1Char('\n') + line(headers);
        for (int row = 0; row < table.rowCount(); ++row) {
            const ReportRow &figures = table.rowAt(row);
            QStringList cells;
            for (int section = 0; section < table.columnCount(); ++section) {
                const auto column = table.column(section);
                const QVariant raw = table.index(row, section).data(FigureTableModel::RawRole);
                if (column == FigureTableModel::Column::Key) {
                    cells << (kind == Kind::Operators ? m_operatorNames.value(figures.key, figures.key)
                                                      : table.index(row, section).data().toString());
                } else if (isDuration(column)) {
                    cells << minutes(raw.toDouble());
                } else if (column == FigureTableModel::Column::ToNorm) {
                    cells << (raw.toDouble() > 0 ? percent(raw.toDouble()) : QString());
                } else if (column == FigureTableModel::Column::Waiting) {
                    cells << number(raw.toDouble(), report.days > 1 ? 1 : 0);
                } else {
                    cells << number(raw.toDouble(), 0);
                }
            }
            out += line(cells);
        }
    }
    return out;
}

QByteArray ReportSpreadsheet::file(const Report &report) const
{
    return Csv::spreadsheetFile(text(report));
}

} // namespace Kezek
