#include "io/BookingFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

namespace {

// One readable line per row, so a failing comparison shows exactly which field went wrong.
QStringList dump(const QList<BookingRow> &rows)
{
    QStringList lines;
    for (const BookingRow &row : rows) {
        lines.append(QStringList{QString::number(row.line), row.bookingId, row.channel, row.iin, row.fullName,
                                 row.phone, row.serviceCode, row.slotStart, row.problem}
                         .join(QLatin1Char('|')));
    }
    return lines;
}

const QByteArray header = "booking_id,channel,iin,full_name,phone,service_code,slot_start";

QString sample(const char *name)
{
    return QStringLiteral(KEZEK_SAMPLES_DIR "/") + QLatin1String(name);
}

} // namespace

// Reading booking files: CSV quoting and line ends, JSON positions, and the file-level failures.
class TestBookingFile final : public QObject
{
    Q_OBJECT

private slots:
    void sampleCsv();
    void sampleJson();
    void csv_data();
    void csv();
    void json_data();
    void json();
    void fileFailures_data();
    void fileFailures();
    void missingFile();
    void formatFromExtensionOrContent_data();
    void formatFromExtensionOrContent();
};

void TestBookingFile::sampleCsv()
{
    const QString path = sample("bookings-egov.csv");
    auto rows = BookingFile::read(path);
    QVERIFY2(rows, qPrintable(rows.ok() ? QString() : rows.message()));
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).file, path);
    QCOMPARE(rows->at(0).line, 2);
    QCOMPARE(rows->at(2).fullName, QStringLiteral("Сейітов, Нұрлан"));
    QCOMPARE(rows->at(2).phone, QStringLiteral("+7 701 555 01 01"));
    QCOMPARE(rows->at(3).line, 5);
    QCOMPARE(rows->at(3).iin, QStringLiteral("950815350124"));
}

void TestBookingFile::sampleJson()
{
    auto rows = BookingFile::read(sample("bookings-telegram.json"));
    QVERIFY2(rows, qPrintable(rows.ok() ? QString() : rows.message()));
    QCOMPARE(
        dump(*rows),
        (QStringList{
            QStringLiteral("2|TG-7781|telegram|900101300811|Мария Иванова|+77775550102|PENSION|2020-05-18T10:30|"),
            QStringLiteral("4|TG-7782|telegram|950815350123|Нұрлан Сейітов|87015550101|PROPERTY|2020-05-18T11:00|"),
            QStringLiteral("6|TG-7783|telegram|950815350123|Нұрлан Сейітов|87015550101|NO-SUCH|2020-05-18T11:15|"),
        }));
}

