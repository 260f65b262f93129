#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
    , m_beginStatus(success())
{
    QSqlQuery begin(db.connection());
    if (begin.exec(db.beginWriteSql()))
        m_active = true;
    else
        m_beginStatus = db.failure(Database::tr("starting a change"), begin.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_beginStatus;
    QSqlQuery commit(m_db.connection());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const Failure failure = m_db.failure(Database::tr("saving a change"), commit.lastError());
        rollback();
        return failure;
    }
    m_active = false;
    return success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db.connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Kezek
