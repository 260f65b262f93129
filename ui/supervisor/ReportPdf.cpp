#include "ReportPdf.h"

#include "supervisor/HourChart.h"

#include "domain/Types.h"
#include "models/Display.h"
#include "reports/FigureTableModel.h"
#include "reports/Report.h"
#include "reports/ReportFormat.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Kezek {

namespace {

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QLatin1Char('%');
}

QString table(const FigureTableModel &model)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>") + model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped()
            + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool outlier = model.index(r, 0).data(FigureTableModel::OutlierRole).toBool();
        html += outlier ? QStringLiteral("<tr bgcolor=\"#ffe0b2\">") : QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            html += (c == 0 ? QStringLiteral("<td>") : QStringLiteral("<td align=\"right\">"))
                + model.index(r, c).data().toString().toHtmlEscaped() + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ReportPdf::html(const Report &r, const QString &centerName)
{
    const QString period = r.from == r.to ? QLocale().toString(r.from, QLocale::LongFormat)
                                          : tr("%1 to %2").arg(QLocale().toString(r.from, QLocale::LongFormat),
                                                               QLocale().toString(r.to, QLocale::LongFormat));
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>") + tr("Supervisor report").toHtmlEscaped() + QStringLiteral("</h1>");
    h += QStringLiteral("<p><b>") + centerName.toHtmlEscaped() + QStringLiteral("</b><br/>")
        + tr("Period: %1").arg(period).toHtmlEscaped() + QStringLiteral("<br/>")
        + tr("Figures taken %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(r.generatedAt),
                                                        QLocale::ShortFormat))
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    const QList<std::pair<QString, QString>> figures{
        {tr("Citizens served"), QLocale().toString(r.servedCitizens())},
        {tr("Services served"), QLocale().toString(r.servedServices())},
        {tr("Waiting now"), QLocale().toString(r.waitingNow)},
        {tr("Average wait"), Display::duration(r.waitAverage())},
        {tr("Longest wait"), Display::duration(double(r.waitMax()))},
        {tr("Waits within %1 min").arg(r.waitTarget / 60), percent(r.waitWithinTargetShare())},
        {tr("Average service"), Display::duration(r.serviceAverage())},
        {tr("Served by booking"), percent(r.bookedShare())},
        {tr("Walk-ins"), QLocale().toString(r.walkIns())},
        {tr("No-shows"), tr("%1 (%2)").arg(QLocale().toString(r.noShows()), percent(r.noShowRate()))},
    };
    h += QStringLiteral("<h2>") + tr("Figures").toHtmlEscaped() + QStringLiteral("</h2>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[name, value] : figures) {
        h += QStringLiteral("<tr><td>") + name.toHtmlEscaped() + QStringLiteral("</td><td align=\"right\">")
            + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>") + tr("Served by channel:").toHtmlEscaped() + QLatin1Char(' ');
    QStringList channels;
    for (const ReportRow &row : r.channels)
        channels << QStringLiteral("%1 %2").arg(Names::displaySource(row.key), percent(r.channelShare(row)));
    h += channels.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral("</p>");

    h += QStringLiteral("<h2>") + tr("By hour").toHtmlEscaped() + QStringLiteral("</h2>");
    h += QStringLiteral("<p><img src=\"kezek:chart\" width=\"640\"/></p>");

    const QList<std::pair<FigureTableModel::Kind, QString>> tables{
        {FigureTableModel::Kind::Windows, tr("Per window")},
        {FigureTableModel::Kind::Operators, tr("Per operator")},
        {FigureTableModel::Kind::Services, tr("Per service")},
        {FigureTableModel::Kind::Hours, tr("Per hour")}};
    for (const auto &[kind, title] : tables) {
        FigureTableModel model(kind);
        model.setReport(r);
        h += QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2>") + table(model);
    }
    h += QStringLiteral("<p><i>") + tr("Marked rows: service over 125% of the norm, or an hour whose average wait "
                                       "is over the target.")
                                        .toHtmlEscaped()
        + QStringLiteral("</i></p></body></html>");
    return h;
}

Status ReportPdf::write(const Report &report, const QString &centerName, const QString &path,
                        const std::function<void(int)> &step)
{
    const auto done = [&step](int n) {
        if (step)
            step(n);
    };
    QTextDocument document;
    document.setHtml(html(report, centerName));
    done(1);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("kezek:chart")),
                         HourChart::image(report, QSize(1280, 560)));
    done(2);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Supervisor report"));
    writer.setCreator(QStringLiteral("Kezek"));
    writer.setResolution(150);
    done(3);
    document.print(&writer);
    done(4);
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return Failure{Failure::Kind::Database, tr("%1 could not be written.").arg(path)};
    return success();
}

} // namespace Kezek