void TestBookingFile::csv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("rows");

    const QString plain = QStringLiteral("2|B1|egov|950815350123|Ann|+77015550101|ID-CARD|2020-05-18T09:00|");
    QTest::newRow("plain LF") << QByteArray(header +
                                            "\nB1,egov,950815350123,Ann,+77015550101,ID-CARD,2020-05-18T09:00\n")
                              << QStringList{plain};
    QTest::newRow("CRLF") << QByteArray(header +
                                        "\r\nB1,egov,950815350123,Ann,+77015550101,ID-CARD,2020-05-18T09:00\r\n")
                          << QStringList{plain};
    QTest::newRow("CR only (old Mac export)")
        << QByteArray(header + "\rB1,egov,950815350123,Ann,+77015550101,ID-CARD,2020-05-18T09:00\r")
        << QStringList{plain};
    QTest::newRow("BOM and CRLF") << QByteArray(
                                         "\xEF\xBB\xBF" + header +
                                         "\r\nB1,egov,950815350123,Ann,+77015550101,ID-CARD,2020-05-18T09:00\r\n")
                                  << QStringList{plain};
    QTest::newRow("no final line end") << QByteArray(header +
                                                     "\nB1,egov,950815350123,Ann,+77015550101,ID-CARD,2020-05-18T09:00")
                                       << QStringList{plain};
    QTest::newRow("blank lines skipped, line numbers kept")
        << QByteArray(header + "\n\n  \nB1,egov,950815350123,Ann,+77015550101,ID-CARD,2020-05-18T09:00\n\n")
        << QStringList{QStringLiteral("4|B1|egov|950815350123|Ann|+77015550101|ID-CARD|2020-05-18T09:00|")};
    QTest::newRow("quoted comma")
        << QByteArray(header + "\nB1,egov,950815350123,\"Seitov, Nurlan\",,ID-CARD,2020-05-18T09:00\n")
        << QStringList{QStringLiteral("2|B1|egov|950815350123|Seitov, Nurlan||ID-CARD|2020-05-18T09:00|")};
    QTest::newRow("doubled quotes")
        << QByteArray(header + "\nB1,egov,950815350123,\"Ann \"\"Ana\"\" K\",,ID-CARD,2020-05-18T09:00\n")
        << QStringList{QStringLiteral("2|B1|egov|950815350123|Ann \"Ana\" K||ID-CARD|2020-05-18T09:00|")};
    QTest::newRow("embedded newline moves the next record's line")
        << QByteArray(header + "\r\nB1,egov,950815350123,\"Ann\r\nSecond line\",,ID-CARD,2020-05-18T09:00\r\n"
                               "B2,egov,900101300811,Bob,,RESULT,2020-05-18T09:15\r\n")
        << QStringList{QStringLiteral("2|B1|egov|950815350123|Ann\nSecond line||ID-CARD|2020-05-18T09:00|"),
                       QStringLiteral("4|B2|egov|900101300811|Bob||RESULT|2020-05-18T09:15|")};
    QTest::newRow("every value quoted")
        << QByteArray(header + "\n\"B1\",\"egov\",\"950815350123\",\"Ann\",\"\",\"ID-CARD\",\"2020-05-18T09:00\"\n")
        << QStringList{QStringLiteral("2|B1|egov|950815350123|Ann||ID-CARD|2020-05-18T09:00|")};
    QTest::newRow("columns reordered, unknown column ignored, header case and spaces")
        << QByteArray("Slot_Start, note ,service_code,iin,booking_id,channel,full_name,phone\n"
                      "2020-05-18T09:00,hello,ID-CARD,950815350123,B1,egov,Ann,+77015550101\n")
        << QStringList{plain};
    QTest::newRow("too few values is a row problem")
        << QByteArray(header + "\nB1,egov,950815350123,Ann\n")
        << QStringList{QStringLiteral("2|B1|egov|950815350123|Ann||||the line has 4 values but the header has 7")};
    QTest::newRow("too many values is a row problem")
        << QByteArray(header + "\nB1,egov,950815350123,Ann,,ID-CARD,2020-05-18T09:00,extra\n")
        << QStringList{QStringLiteral(
               "2|B1|egov|950815350123|Ann||ID-CARD|2020-05-18T09:00|the line has 8 values but the header has 7")};
    QTest::newRow("header only") << QByteArray(header + "\n") << QStringList{};
}

void TestBookingFile::csv()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, rows);
    auto parsed = BookingFile::parse(data, QStringLiteral("in.csv"), BookingFile::Format::Csv);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.message()));
    QCOMPARE(dump(*parsed), rows);
}

