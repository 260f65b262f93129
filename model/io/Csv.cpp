#include "Csv.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace Kezek {

namespace {

QString field(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString Csv::line(const QStringList &cells, QChar separator)
{
    QStringList fields;
    for (const QString &c : cells)
        fields.append(field(c, separator));
    return fields.join(separator) + QLatin1Char('\n');
}

QChar Csv::separatorFor(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QByteArray Csv::spreadsheetFile(const QString &text)
{
    QString crlf = text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QByteArray("\xEF\xBB\xBF") + crlf.toUtf8();
}

QByteArray Csv::spreadsheetFile(const QAbstractItemModel &model, const QLocale &locale)
{
    const QChar separator = separatorFor(locale);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QString text = line(headers, separator);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        text += line(cells, separator);
    }
    return spreadsheetFile(text);
}

} // namespace Kezek
