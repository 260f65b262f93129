#pragma once

#include "reports/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>

namespace Kezek {

// The supervisor's figures as a person's spreadsheet (the dashboard's CSV export): in the user's language, split
// and written as that locale's Excel and LibreOffice read it (';' and a decimal comma in Russian and Kazakh, see
// Csv::separatorFor), durations as minutes (a number, so that they sum and chart), shares as percentages, channels
// by name and operators by their full names. The same sections as the dashboard: the totals, the channels, and
// the tables per window, operator, service and hour with the dashboard's columns. `kezekctl report --format csv`
// keeps its machine keys and seconds (ReportFormat::csv).
class ReportSpreadsheet final
{
    Q_DECLARE_TR_FUNCTIONS(ReportSpreadsheet)

public:
    // `operatorNames`: full names by login; a login without one is written as it is.
    ReportSpreadsheet(const QLocale &locale, QHash<QString, QString> operatorNames);

    QString text(const Report &report) const;
    // With the byte-order mark and CRLF line ends a spreadsheet opens as UTF-8.
    QByteArray file(const Report &report) const;

    // "12,5" in Russian: seconds as minutes with one decimal.
    QString minutes(double seconds) const;

private:
    QString line(const QStringList &cells) const;
    QString number(double value, int decimals) const;
    QString percent(double share) const;
    QString totals(const Report &report) const;
    QString channels(const Report &report) const;

    QLocale m_locale;
    QChar m_separator;
    QHash<QString, QString> m_operatorNames;
};

} // namespace Kezek
