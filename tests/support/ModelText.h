#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace Kezek::Test {

// What a view shows in one column, top to bottom: readable in a failed comparison.
inline QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

} // namespace Kezek::Test
