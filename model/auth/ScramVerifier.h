#pragma once

#include <QByteArray>
#include <QString>

namespace Kezek {

// What PostgreSQL stores for a password under scram-sha-256 (RFC 5802, RFC 7677), worked out here so that the
// password itself never reaches the server, its logs or pg_stat_statements: only this verifier does, as
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" in base64, exactly as the server's own
// `\password` sends it. The password is prepared with SASLprep as the server and libpq prepare it.
class ScramVerifier final
{
public:
    static constexpr int iterations = 4096; // the server's default (scram_iterations in PostgreSQL 16)

    // With a fresh random salt.
    static QString of(const QString &password);
    static QString of(const QString &password, const QByteArray &salt, int iterations);
    // Whether `text` has the verifier's form: what the server function accepts.
    static bool looksValid(const QString &text);

    // The bytes SASLprep makes of a password (RFC 4013), or its plain UTF-8 when SASLprep refuses it (prohibited
    // characters): what libpq and the server then both use.
    static QByteArray prepared(const QString &password);
};

} // namespace Kezek
