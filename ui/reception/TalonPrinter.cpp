#include "TalonPrinter.h"

#include "core/LocalTime.h"
#include "display/Bilingual.h"

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace Kezek {

namespace {

const char context[] = "Talon";

} // namespace

QString TalonPrinter::html(const Talon &talon, const Bilingual &b)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    const auto row = [&b, &esc](const char *label, const QString &value) {
        return QStringLiteral("<tr><td>%1<br/><i>%2</i></td><td align=\"right\"><b>%3</b></td></tr>")
            .arg(esc(b.kk(context, label)), esc(b.ru(context, label)), esc(value));
    };
    const QString date = QDateTime::fromSecsSinceEpoch(talon.issuedAt).date().toString(QStringLiteral("dd.MM.yyyy"));
    QString text = QStringLiteral("<div align=\"center\" style=\"font-size:9pt\">%1</div>").arg(esc(talon.centerName));
    // "Талон" in both languages: said once, not "Талон / Талон".
    const QString ticketKk = b.kk(context, QT_TRANSLATE_NOOP("Talon", "Ticket"));
    const QString ticketRu = b.ru(context, QT_TRANSLATE_NOOP("Talon", "Ticket"));
    text += QStringLiteral("<div align=\"center\" style=\"font-size:9pt\">%1</div>")
                .arg(esc(ticketKk == ticketRu ? ticketKk : ticketKk + QStringLiteral(" / ") + ticketRu));
    text += QStringLiteral("<div align=\"center\" style=\"font-size:40pt; font-weight:bold\">%1</div>")
                .arg(esc(talon.number));
    text += QStringLiteral("<div align=\"center\" style=\"font-size:10pt\"><b>%1</b><br/><i>%2</i></div><br/>")
                .arg(esc(talon.serviceKk), esc(talon.serviceRu));
    text += QStringLiteral("<table width=\"100%\" style=\"font-size:9pt\" cellspacing=\"2\">");
    text += row(QT_TRANSLATE_NOOP("Talon", "Issued"), date + QLatin1Char(' ') + LocalTime::hhmm(talon.issuedAt));
    if (talon.slotStart)
        text += row(QT_TRANSLATE_NOOP("Talon", "Booked slot"), LocalTime::hhmm(*talon.slotStart));
    if (talon.estimate) {
        text += row(QT_TRANSLATE_NOOP("Talon", "People ahead"), QString::number(talon.estimate->ahead));
        const QString minutes = b.kk(context, QT_TRANSLATE_NOOP("Talon", "about %n min"), talon.estimate->minutes())
            + QStringLiteral(" / ") + b.ru(context, QT_TRANSLATE_NOOP("Talon", "about %n min"), talon.estimate->minutes());
        text += row(QT_TRANSLATE_NOOP("Talon", "Expected wait"), minutes);
    }
    text += QStringLiteral("</table><br/>");
    text += QStringLiteral("<div align=\"center\" style=\"font-size:8pt\">%1<br/><i>%2</i></div>")
                .arg(esc(b.kk(context, QT_TRANSLATE_NOOP("Talon", "Watch the hall display for your number."))),
                     esc(b.ru(context, QT_TRANSLATE_NOOP("Talon", "Watch the hall display for your number."))));
    return text;
}

void TalonPrinter::setUpPage(QPrinter &printer)
{
    const QPageSize receipt(QSizeF(paperWidthMm, paperHeightMm), QPageSize::Millimeter, QStringLiteral("Receipt 80 mm"),
                            QPageSize::ExactMatch);
    printer.setPageLayout(QPageLayout(receipt, QPageLayout::Portrait, QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter));
}

bool TalonPrinter::print(const Talon &talon, const Bilingual &bilingual, QPrinter &printer)
{
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setHtml(html(talon, bilingual));
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution()).translated(
        -printer.pageLayout().paintRectPixels(printer.resolution()).topLeft());
    // Lay the text out at the paper's width in points, then scale to the printer's resolution.
    const double scale = double(printer.resolution()) / 72.0;
    document.setPageSize(QSizeF(page.width() / scale, page.height() / scale));
    painter.scale(scale, scale);
    document.drawContents(&painter);
    return painter.end();
}

bool TalonPrinter::printToPdf(const Talon &talon, const Bilingual &bilingual, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUpPage(printer);
    return print(talon, bilingual, printer);
}

} // namespace Kezek
