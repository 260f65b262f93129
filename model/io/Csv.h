#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Kezek {

// CSV as spreadsheets read it: fields quoted where needed, and a file that opens as UTF-8 (a byte-order mark,
// CRLF line ends). Shared by every export, so they all read alike.
class Csv final
{
public:
    static QString line(const QStringList &cells);
    static QByteArray spreadsheetFile(const QString &text);
    // What a table view shows (headers, then every row's display text), for "export what I see".
    static QByteArray spreadsheetFile(const QAbstractItemModel &model);
};

} // namespace Kezek
