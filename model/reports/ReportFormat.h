#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Kezek {

// The written forms of a Report: JSON with DOMAIN.md's keys, CSV for spreadsheets, and text for a terminal.
// None carries personal data: operators appear by login, citizens not at all.
class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    static QJsonObject json(const Report &report);
    // Sections (figures, channels, windows, operators, services, hours), each a header row and its rows,
    // separated by an empty line; comma-separated, quoted where needed, seconds and shares as plain numbers.
    static QString csv(const Report &report);
    static QString text(const Report &report);

    // Rounding shared by every form, so the numbers agree to the digit.
    static double seconds(double value); // 0.1 s
    static double share(double value);   // 4 decimals
};

} // namespace Kezek
