#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kezek {

// Passwords as Kezek keeps them: Argon2id through libsodium (crypto_pwhash_str, its "interactive" cost: about
// 64 MiB and a tenth of a second per hash), stored in libsodium's text form with its salt and cost inside. The
// password itself is never stored, printed or logged; the memory that held it is wiped after hashing.
class PasswordHash final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)

public:
    static constexpr int minimumLength = 8;

    // The stored form of `password`; fails only when the memory for hashing cannot be had.
    static Result<QString> of(const QString &password);
    // Whether `password` is the one `stored` was made of. A malformed stored form matches nothing.
    static bool matches(const QString &stored, const QString &password);
    // Why `password` may not be chosen for the account `login`; nullopt when it may.
    static std::optional<QString> problem(const QString &password, const QString &login);
    // A new temporary password from the system's random source: three groups of four small letters and digits that
    // cannot be taken for one another ("k7mp-x2qa-94tn"), to be read out or written down for the person.
    static QString temporary();
};

} // namespace Kezek
