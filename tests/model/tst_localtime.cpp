#include "core/DataFiles.h"
#include "core/LocalTime.h"
#include "models/Display.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Kezek;

// The local dates and times kezekctl and booking files accept: the documented shapes exactly, bounded years.
class TestLocalTime final : public QObject
{
    Q_OBJECT

private slots:
    // A day closing at 24:00 (a closed day's end) ends at the next day's start.
    void midnightIsTheNextDaysStart()
    {
        const QDate day(2020, 5, 24);
        QCOMPARE(LocalTime::at(day, 24 * 3600), LocalTime::at(day.addDays(1), 0));
        QCOMPARE(LocalTime::at(day, 24 * 3600) - LocalTime::at(day, 0), qint64(24 * 3600));
    }
    void parse_data();
    void parse();
    void parseDate_data();
    void parseDate();
    void yearBoundsAreNamed();
    void durationsReadAsDurations_data();
    void durationsReadAsDurations();
};

void TestLocalTime::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    const QDateTime tenOFive(QDate(2020, 5, 18), QTime(10, 5));
    QTest::newRow("T, minutes") << QStringLiteral("2020-05-18T10:05") << tenOFive;
    QTest::newRow("T, seconds") << QStringLiteral("2020-05-18T10:05:00") << tenOFive;
    QTest::newRow("space, minutes") << QStringLiteral("2020-05-18 10:05") << tenOFive;
    QTest::newRow("space, seconds") << QStringLiteral("2020-05-18 10:05:30") << tenOFive.addSecs(30);
    QTest::newRow("surrounding whitespace") << QStringLiteral("  2020-05-18T10:05\t\n") << tenOFive;
    QTest::newRow("midnight") << QStringLiteral("2020-05-18T00:00") << QDateTime(QDate(2020, 5, 18), QTime(0, 0));
    QTest::newRow("last second of a day") << QStringLiteral("2020-05-18T23:59:59")
                                          << QDateTime(QDate(2020, 5, 18), QTime(23, 59, 59));
    QTest::newRow("first year") << QStringLiteral("2000-01-01T00:00") << QDateTime(QDate(2000, 1, 1), QTime(0, 0));
    QTest::newRow("last year") << QStringLiteral("2100-12-31T23:59")
                               << QDateTime(QDate(2100, 12, 31), QTime(23, 59));
    QTest::newRow("leap day") << QStringLiteral("2020-02-29T09:00") << QDateTime(QDate(2020, 2, 29), QTime(9, 0));

    const QDateTime refused;
    QTest::newRow("offset Z") << QStringLiteral("2020-05-18T10:00Z") << refused;
    QTest::newRow("offset +05:00") << QStringLiteral("2020-05-18T10:00+05:00") << refused;
    QTest::newRow("fraction of a second") << QStringLiteral("2020-05-18T10:00:00.5") << refused;
    QTest::newRow("trailing text") << QStringLiteral("2020-05-18T10:00xyz") << refused;
    QTest::newRow("trailing text after a space") << QStringLiteral("2020-05-18T10:00 later") << refused;
    QTest::newRow("leading minus (negative year)") << QStringLiteral("-2020-05-18T10:00") << refused;
    QTest::newRow("leading plus") << QStringLiteral("+2020-05-18T10:00") << refused;
    QTest::newRow("leading text") << QStringLiteral("x2020-05-18T10:00") << refused;
    QTest::newRow("five-digit year") << QStringLiteral("12020-05-18T10:00") << refused;
    QTest::newRow("year before the range") << QStringLiteral("1999-12-31T23:59") << refused;
    QTest::newRow("year after the range") << QStringLiteral("2101-01-01T00:00") << refused;
    QTest::newRow("year 0000") << QStringLiteral("0000-05-18T10:00") << refused;
    QTest::newRow("date only") << QStringLiteral("2020-05-18") << refused;
    QTest::newRow("time only") << QStringLiteral("10:05") << refused;
    QTest::newRow("one-digit hour") << QStringLiteral("2020-05-18T9:05") << refused;
    QTest::newRow("one-digit month") << QStringLiteral("2020-5-18T09:05") << refused;
    QTest::newRow("hour 24") << QStringLiteral("2020-05-18T24:00") << refused;
    QTest::newRow("minute 60") << QStringLiteral("2020-05-18T10:60") << refused;
    QTest::newRow("second 60") << QStringLiteral("2020-05-18T10:05:60") << refused;
    QTest::newRow("month 13") << QStringLiteral("2020-13-18T10:05") << refused;
    QTest::newRow("February 30") << QStringLiteral("2020-02-30T10:05") << refused;
    QTest::newRow("no leap day in 2021") << QStringLiteral("2021-02-29T10:05") << refused;
    QTest::newRow("two spaces") << QStringLiteral("2020-05-18  10:05") << refused;
    QTest::newRow("lower-case t") << QStringLiteral("2020-05-18t10:05") << refused;
    QTest::newRow("slashes") << QStringLiteral("2020/05/18T10:05") << refused;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠٢٠-٠٥-١٨T١٠:٠٥") << refused;
    QTest::newRow("empty") << QString() << refused;
    QTest::newRow("blank") << QStringLiteral("   ") << refused;
}

