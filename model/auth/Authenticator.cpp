#include "Authenticator.h"

namespace Kezek {

Result<Operator> LoginOnlyAuthenticator::authenticate(const QString &login, const QString &password) const
{
    Q_UNUSED(password)
    if (login.trimmed().isEmpty())
        return Failure{Failure::Kind::Invalid, tr("Enter your login.")};
    return Catalogue(m_db).operatorByLogin(login);
}

} // namespace Kezek
