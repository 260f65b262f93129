#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Kezek {

struct Report;

// The printable supervisor report: title, period, figures, the hourly chart and the tables, in the language
// of the installed translation (service names in `language`). Operators appear by login; no citizen data.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // The document as HTML; the chart is the image resource "kezek:chart".
    static QString html(const Report &report, const QString &centerName);
    // Writes a PDF to `path`; `step` is told 1..4 as the parts are done.
    static Status write(const Report &report, const QString &centerName, const QString &path,
                        const std::function<void(int step)> &step = {});
};

} // namespace Kezek