void TestBookingFile::json_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("one object per line")
        << QByteArray("[\n{\"booking_id\":\"T1\",\"channel\":\"telegram\",\"iin\":\"950815350123\",\"full_name\":\"A\","
                      "\"phone\":\"\",\"service_code\":\"EDS\",\"slot_start\":\"2020-05-18T09:00\"},\n"
                      "{\"booking_id\":\"T2\"}\n]")
        << QStringList{QStringLiteral("2|T1|telegram|950815350123|A||EDS|2020-05-18T09:00|"),
                       QStringLiteral("3|T2|||||||")};
    QTest::newRow("braces, brackets and escaped quotes inside strings do not confuse lines")
        << QByteArray("[{\"booking_id\":\"T1\",\"full_name\":\"a }, { [ \\\" ] \\\\\"},\n\n"
                      "  {\"booking_id\":\"T2\",\"full_name\":\"x\\ny\"}]")
        << QStringList{QStringLiteral("1|T1|||a }, { [ \" ] \\||||"), QStringLiteral("3|T2|||x\ny||||")};
    QTest::newRow("object spanning lines: line of its brace")
        << QByteArray(
               "[\n  {\n    \"booking_id\": \"T1\",\n    \"iin\": \"950815350123\"\n  },\n  {\n    \"booking_id\": "
               "\"T2\"\n  }\n]\n")
        << QStringList{QStringLiteral("2|T1||950815350123|||||"), QStringLiteral("6|T2|||||||")};
    QTest::newRow("numbers kept digit for digit, null empty, extra keys ignored")
        << QByteArray("[{\"booking_id\": 7781, \"iin\": 950815350123, \"phone\": null, \"rating\": 5}]")
        << QStringList{QStringLiteral("1|7781||950815350123|||||")};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF[{\"booking_id\":\"T1\"}]")
                         << QStringList{QStringLiteral("1|T1|||||||")};
    QTest::newRow("element that is not an object")
        << QByteArray("[\n\"T1\",\n{\"booking_id\":\"T2\"}]")
        << QStringList{QStringLiteral("2||||||||element 1 of the array is not a booking object"),
                       QStringLiteral("3|T2|||||||")};
    QTest::newRow("field that is an object")
        << QByteArray("[{\"booking_id\":\"T1\",\"iin\":{\"v\":1}}]")
        << QStringList{QStringLiteral("1|T1|||||||iin must be text, not a list or an object")};
    QTest::newRow("escaped surrogate pair") << QByteArray("[{\"booking_id\": \"T\\ud83d\\ude00\"}]")
                                            << QStringList{QString::fromUtf8("1|T\xF0\x9F\x98\x80|||||||")};
    QTest::newRow("empty array") << QByteArray(" [ ] ") << QStringList{};
}

void TestBookingFile::json()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, rows);
    auto parsed = BookingFile::parse(data, QStringLiteral("in.json"), BookingFile::Format::Json);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.message()));
    QCOMPARE(dump(*parsed), rows);
}

void TestBookingFile::fileFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("CSV missing columns")
        << QStringLiteral("a.csv") << QByteArray("booking_id,channel,iin,full_name\nB1,egov,950815350123,Ann\n")
        << QStringLiteral("a.csv:1: the header lacks the column(s) phone, service_code, slot_start");
    QTest::newRow("CSV header of data (no header row)")
        << QStringLiteral("a.csv") << QByteArray("B1,egov,950815350123,Ann,,ID-CARD,2020-05-18T09:00\n")
        << QStringLiteral("a.csv:1: the header lacks the column(s) booking_id, channel");
    QTest::newRow("CSV empty") << QStringLiteral("a.csv") << QByteArray() << QStringLiteral("a.csv: the file is empty");
    QTest::newRow("CSV quote never closed")
        << QStringLiteral("a.csv") << QByteArray(header + "\nB1,egov,1,Ann,,X,Y\nB2,egov,1,\"Ann,,X,Y\nB3\n")
        << QStringLiteral("a.csv:3: a quoted value starts here and is never closed");
    QTest::newRow("CSV not UTF-8 (Windows-1251)")
        << QStringLiteral("a.csv") << QByteArray(header + "\nB1,egov,950815350123,\xCC\xE0\xF0\xE8\xFF,,ID-CARD,x\n")
        << QStringLiteral("a.csv:2: the file is not UTF-8 text (byte 85 is not part of a UTF-8 character)");
    // "Б" is D0 91: a file cut after D0 must not import with its last character dropped.
    QTest::newRow("CSV cut in the middle of a character")
        << QStringLiteral("a.csv") << QByteArray(header + "\nB1,egov,950815350123,\xD0\x90\xD0")
        << QStringLiteral("a.csv:2: the file is not UTF-8 text (byte 87 is not part of a UTF-8 character)");
    QTest::newRow("CSV of one lead byte is not called empty")
        << QStringLiteral("a.csv") << QByteArray("\xD0")
        << QStringLiteral("a.csv:1: the file is not UTF-8 text (byte 1 is not part of a UTF-8 character)");
    QTest::newRow("CSV overlong encoding of a slash")
        << QStringLiteral("a.csv") << QByteArray(header + "\n\xC0\xAF")
        << QStringLiteral("a.csv:2: the file is not UTF-8 text (byte 64 is not part of a UTF-8 character)");
    QTest::newRow("CSV encoded surrogate")
        << QStringLiteral("a.csv") << QByteArray(header + "\nB\xED\xA0\x80")
        << QStringLiteral("a.csv:2: the file is not UTF-8 text (byte 65 is not part of a UTF-8 character)");
    QTest::newRow("JSON invalid escape")
        << QStringLiteral("b.json") << QByteArray("[\n{\"full_name\": \"Ab\\Cd\\9e\"}\n]")
        << QStringLiteral("b.json:2: not valid JSON: an invalid escape \\C inside a string");
    QTest::newRow("JSON short unicode escape")
        << QStringLiteral("b.json") << QByteArray("[{\"full_name\": \"A\\u12\"}]")
        << QStringLiteral("b.json:1: not valid JSON");
    QTest::newRow("JSON number with a trailing dot")
        << QStringLiteral("b.json") << QByteArray("[\n{\"booking_id\": 778.}\n]")
        << QStringLiteral("b.json:2: not valid JSON: \"778.\" is not a JSON number");
    QTest::newRow("JSON after two byte-order marks")
        << QStringLiteral("b.json") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF[{\"booking_id\": \"T1\"}]")
        << QStringLiteral("b.json:1: not valid JSON: an unexpected character (byte 1) outside a string");
    QTest::newRow("JSON lone surrogate escape")
        << QStringLiteral("b.json") << QByteArray("[{\"full_name\": \"A\\ud800B\"}]")
        << QStringLiteral("b.json:1: not valid JSON: an escape \\ud800 that is half of a character");
    QTest::newRow("JSON raw control character in a string")
        << QStringLiteral("b.json") << QByteArray("[{\"full_name\": \"A\tB\"}]")
        << QStringLiteral("b.json:1: not valid JSON");
    QTest::newRow("JSON syntax error with line")
        << QStringLiteral("b.json") << QByteArray("[\n{\"booking_id\": \"T1\"},\n{\"booking_id\" \"T2\"}\n]")
        << QStringLiteral("b.json:3: not valid JSON");
    QTest::newRow("JSON truncated") << QStringLiteral("b.json") << QByteArray("[{\"booking_id\": \"T1\"")
                                    << QStringLiteral("b.json:1: not valid JSON");
    QTest::newRow("JSON object instead of array")
        << QStringLiteral("b.json") << QByteArray("{\"booking_id\": \"T1\"}")
        << QStringLiteral("b.json: the JSON must be an array of booking objects");
    QTest::newRow("JSON not UTF-8") << QStringLiteral("b.json") << QByteArray("[{\"full_name\": \"\xFF\"}]")
                                    << QStringLiteral("b.json:1: the file is not UTF-8 text");
}

