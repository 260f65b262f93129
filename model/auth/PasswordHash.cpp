#include "PasswordHash.h"

#include <sodium.h>

namespace Kezek {

namespace {

bool sodiumReady()
{
    // sodium_init() may be called again and from several threads; it returns 1 once initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The password's UTF-8 bytes, wiped when the holder goes.
class Secret final
{
public:
    explicit Secret(const QString &password) : m_bytes(password.toUtf8()) { }
    ~Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(Secret)

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Result<QString> PasswordHash::of(const QString &password)
{
    if (!sodiumReady())
        return Failure{Failure::Kind::Database, tr("the password library could not start")};
    const Secret secret(password);
    char stored[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(stored, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return Failure{Failure::Kind::Database, tr("not enough memory to protect the password (Argon2id needs "
                                                   "64 MiB)")};
    }
    return QString::fromLatin1(stored);
}

bool PasswordHash::matches(const QString &stored, const QString &password)
{
    if (!sodiumReady() || stored.isEmpty())
        return false;
    const QByteArray form = stored.toLatin1();
    if (form.size() >= crypto_pwhash_STRBYTES)
        return false;
    const Secret secret(password);
    return crypto_pwhash_str_verify(form.constData(), secret.data(), secret.size()) == 0;
}

std::optional<QString> PasswordHash::problem(const QString &password, const QString &login)
{
    if (password.size() < minimumLength)
        return tr("A password needs at least %n characters.", nullptr, minimumLength);
    if (password.trimmed() != password)
        return tr("A password may not begin or end with a space.");
    if (password.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("A password may not be the login.");
    return std::nullopt;
}

QString PasswordHash::temporary()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0 or 1
    const uint32_t size = sizeof(alphabet) - 1;
    (void)sodiumReady(); // randombytes works without it too, from the kernel's source
    QString password;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            password += QLatin1Char('-');
        password += QLatin1Char(alphabet[randombytes_uniform(size)]);
    }
    return password;
}

} // namespace Kezek
