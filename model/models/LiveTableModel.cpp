#include "LiveTableModel.h"

namespace Kezek {

LiveTableModel::LiveTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LiveTableModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void LiveTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = rowCount();
    if (rows > 0 && columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
}

void LiveTableModel::announceColumn(int column)
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, column), index(rows - 1, column), {Qt::DisplayRole, RawRole});
}

} // namespace Kezek
