#include "domain/Iin.h"

#include <QTest>

using namespace Kezek;

// The IIN rules of DOMAIN.md: length, digits, the two-pass check digit, masking.
class TestIin final : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void checkDigit_data();
    void checkDigit();
    void masking_data();
    void masking();
    void maskInText_data();
    void maskInText();
    void prefix_data();
    void prefix();
};

void TestIin::validation_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("problem"); // empty: valid

    const QString wrongDigit = QStringLiteral("IIN check digit is wrong");
    QTest::newRow("valid, first pass (sample egov row 2)") << QStringLiteral("950815350123") << QString();
    QTest::newRow("valid, first pass, 1990 birth") << QStringLiteral("900101300811") << QString();
    QTest::newRow("valid, first pass gives 0") << QStringLiteral("000000000000") << QString();
    // First pass sums to 10 mod 11, the second pass gives the check digit.
    QTest::newRow("valid, second pass gives 0") << QStringLiteral("800101400300") << QString();
    QTest::newRow("valid, second pass gives 2") << QStringLiteral("800101400312") << QString();
    QTest::newRow("valid, second pass, born 2005") << QStringLiteral("050630500809") << QString();
    QTest::newRow("valid, second pass, born 1999") << QStringLiteral("991231600313") << QString();
    QTest::newRow("first-pass digit used although second pass applies")
        << QStringLiteral("800101400310")
        << wrongDigit; // first pass gives 10: its "0" is not the check digit, the second pass (2) is
    QTest::newRow("second-pass number with first-pass digit") << QStringLiteral("050630500800") << wrongDigit;
    QTest::newRow("wrong check digit (sample egov line 5)") << QStringLiteral("950815350124") << wrongDigit;
    QTest::newRow("wrong check digit, off by one") << QStringLiteral("900101300812") << wrongDigit;
    // Both passes give 10: no check digit can make these valid.
    for (const char *first11 : {"80010140035", "99123160110", "05063050086", "77031540098"}) {
        for (int digit = 0; digit <= 9; ++digit) {
            const QString iin = QLatin1String(first11) + QString::number(digit);
            QTest::addRow("both passes give 10: %s", qPrintable(iin)) << iin << wrongDigit;
        }
    }
    QTest::newRow("11 digits") << QStringLiteral("95081535012") << QStringLiteral("IIN must have 12 digits, got 11");
    QTest::newRow("13 digits") << QStringLiteral("9508153501230") << QStringLiteral("IIN must have 12 digits, got 13");
    QTest::newRow("empty") << QString() << QStringLiteral("IIN must have 12 digits, got 0");
    QTest::newRow("letter inside") << QStringLiteral("95081535O123") << QStringLiteral("IIN may contain digits only");
    QTest::newRow("space inside") << QStringLiteral("950815 350123") << QStringLiteral("IIN may contain digits only");
    QTest::newRow("dash") << QStringLiteral("950815-350123") << QStringLiteral("IIN may contain digits only");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٩٥٠٨١٥٣٥٠١٢٣")
                                         << QStringLiteral("IIN may contain digits only");
    QTest::newRow("short and non-digit: digits reported first")
        << QStringLiteral("95a") << QStringLiteral("IIN may contain digits only");
}

void TestIin::validation()
{
    QFETCH(QString, iin);
    QFETCH(QString, problem);
    const std::optional<QString> found = Iin::problem(iin);
    QCOMPARE(found.value_or(QString()), problem);
    QCOMPARE(Iin::isValid(iin), problem.isEmpty());
}

void TestIin::checkDigit_data()
{
    QTest::addColumn<QString>("first11");
    QTest::addColumn<int>("digit"); // -1: none

    QTest::newRow("first pass") << QStringLiteral("95081535012") << 3;
    QTest::newRow("second pass") << QStringLiteral("80010140031") << 2;
    QTest::newRow("both passes 10") << QStringLiteral("80010140035") << -1;
    QTest::newRow("too short") << QStringLiteral("9508153501") << -1;
    QTest::newRow("not digits") << QStringLiteral("9508153501x") << -1;
}

void TestIin::checkDigit()
{
    QFETCH(QString, first11);
    QFETCH(int, digit);
    QCOMPARE(Iin::checkDigit(first11).value_or(-1), digit);
}

void TestIin::masking_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("masked");

    QTest::newRow("DOMAIN.md example") << QStringLiteral("950815350123") << QStringLiteral("9508******23");
    QTest::newRow("invalid still masked") << QStringLiteral("950815350124") << QStringLiteral("9508******24");
    QTest::newRow("11 characters") << QStringLiteral("95081535012") << QStringLiteral("9508*****12");
    QTest::newRow("too short to show anything") << QStringLiteral("950815") << QStringLiteral("******");
    QTest::newRow("empty") << QString() << QString();
}

void TestIin::masking()
{
    QFETCH(QString, iin);
    QFETCH(QString, masked);
    QCOMPARE(Iin::masked(iin), masked);
}

void TestIin::maskInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("an IIN alone") << QStringLiteral("950815350124") << QStringLiteral("9508******24");
    QTest::newRow("quoted in a message") << QStringLiteral("--iin 950815350124: IIN check digit is wrong")
                                         << QStringLiteral("--iin 9508******24: IIN check digit is wrong");
    QTest::newRow("in quotes") << QStringLiteral("phone \"950815350123\" is not")
                               << QStringLiteral("phone \"9508******23\" is not");
    QTest::newRow("two of them") << QStringLiteral("950815350123,900101300811")
                                 << QStringLiteral("9508******23,9001******11");
    QTest::newRow("glued to letters") << QStringLiteral("IIN950815350123x") << QStringLiteral("IIN9508******23x");
    QTest::newRow("13 digits are not an IIN") << QStringLiteral("9508153501230") << QStringLiteral("9508153501230");
    QTest::newRow("11 digits are not an IIN") << QStringLiteral("95081535012") << QStringLiteral("95081535012");
    QTest::newRow("phone number kept") << QStringLiteral("+77015550101") << QStringLiteral("+77015550101");
    QTest::newRow("booking id kept") << QStringLiteral("OS-20200518-0001") << QStringLiteral("OS-20200518-0001");
    QTest::newRow("date and time kept") << QStringLiteral("2020-05-18T10:00:00")
                                        << QStringLiteral("2020-05-18T10:00:00");
    QTest::newRow("ticket number kept") << QStringLiteral("A001") << QStringLiteral("A001");
    QTest::newRow("digit groups are not a run") << QStringLiteral("950815 350123") << QStringLiteral("950815 350123");
    QTest::newRow("at the end after a space") << QStringLiteral("for 950815350123")
                                              << QStringLiteral("for 9508******23");
    QTest::newRow("empty") << QString() << QString();
}

void TestIin::maskInText()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(Iin::maskInText(text), masked);
}

void TestIin::prefix_data()
{
    QTest::addColumn<QString>("partial");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("a few digits") << QStringLiteral("9508") << true;
    QTest::newRow("11 digits") << QStringLiteral("95081535012") << true;
    QTest::newRow("complete and valid") << QStringLiteral("950815350123") << true;
    QTest::newRow("complete, wrong check digit") << QStringLiteral("950815350124") << false;
    QTest::newRow("too long") << QStringLiteral("9508153501230") << false;
    QTest::newRow("letter") << QStringLiteral("95a") << false;
}

void TestIin::prefix()
{
    QFETCH(QString, partial);
    QFETCH(bool, plausible);
    QCOMPARE(Iin::isPrefixPlausible(partial), plausible);
}

QTEST_GUILESS_MAIN(TestIin)
#include "tst_iin.moc"
