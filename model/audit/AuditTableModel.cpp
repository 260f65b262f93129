#include "AuditTableModel.h"

#include <QDateTime>

namespace Kezek {

AuditTableModel::AuditTableModel(const Database &db, QObject *parent)
    : LiveTableModel(parent)
    , m_db(db)
{
}

Status AuditTableModel::load(qint64 from, qint64 to)
{
    auto entries = AuditTrail(m_db).between(from, to);
    if (!entries)
        return entries.failure();
    // Rows are never changed, only added: matched by id, none differs.
    sync(m_entries, *entries, [](const AuditEntry &e) { return e.id; },
         [](const AuditEntry &, const AuditEntry &) { return false; });
    return success();
}

QStringList AuditTableModel::actions()
{
    return {AuditTrail::signIn,         AuditTrail::signInFailed,    AuditTrail::accountLocked,
            AuditTrail::signOut,        AuditTrail::consoleLocked,   AuditTrail::consoleUnlocked,
            AuditTrail::passwordChanged, AuditTrail::passwordSet,     AuditTrail::staffAdded,
            AuditTrail::staffDisabled,  AuditTrail::setupChanged,    AuditTrail::windowChanged,
            AuditTrail::windowReleased, AuditTrail::bookingsImported, AuditTrail::exported,
            AuditTrail::iinLookedUp};
}

QString AuditTableModel::describe(const QString &action)
{
    if (action == AuditTrail::signIn)
        return tr("Signed in");
    if (action == AuditTrail::signInFailed)
        return tr("Sign-in failed");
    if (action == AuditTrail::accountLocked)
        return tr("Account locked");
    if (action == AuditTrail::signOut)
        return tr("Signed out");
    if (action == AuditTrail::consoleLocked)
        return tr("Console locked");
    if (action == AuditTrail::consoleUnlocked)
        return tr("Console unlocked");
    if (action == AuditTrail::passwordChanged)
        return tr("Password changed");
    if (action == AuditTrail::passwordSet)
        return tr("Password set");
    if (action == AuditTrail::staffAdded)
        return tr("Staff added");
    if (action == AuditTrail::staffDisabled)
        return tr("Staff disabled");
    if (action == AuditTrail::setupChanged)
        return tr("Setup changed");
    if (action == AuditTrail::windowChanged)
        return tr("Window state set");
    if (action == AuditTrail::windowReleased)
        return tr("Window released");
    if (action == AuditTrail::bookingsImported)
        return tr("Bookings imported");
    if (action == AuditTrail::exported)
        return tr("Exported");
    if (action == AuditTrail::iinLookedUp)
        return tr("Looked up by IIN");
    return action; // from a later Kezek: as stored
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == ActionRole)
        return e.action;
    if (role == SearchRole)
        return QStringList{e.actor, describe(e.action), e.subject, e.details}.join(QLatin1Char(' '));
    if (role == RawRole && index.column() == TimeColumn)
        return e.at;
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromSecsSinceEpoch(e.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return role == RawRole ? e.action : describe(e.action);
    case SubjectColumn:
        return e.subject;
    case DetailsColumn:
        return e.details;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Kezek
