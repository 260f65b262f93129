#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
    , m_beginStatus(db.ensureConnected())
{
    if (!m_beginStatus) {
        m_beginStatus = Failure{Failure::Kind::Database,
                                Database::tr("%1 The change was not saved.").arg(m_beginStatus.message())};
        return;
    }
    for (const QString &statement : db.beginWriteStatements()) {
        QSqlQuery begin(db.connection());
        if (!begin.exec(statement)) {
            m_beginStatus = db.failure(Database::tr("starting a change"), begin.lastError());
            if (m_active)
                rollback();
            return;
        }
        m_active = true;
    }
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
    // A change written into a file that is no longer at the path would be reported done and never seen again.
    if (auto file = m_db.verifyFile(); !file) {
        rollback();
        return Failure{Failure::Kind::Database, Database::tr("%1 The change was not saved.").arg(file.message())};
    }
    QSqlQuery commit(m_db.connection());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const Failure failure = m_db.failure(Database::tr("saving a change"), commit.lastError());
        if (m_db.lost()) {
            // The server may have committed before the connection broke: only it knows.
            m_active = false;
            return Failure{Failure::Kind::Database,
                           Database::tr("%1: the connection broke while the change was being saved, so whether it "
                                        "was saved is not known. Look at the queue once the connection is back "
                                        "before doing it again.")
                               .arg(m_db.name())};
        }
        rollback();
        return failure;
    }
    m_active = false;
    if (auto file = m_db.verifyFile(); !file) {
        return Failure{Failure::Kind::Database,
                       Database::tr("%1 The change went into the file that was there before and is not in the "
                                    "database now at this path; do it again.")
                           .arg(file.message())};
    }
    return success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db.connection());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        m_db.markBroken(rollback.lastError().text().trimmed());
    m_active = false;
}

} // namespace Kezek
