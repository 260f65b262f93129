#include "ScramVerifier.h"

#include <QRegularExpression>

#include <sodium.h>

#include <array>

namespace Kezek {

namespace {

using Digest = std::array<unsigned char, crypto_auth_hmacsha256_BYTES>;

Digest hmac(const QByteArray &key, const QByteArray &message)
{
    Digest out{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  quint64(message.size()));
    crypto_auth_hmacsha256_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray bytes(const Digest &digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

// PBKDF2-HMAC-SHA-256 with one output block: the 32 bytes SCRAM calls SaltedPassword.
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    Digest u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    Digest result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, bytes(u));
        for (size_t b = 0; b < result.size(); ++b)
            result[b] ^= u[b];
    }
    return bytes(result);
}

// RFC 3454 table C.1.2: spaces other than U+0020, mapped to it.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
        || c == 0x3000;
}

// RFC 3454 table B.1: mapped to nothing.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200C && c <= 0x200D)
        || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// SASLprep's prohibited output (RFC 4013 section 2.3): controls, private use, non-characters, surrogates and the
// other classes of tables C.2 to C.9, in the ranges a typed password can hold.
bool isProhibited(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x06DD || c == 0x070F || c == 0x180E
        || (c >= 0x200E && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2061 && c <= 0x2063)
        || (c >= 0x206A && c <= 0x206F) || (c >= 0x2FF0 && c <= 0x2FFB) || (c >= 0xD800 && c <= 0xF8FF)
        || (c >= 0xFDD0 && c <= 0xFDEF) || (c >= 0xFFF9 && c <= 0xFFFF) || c == 0xFEFF || (c >= 0x1D173 && c <= 0x1D17A)
        || (c & 0xFFFE) == 0xFFFE || c >= 0xE0000;
}

} // namespace

QByteArray ScramVerifier::prepared(const QString &password)
{
    QString mapped;
    for (const char32_t c : password.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped.append(QLatin1Char(' '));
        else
            mapped.append(QString::fromUcs4(&c, 1));
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    for (const char32_t c : normalized.toUcs4()) {
        if (isProhibited(c))
            return password.toUtf8();
    }
    return normalized.toUtf8();
}

QString ScramVerifier::of(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return of(password, salt, iterations);
}

QString ScramVerifier::of(const QString &password, const QByteArray &salt, int rounds)
{
    QByteArray salted = saltedPassword(prepared(password), salt, rounds);
    const Digest clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    std::array<unsigned char, crypto_hash_sha256_BYTES> storedKey{};
    crypto_hash_sha256(storedKey.data(), clientKey.data(), clientKey.size());
    const Digest serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    sodium_memzero(salted.data(), size_t(salted.size()));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(rounds)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(storedKey.data()),
                                            qsizetype(storedKey.size()))
                                     .toBase64()),
             QString::fromLatin1(bytes(serverKey).toBase64()));
}

bool ScramVerifier::looksValid(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^SCRAM-SHA-256\\$[0-9]{1,7}:[A-Za-z0-9+/=]{4,}\\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$"));
    return form.match(text).hasMatch();
}

} // namespace Kezek
