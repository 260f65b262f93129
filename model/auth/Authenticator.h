#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QCoreApplication>
#include <QString>

namespace Kezek {

class Database;

// Decides who may sign in. Passwords come in a later version; the sign-in screen asks
// requiresPassword() so the password field appears the day an authenticator needs it.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual bool requiresPassword() const = 0;
    virtual Result<Operator> authenticate(const QString &login, const QString &password) const = 0;
};

// Accepts any active login from the operators table; the password is ignored.
class LoginOnlyAuthenticator final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(LoginOnlyAuthenticator)

public:
    explicit LoginOnlyAuthenticator(const Database &db) : m_db(db) { }

    bool requiresPassword() const override { return false; }
    Result<Operator> authenticate(const QString &login, const QString &password) const override;

private:
    const Database &m_db;
};

} // namespace Kezek
