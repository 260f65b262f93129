#include "Csv.h"

#include <QAbstractItemModel>

namespace Kezek {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString Csv::line(const QStringList &cells)
{
    QStringList fields;
    for (const QString &c : cells)
        fields.append(field(c));
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QByteArray Csv::spreadsheetFile(const QString &text)
{
    QString crlf = text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QByteArray("\xEF\xBB\xBF") + crlf.toUtf8();
}

QByteArray Csv::spreadsheetFile(const QAbstractItemModel &model)
{
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QString text = line(headers);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        text += line(cells);
    }
    return spreadsheetFile(text);
}

} // namespace Kezek
