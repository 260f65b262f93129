#pragma once

#include <QMetaType>
#include <QSet>
#include <QStringView>
#include <QtGlobal>

namespace Kezek {

// What one or more commits changed, as the change log says it (db/Schema.cpp, version 6): the tickets, windows and
// bookings touched, whether the catalogue changed, or, when nothing finer is known (a copied center, a replaced file,
// a program that fell too far behind), everything.
struct ChangeSet
{
    QSet<qint64> tickets;
    QSet<int> windows;
    QSet<qint64> bookings;
    bool catalogue = false;
    bool everything = false;

    static ChangeSet all();

    // Adds one change log item; returns false for an item this Kezek does not know (which counts as everything).
    bool add(QStringView item);
    void merge(const ChangeSet &other);
    bool isEmpty() const;

    bool touchesTicket(qint64 id) const { return everything || tickets.contains(id); }
    bool touchesWindow(int id) const { return everything || catalogue || windows.contains(id); }
    bool touchesTickets() const { return everything || catalogue || !tickets.isEmpty(); }
    bool touchesWindows() const { return everything || catalogue || !windows.isEmpty(); }
};

} // namespace Kezek

Q_DECLARE_METATYPE(Kezek::ChangeSet)
