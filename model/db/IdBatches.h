#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Kezek {

// Reading rows by a list of ids with one statement text, whatever the number of ids, so that it is prepared once:
// the ids go in batches of `size` placeholders, and a repeated id fills the rest of the last batch (it finds
// nothing new). Use: for (const QVariantMap &binds : IdBatches::of(ids)) run "… WHERE id IN " + inList().
class IdBatches final
{
public:
    static constexpr qsizetype size = 32;

    // "(:id0, :id1, …)", size placeholders.
    static const QString &inList();
    // One set of binds per batch; none for no ids.
    static QList<QVariantMap> of(const QList<qint64> &ids);
};

} // namespace Kezek
