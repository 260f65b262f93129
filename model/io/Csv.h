#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QLocale;

namespace Kezek {

// CSV as spreadsheets read it: fields quoted where needed, and a file that opens as UTF-8 (a byte-order mark,
// CRLF line ends). Shared by every export, so they all read alike.
class Csv final
{
public:
    // `separator`: ',' for machines (kezekctl); separatorFor() a person's spreadsheet.
    static QString line(const QStringList &cells, QChar separator = QLatin1Char(','));
    // What Excel and LibreOffice split columns on in that locale: ';' where the decimal point is a comma (Russian,
    // Kazakh), so that "12,5" stays one number; ',' elsewhere.
    static QChar separatorFor(const QLocale &locale);
    static QByteArray spreadsheetFile(const QString &text);
    // What a table view shows (headers, then every row's display text), for "export what I see", split as
    // `locale`'s spreadsheets split.
    static QByteArray spreadsheetFile(const QAbstractItemModel &model, const QLocale &locale);
};

} // namespace Kezek
