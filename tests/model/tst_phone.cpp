#include "domain/Phone.h"

#include <QTest>

using namespace Kezek;

// Phone spellings citizens and channels use, and the one stored form.
class TestPhone final : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void forBooking_data();
    void forBooking();
    void iinInPhoneFieldIsMasked_data();
    void iinInPhoneFieldIsMasked();
};

void TestPhone::normalise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // empty: rejected

    const QString kcell = QStringLiteral("+77015550101");
    QTest::newRow("already stored form") << QStringLiteral("+77015550101") << kcell;
    QTest::newRow("+7 with spaces") << QStringLiteral("+7 701 555 01 01") << kcell;
    QTest::newRow("8 with brackets and dashes") << QStringLiteral("8 (701) 555-01-01") << kcell;
    QTest::newRow("8 run together") << QStringLiteral("87015550101") << kcell;
    QTest::newRow("7 without plus") << QStringLiteral("7 701 5550101") << kcell;
    QTest::newRow("+7 with brackets") << QStringLiteral("+7(701)555-01-01") << kcell;
    QTest::newRow("bare national number") << QStringLiteral("701 555 01 01") << kcell;
    QTest::newRow("77x code") << QStringLiteral("8 (777) 555-01-02") << QStringLiteral("+77775550102");
    QTest::newRow("705 code") << QStringLiteral("+7 705 123 45 67") << QStringLiteral("+77051234567");
    // DOMAIN.md admits only the 70x and 77x mobile codes.
    QTest::newRow("74x code is not 70x/77x") << QStringLiteral("+7 747 123 45 67") << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral("  +77015550101 ") << kcell;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("landline Almaty 727") << QStringLiteral("+7 727 250 00 00") << QString();
    QTest::newRow("Russian mobile 9xx") << QStringLiteral("+7 916 555 01 01") << QString();
    QTest::newRow("one digit short") << QStringLiteral("+7 701 555 01 0") << QString();
    QTest::newRow("one digit too many") << QStringLiteral("+7 701 555 01 011") << QString();
    QTest::newRow("+8 prefix") << QStringLiteral("+8 701 555 01 01") << QString();
    QTest::newRow("other country") << QStringLiteral("+996 701 555 010") << QString();
    QTest::newRow("letters") << QStringLiteral("+7 701 CALL ME") << QString();
    QTest::newRow("plus in the middle") << QStringLiteral("8701+5550101") << QString();
    QTest::newRow("slashes") << QStringLiteral("8/701/5550101") << QString();
    QTest::newRow("9 national digits after 8") << QStringLiteral("8701555010") << QString();
}

void TestPhone::normalise()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QCOMPARE(Phone::normalise(text).value_or(QString()), stored);
}

void TestPhone::forBooking_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");

    QTest::newRow("empty is allowed and kept empty") << QString() << true << QString();
    QTest::newRow("blank is allowed and kept empty") << QStringLiteral("   ") << true << QString();
    QTest::newRow("valid is normalised") << QStringLiteral("8 701 555 01 01") << true << QStringLiteral("+77015550101");
    QTest::newRow("garbage is refused, not dropped") << QStringLiteral("call after 6") << false << QString();
    QTest::newRow("landline is refused") << QStringLiteral("+7 727 250 00 00") << false << QString();
}

void TestPhone::forBooking()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    const Result<QString> result = Phone::forBooking(text);
    QCOMPARE(result.ok(), accepted);
    if (accepted)
        QCOMPARE(*result, stored);
    else
        QVERIFY2(result.message().contains(text.trimmed()), qPrintable(result.message()));
}

void TestPhone::iinInPhoneFieldIsMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("valid IIN") << QStringLiteral("950815350123") << QStringLiteral("9508******23");
    QTest::newRow("invalid IIN") << QStringLiteral("950815350124") << QStringLiteral("9508******24");
    QTest::newRow("IIN after a plus") << QStringLiteral(" +950815350123 ") << QStringLiteral("+9508******23");
}

// DOMAIN.md: IINs are personal data; a phone field holding one must not quote it whole in the refusal.
void TestPhone::iinInPhoneFieldIsMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Result<QString> result = Phone::forBooking(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(shown), qPrintable(result.message()));
    QVERIFY2(!result.message().contains(text.trimmed().remove(u'+')), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
