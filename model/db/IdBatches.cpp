#include "IdBatches.h"

#include <QStringList>

namespace Kezek {

namespace {

QString placeholder(qsizetype i)
{
    return QStringLiteral(":id%1").arg(i);
}

} // namespace

const QString &IdBatches::inList()
{
    static const QString list = []() -> QString {
        QStringList placeholders;
        for (qsizetype i = 0; i < size; ++i)
            placeholders.append(placeholder(i));
        return QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    }();
    return list;
}

QList<QVariantMap> IdBatches::of(const QList<qint64> &ids)
{
    QList<QVariantMap> batches;
    for (qsizetype from = 0; from < ids.size(); from += size) {
        QVariantMap binds;
        for (qsizetype i = 0; i < size; ++i)
            binds.insert(placeholder(i), ids.at(std::min(from + i, ids.size() - 1)));
        batches.append(binds);
    }
    return batches;
}

} // namespace Kezek