void TestBookingFile::fileFailures()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    auto parsed = BookingFile::read(path);
    QVERIFY(!parsed);
    QCOMPARE(parsed.failure().kind, Failure::Kind::Invalid);
    QVERIFY2(parsed.message().startsWith(dir.path() + QLatin1Char('/') + message), qPrintable(parsed.message()));
}

void TestBookingFile::missingFile()
{
    auto parsed = BookingFile::read(QStringLiteral("/nonexistent/bookings.csv"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.failure().kind, Failure::Kind::NotFound);
    QCOMPARE(parsed.message(), QStringLiteral("/nonexistent/bookings.csv: the file does not exist"));
}

void TestBookingFile::formatFromExtensionOrContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");

    const QByteArray json = "\n  [{\"booking_id\":\"T1\"}]";
    const QByteArray csv = header + "\nB1,egov,950815350123,Ann,,ID-CARD,2020-05-18T09:00\n";
    QTest::newRow("no extension, JSON content") << QStringLiteral("bookings") << json << true;
    QTest::newRow("no extension, CSV content") << QStringLiteral("bookings.txt") << csv << true;
    QTest::newRow("upper-case extension") << QStringLiteral("BOOKINGS.JSON") << json << true;
    QTest::newRow(".csv holding JSON is read as CSV and fails") << QStringLiteral("b.csv") << json << false;
    QTest::newRow(".json holding CSV is read as JSON and fails") << QStringLiteral("b.json") << csv << false;
}

void TestBookingFile::formatFromExtensionOrContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    auto parsed = BookingFile::read(file.fileName());
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().bookingId.left(1), data.contains("T1") ? QStringLiteral("T") : QStringLiteral("B"));
    }
}

QTEST_GUILESS_MAIN(TestBookingFile)
#include "tst_bookingfile.moc"
