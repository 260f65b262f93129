// What kezek and kezekctl say about themselves: --version and --help (the man pages are made from them), the
// language kezekctl speaks, and the command-line refusals of kezek that need no database.
#include "db/ProgramVersion.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` with an environment of its own: no display, no settings of this user, the language given.
Run run(const QString &program, const QStringList &arguments, const QString &language = QString())
{
    static QTemporaryDir settings;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString kezek = QStringLiteral(KEZEK_PATH);
const QString kezekctl = QStringLiteral(KEZEKCTL_PATH);

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesTheReleaseAndTheSchema_data();
    void versionNamesTheReleaseAndTheSchema();
    void helpNamesTheEnvironmentAndTheExitStatuses_data();
    void helpNamesTheEnvironmentAndTheExitStatuses();
    void kezekctlSpeaksTheLanguageOfTheShell();
    void anUnknownStartPageIsRefused();
};

void TestPrograms::versionNamesTheReleaseAndTheSchema_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("name");
    QTest::newRow("kezek") << kezek << "kezek";
    QTest::newRow("kezekctl") << kezekctl << "kezekctl";
}

void TestPrograms::versionNamesTheReleaseAndTheSchema()
{
    QFETCH(QString, program);
    QFETCH(QString, name);
    // No display is set: --version must not need one (help2man runs it at build time, IT staff over ssh).
    const Run result = run(program, {QStringLiteral("--version")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("%1 %2 (database schema %3)")
                                 .arg(name, ProgramVersion::release())
                                 .arg(ProgramVersion::schema()));
    QVERIFY(ProgramVersion::release().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))));
    QVERIFY2(result.out.contains(QLatin1String("\nLicense GPL-3.0-or-later: GNU GPL version 3 or later")), qPrintable(result.out));
}

void TestPrograms::helpNamesTheEnvironmentAndTheExitStatuses_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kezek") << kezek
                           << QStringList{"--db", "--start", "--display", "--version", "KEZEK_DB", "KEZEK_PASSWORD_FILE"};
    QTest::newRow("kezekctl") << kezekctl
                              << QStringList{"--db", "--as", "--version", "import-bookings", "KEZEK_DB",
                                             "KEZEK_PASSWORD_FILE", "LANGUAGE"};
}

void TestPrograms::helpNamesTheEnvironmentAndTheExitStatuses()
{
    QFETCH(QString, program);
    QFETCH(QStringList, expected);
    const Run result = run(program, {QStringLiteral("--help")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // help2man turns these headings into the man page's ENVIRONMENT and EXIT STATUS sections.
    QVERIFY2(result.out.contains(QLatin1String("\nEnvironment:\n")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("\nExit status:\n  0  ")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("\n  2  ")), qPrintable(result.out));
    for (const QString &word : expected)
        QVERIFY2(result.out.contains(word), qPrintable(word + QLatin1String(" missing from:\n") + result.out));
}

void TestPrograms::kezekctlSpeaksTheLanguageOfTheShell()
{
    const Run english = run(kezekctl, {QStringLiteral("--version")});
    const Run kazakh = run(kezekctl, {QStringLiteral("--version")}, QStringLiteral("kk"));
    const Run russian = run(kezekctl, {QStringLiteral("--version")}, QStringLiteral("ru_RU"));
    QVERIFY2(english.out.contains(QLatin1String("free software")), qPrintable(english.out));
    QVERIFY2(kazakh.out.contains(QStringLiteral("еркін бағдарлама")), qPrintable(kazakh.out + kazakh.err));
    QVERIFY2(russian.out.contains(QStringLiteral("свободная программа")), qPrintable(russian.out + russian.err));
    // The first line stays the same in every language: scripts and help2man read it.
    QCOMPARE(kazakh.out.section(QLatin1Char('\n'), 0, 0), english.out.section(QLatin1Char('\n'), 0, 0));
    // An error in Russian too, with the same exit status.
    const Run unknown = run(kezekctl, {QStringLiteral("frobnicate")}, QStringLiteral("ru"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("frobnicate")), qPrintable(unknown.err));
    QVERIFY2(!unknown.err.contains(QLatin1String("Unknown command")), qPrintable(unknown.err));
}

void TestPrograms::anUnknownStartPageIsRefused()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QProcess process;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(kezek, {QStringLiteral("--start"), QStringLiteral("cashier")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("--start wants operator, reception or supervisor, not \"cashier\"")),
             qPrintable(said));
}

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
