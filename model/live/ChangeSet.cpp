#include "ChangeSet.h"

namespace Kezek {

ChangeSet ChangeSet::all()
{
    ChangeSet changes;
    changes.everything = true;
    return changes;
}

bool ChangeSet::add(QStringView item)
{
    if (item == u"catalogue") {
        catalogue = true;
        return true;
    }
    if (item == u"all") {
        everything = true;
        return true;
    }
    const qsizetype colon = item.indexOf(u':');
    bool numeric = false;
    const qint64 id = colon > 0 ? item.mid(colon + 1).toLongLong(&numeric) : 0;
    const QStringView kind = item.left(colon);
    if (numeric && kind == u"ticket") {
        tickets.insert(id);
        return true;
    }
    if (numeric && kind == u"window") {
        windows.insert(int(id));
        return true;
    }
    if (numeric && kind == u"booking") {
        bookings.insert(id);
        return true;
    }
    // Written by a newer Kezek: whatever it means, reading everything again is right.
    everything = true;
    return false;
}

void ChangeSet::merge(const ChangeSet &other)
{
    tickets.unite(other.tickets);
    windows.unite(other.windows);
    bookings.unite(other.bookings);
    catalogue = catalogue || other.catalogue;
    everything = everything || other.everything;
}

bool ChangeSet::isEmpty() const
{
    return !everything && !catalogue && tickets.isEmpty() && windows.isEmpty() && bookings.isEmpty();
}

} // namespace Kezek
