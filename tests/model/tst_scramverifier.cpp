// The SCRAM-SHA-256 verifier Kezek sends the server instead of a password (ScramVerifier): the stored and server
// keys of fixed salts, worked out independently (Python's hashlib.pbkdf2_hmac and hmac), and SASLprep's mapping as
// RFC 4013 gives it. tst_serverlogins proves the server takes them.
#include "auth/ScramVerifier.h"

#include <QTest>

using namespace Kezek;

class TestScramVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void knownVerifiers_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QString>("verifier");
        // The salt of RFC 7677's example.
        QTest::newRow("pencil") << "pencil" << QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")
                                << "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY="
                                   ":wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=";
        QByteArray counting(16, 0);
        for (int i = 0; i < 16; ++i)
            counting[i] = char(i);
        QTest::newRow("Kazakh letters") << QString::fromUtf8("Қазақстан-2026") << counting
                                        << "SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$BTzoOMeyawc4IKKxSySszRwoD7sKNEp8ctC"
                                           "Aox/PuHQ=:Oo1ZE/17XbFJPgL2L84Rd6hX787DP7qXRaZbYXj8Ivo=";
    }
    void knownVerifiers()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, salt);
        QFETCH(QString, verifier);
        QCOMPARE(ScramVerifier::of(password, salt, ScramVerifier::iterations), verifier);
        QVERIFY(ScramVerifier::looksValid(verifier));
    }

    void freshSaltsDiffer()
    {
        const QString one = ScramVerifier::of(QStringLiteral("same-password"));
        const QString two = ScramVerifier::of(QStringLiteral("same-password"));
        QVERIFY(ScramVerifier::looksValid(one));
        QVERIFY(one != two);
        QVERIFY(!one.contains(QLatin1String("same-password")));
        QVERIFY(!ScramVerifier::looksValid(QStringLiteral("md5abc")));
        QVERIFY(!ScramVerifier::looksValid(QStringLiteral("plain password")));
    }

    // RFC 4013, section 3, and the mappings of tables B.1 and C.1.2.
    void saslPrep_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QByteArray>("prepared");
        QTest::newRow("soft hyphen mapped to nothing") << QString::fromUtf8("I\u00ADX") << QByteArray("IX");
        QTest::newRow("unchanged") << QStringLiteral("user") << QByteArray("user");
        QTest::newRow("feminine ordinal, NFKC") << QString::fromUtf8("\u00AA") << QByteArray("a");
        QTest::newRow("Roman numeral nine, NFKC") << QString::fromUtf8("\u2168") << QByteArray("IX");
        QTest::newRow("no-break space") << QString::fromUtf8("a\u00A0b") << QByteArray("a b");
        QTest::newRow("decomposed e acute composes") << QString::fromUtf8("e\u0301") << QString::fromUtf8("\u00E9").toUtf8();
        QTest::newRow("Cyrillic unchanged") << QString::fromUtf8("Алматы") << QString::fromUtf8("Алматы").toUtf8();
        // Prohibited output: SASLprep refuses, and both ends fall back to the bytes as typed.
        QTest::newRow("control character kept as typed") << QString::fromUtf8("a\u0007b") << QByteArray("a\x07" "b");
    }
    void saslPrep()
    {
        QFETCH(QString, typed);
        QFETCH(QByteArray, prepared);
        QCOMPARE(ScramVerifier::prepared(typed), prepared);
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_scramverifier.moc"