void TestLocalTime::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<qint64> parsed = LocalTime::parse(text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, qPrintable(QDateTime::fromSecsSinceEpoch(parsed.value_or(0)).toString(Qt::ISODate)));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected.toSecsSinceEpoch());
}

void TestLocalTime::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: refused

    QTest::newRow("plain") << QStringLiteral("2020-05-18") << QDate(2020, 5, 18);
    QTest::newRow("surrounding whitespace") << QStringLiteral(" 2020-05-18 ") << QDate(2020, 5, 18);
    QTest::newRow("first year") << QStringLiteral("2000-01-01") << QDate(2000, 1, 1);
    QTest::newRow("last year") << QStringLiteral("2100-12-31") << QDate(2100, 12, 31);

    QTest::newRow("trailing garbage") << QStringLiteral("2020-05-20garbage") << QDate();
    QTest::newRow("trailing xyz") << QStringLiteral("2020-05-18xyz") << QDate();
    QTest::newRow("with a time") << QStringLiteral("2020-05-18T10:00") << QDate();
    QTest::newRow("with a time and Z") << QStringLiteral("2020-05-18T10:00Z") << QDate();
    QTest::newRow("negative year") << QStringLiteral("-2020-05-18") << QDate();
    QTest::newRow("year before the range") << QStringLiteral("1999-12-31") << QDate();
    QTest::newRow("year after the range") << QStringLiteral("2101-01-01") << QDate();
    QTest::newRow("five-digit year") << QStringLiteral("20200-05-18") << QDate();
    QTest::newRow("one-digit day") << QStringLiteral("2020-05-8") << QDate();
    QTest::newRow("no dashes") << QStringLiteral("20200518") << QDate();
    QTest::newRow("month 00") << QStringLiteral("2020-00-18") << QDate();
    QTest::newRow("April 31") << QStringLiteral("2020-04-31") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestLocalTime::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(LocalTime::parseDate(text).value_or(QDate()), expected);
}

void TestLocalTime::yearBoundsAreNamed()
{
    QVERIFY(LocalTime::isInRange(QDate(LocalTime::firstYear, 1, 1)));
    QVERIFY(LocalTime::isInRange(QDate(LocalTime::lastYear, 12, 31)));
    QVERIFY(!LocalTime::isInRange(QDate(LocalTime::firstYear - 1, 12, 31)));
    QVERIFY(!LocalTime::isInRange(QDate(LocalTime::lastYear + 1, 1, 1)));
    QVERIFY(!LocalTime::isInRange(QDate()));
}

// A wait or a service time in words, whole units down, in each language: never "23:22", which reads like a time.
void TestLocalTime::durationsReadAsDurations_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    const struct
    {
        double seconds;
        const char *en, *ru, *kk;
    } rows[] = {
        {0, "0 s", "0 с", "0 с"},
        {45, "45 s", "45 с", "45 с"},
        {59.6, "1 min", "1 мин", "1 мин"},
        {60, "1 min", "1 мин", "1 мин"},
        {23 * 60 + 22, "23 min", "23 мин", "23 мин"},
        {3600, "1 h", "1 ч", "1 сағ"},
        {80 * 60, "1 h 20 min", "1 ч 20 мин", "1 сағ 20 мин"},
        {26 * 3600 + 5 * 60 + 59, "26 h 5 min", "26 ч 5 мин", "26 сағ 5 мин"},
        {-30, "0 s", "0 с", "0 с"},
    };
    for (const auto &row : rows) {
        for (const auto &[language, text] : {std::pair{"en", row.en}, std::pair{"ru", row.ru}, std::pair{"kk", row.kk}}) {
            QTest::addRow("%s %.1f s", language, row.seconds) << QString::fromLatin1(language) << row.seconds
                                                               << QString::fromUtf8(text);
        }
    }
    QTest::addRow("endless") << "en" << std::numeric_limits<double>::infinity() << "∞";
}

void TestLocalTime::durationsReadAsDurations()
{
    QFETCH(QString, language);
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(DataFiles::loadTranslation(translator, language));
        QCoreApplication::installTranslator(&translator);
    }
    const QString text = Kezek::Display::duration(seconds);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
