#pragma once

#include "audit/AuditTrail.h"
#include "models/LiveTableModel.h"

namespace Kezek {

class Database;

// The audit trail of a period for the Audit page: when, who, what, to what, and the details, oldest first.
// SearchRole gives each row's text in one string for a filter proxy; ActionRole the stored action key.
class AuditTableModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, SubjectColumn, DetailsColumn, ColumnCount };
    enum AuditRole { ActionRole = IdRole + 1, SearchRole };

    explicit AuditTableModel(const Database &db, QObject *parent = nullptr);

    // Reads the rows of [from, to); a failure leaves the rows as they were.
    Status load(qint64 from, qint64 to);
    const QList<AuditEntry> &entries() const { return m_entries; }

    // The action in words, in the interface language ("Signed in", "Setup changed").
    static QString describe(const QString &action);
    // Every action the trail records, in the order a filter lists them.
    static QStringList actions();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    QList<AuditEntry> m_entries;
};

} // namespace Kezek
