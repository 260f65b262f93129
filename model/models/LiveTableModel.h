#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace Kezek {

// Base of the live table models: brings its rows up to date with exact insert/remove/move/dataChanged
// signals (never a reset), so a view keeps its selection and scroll position across refreshes.
class LiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Raw values for sorting and tests (seconds, ids, enum values) beside the display text.
    enum Role { RawRole = Qt::UserRole + 1, IdRole };

    // The UI language ("kk", "ru", "en") for catalogue names; announces every text cell and header.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }
    // Announces every cell and header again, e.g. after a translator was installed.
    void retranslate();

protected:
    explicit LiveTableModel(QObject *parent = nullptr);

    // Announces one column of every row, e.g. the waiting time once a second.
    void announceColumn(int column);

    // Makes `rows` equal to `fresh`. Rows are matched by keyOf(); differs(old, new) says whether a kept
    // row's cells changed.
    template<typename Row, typename KeyOf, typename Differs>
    void sync(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Differs differs);

private:
    QString m_language = QStringLiteral("en");
};

template<typename Row, typename KeyOf, typename Differs>
void LiveTableModel::sync(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Differs differs)
{
    using Key = decltype(keyOf(fresh.first()));
    QSet<Key> freshKeys;
    for (const Row &row : fresh)
        freshKeys.insert(keyOf(row));

    // Gone rows first, as contiguous ranges from the bottom.
    for (qsizetype last = rows.size() - 1; last >= 0; --last) {
        if (freshKeys.contains(keyOf(rows.at(last))))
            continue;
        qsizetype first = last;
        while (first > 0 && !freshKeys.contains(keyOf(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }

    QSet<Key> present;
    for (const Row &row : rows)
        present.insert(keyOf(row));

    // Then walk the fresh order: keep, move up, or insert runs of new rows.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const Key key = keyOf(fresh.at(i));
        if (!present.contains(key)) {
            qsizetype end = i + 1;
            while (end < fresh.size() && !present.contains(keyOf(fresh.at(end))))
                ++end;
            beginInsertRows({}, int(i), int(end - 1));
            for (qsizetype k = i; k < end; ++k)
                rows.insert(k, fresh.at(k));
            endInsertRows();
            i = end - 1;
            continue;
        }
        if (keyOf(rows.at(i)) != key) {
            qsizetype from = i + 1;
            while (keyOf(rows.at(from)) != key)
                ++from;
            beginMoveRows({}, int(from), int(from), {}, int(i));
            rows.move(from, i);
            endMoveRows();
        }
        if (differs(rows.at(i), fresh.at(i))) {
            rows[i] = fresh.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }
}

} // namespace Kezek
