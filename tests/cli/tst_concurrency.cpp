// Many kezekctl processes at once on one database: nobody gets a ticket twice, nothing is lost.
#include "KezekctlProcess.h"

#include <QTemporaryDir>
#include <QTime>
#include <QTest>

#include <memory>
#include <vector>

using namespace Kezek::Test;

namespace {

// One window's operator in a shell loop: call the next citizen, serve, finish, until nobody waits (exit 3).
// A step refused because another program held the write lock past the busy timeout changed nothing and says "try
// again": the operator presses again, as at a real window (30 processes under the sanitizers on two cores can wait
// that long). Any other failure ends the loop with that status and the command's words on stderr.
const char *operatorLoop = R"(
K="$1"; DB="$2"; W="$3"; AT="$4"
AS=$(printf 'op%02d' "$W")
step() {
    tries=0
    while :; do
        out=$("$K" --db "$DB" --as "$AS" --at "$AT" "$@" --window "$W" 2>&1); rc=$?
        case $out in *"is locked by another program"*) ;; *) return $rc ;; esac
        tries=$((tries + 1))
        [ $tries -lt 20 ] || return $rc
        echo "window $W: $1 met the lock, again" >&2
    done
}
while :; do
    step call-next; rc=$?
    [ $rc = 3 ] && exit 0
    [ $rc = 0 ] || { echo "window $W call-next: $rc $out" >&2; exit 10; }
    n=$(printf '%s\n' "$out" | sed -n 's/^Window [0-9]* calls \([A-Z][0-9]*\) .*/\1/p')
    [ -n "$n" ] || { echo "window $W: no number in: $out" >&2; exit 11; }
    step serve "$n" || { echo "window $W serve $n failed: $out" >&2; exit 12; }
    step finish "$n" || { echo "window $W finish $n failed: $out" >&2; exit 13; }
    echo "$n"
done
)";

} // namespace

class TestConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void eightWindowsCallingAtOnce();
    void thirtyWindowsDrainingSixHundred();
    void twoDesksBookingTheLastPlace();

private:
    void issueAtOnce(const QString &db, int tickets, int desks);
    void drainAtOnce(const QString &db, const QList<int> &windows, int tickets);
};

// `tickets` tickets of five services, issued by `desks` processes at once, which also races the daily numbering:
// every number is handed out once and none is skipped.
void TestConcurrency::issueAtOnce(const QString &db, int tickets, int desks)
{
    QVERIFY(RawDatabase(db).exec(QStringLiteral("UPDATE operators SET password_hash = '%1'").arg(cheapDemoPasswordHash)));
    // ID-CARD (windows 1-4 and 12 compete), RESULT (1-6, 10-12 compete), RESIDENCE (5, 6, 12).
    const char *services[] = {"ID-CARD", "RESULT", "ID-CARD", "RESIDENCE", "RESULT"};
    std::vector<std::unique_ptr<QProcess>> issuers;
    for (int p = 0; p < desks; ++p) {
        QString script = "K=\"$1\"; DB=\"$2\"\n";
        for (int i = p; i < tickets; i += desks) {
            script += QStringLiteral("\"$K\" --db \"$DB\" --as reception --at 2020-05-18T09:00 issue %1 >/dev/null || exit 1\n")
                          .arg(services[i % 5]);
        }
        auto process = std::make_unique<QProcess>();
        process->start("/bin/sh", {"-c", script, "issue", KEZEKCTL_PATH, db});
        issuers.push_back(std::move(process));
    }
    for (auto &process : issuers) {
        QVERIFY(process->waitForFinished(240000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    RawDatabase raw(db);
    QCOMPARE(raw.scalar("SELECT count(*) FROM tickets").toInt(), tickets);
    QCOMPARE(raw.scalar("SELECT count(DISTINCT number) FROM tickets").toInt(), tickets);
    // Gap-free per letter: the highest number of each letter is the count of its tickets.
    QCOMPARE(raw.scalar("SELECT count(*) FROM (SELECT substr(number, 1, 1) AS letter, count(*) AS issued, "
                        "max(CAST(substr(number, 2) AS INTEGER)) AS highest FROM tickets GROUP BY 1) AS per_letter "
                        "WHERE issued <> highest")
                 .toInt(),
             0);
}

// One operator loop per window, all at once, until nobody waits: every ticket called and served exactly once.
void TestConcurrency::drainAtOnce(const QString &db, const QList<int> &windows, int tickets)
{
    std::vector<std::unique_ptr<QProcess>> operators;
    for (int w : windows) {
        auto process = std::make_unique<QProcess>();
        process->start("/bin/sh", {"-c", operatorLoop, "operator", KEZEKCTL_PATH, db, QString::number(w),
                                   "2020-05-18T10:00"});
        operators.push_back(std::move(process));
    }
    QStringList served;
    for (size_t i = 0; i < operators.size(); ++i) {
        QProcess &process = *operators[i];
        QVERIFY(process.waitForFinished(480000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QStringLiteral("window %1: %2").arg(windows[qsizetype(i)]).arg(
                     QString::fromUtf8(process.readAllStandardError()))));
        served += QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    }

    QCOMPARE(served.size(), tickets);
    served.removeDuplicates();
    QCOMPARE(served.size(), tickets);
    RawDatabase raw(db);
    // No ticket called twice, none lost, every ticket's state is its last event's.
    QCOMPARE(raw.scalar("SELECT count(*) FROM (SELECT ticket_id FROM events WHERE action = 'call' "
                        "GROUP BY ticket_id HAVING count(*) <> 1) AS twice")
                 .toInt(),
             0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM tickets WHERE state = 'served'").toInt(), tickets);
    QCOMPARE(raw.scalar(stateMismatchSql()).toInt(), 0);
    // Every call went to a window that serves the ticket's service.
    QCOMPARE(raw.scalar("SELECT count(*) FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE e.action = 'call' "
                        "AND NOT EXISTS (SELECT 1 FROM window_services ws WHERE ws.window_id = e.window_id "
                        "AND ws.service_id = t.service_id)")
                 .toInt(),
             0);
}

void TestConcurrency::eightWindowsCallingAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScratchLocation location(dir.path());
    const QString db = location.text();
    QCOMPARE(kezekctl(db, {"init", "--demo"}).exitCode, 0);
    issueAtOnce(db, 200, 4);
    if (QTest::currentTestFailed())
        return;
    drainAtOnce(db, {1, 2, 3, 4, 12, 5, 6, 10}, 200);
}

// A big center at its peak: eight desks issue 600 tickets at once, then 30 windows drain them at once.
void TestConcurrency::thirtyWindowsDrainingSixHundred()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScratchLocation location(dir.path());
    const QString db = location.text();
    QCOMPARE(kezekctl(db, {"init", "--demo"}).exitCode, 0);
    {
        // Windows 13 to 30 serve every service, each with its own operator (there is no setup command yet).
        RawDatabase raw(db);
        for (int w = 13; w <= 30; ++w) {
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash) VALUES "
                                            "('op%1', 'Operator %1', 'operator', '%2')")
                                 .arg(w)
                                 .arg(cheapDemoPasswordHash)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO windows (number, operator_id) SELECT %1, id FROM operators "
                                            "WHERE login = 'op%1'").arg(w)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO window_services (window_id, service_id) SELECT w.id, s.id "
                                            "FROM windows w, services s WHERE w.number = %1").arg(w)));
        }
    }
    issueAtOnce(db, 600, 8);
    if (QTest::currentTestFailed())
        return;
    QList<int> windows;
    for (int w = 1; w <= 30; ++w)
        windows << w;
    drainAtOnce(db, windows, 600);
}

void TestConcurrency::twoDesksBookingTheLastPlace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScratchLocation location(dir.path());
    const QString db = location.text();
    QCOMPARE(kezekctl(db, {"init", "--demo"}).exitCode, 0);
    const QString at = "2020-05-18T08:00";
    // PENSION is served by windows 8, 9 and 12: three places per slot. Two are taken first, then two desks
    // race for the third, slot after slot.
    const QStringList iins{"950815350123", "900101300811"};
    for (int round = 0; round < 6; ++round) {
        const QString slot = QTime(10, 0).addSecs(round * 15 * 60).toString("HH:mm");
        for (int i = 0; i < 2; ++i) {
            const CtlRun run = kezekctl(db, {"--as", "reception", "--at", at, "book", "PENSION", "--iin", iins[i], "--slot", slot});
            QVERIFY2(run.exitCode == 0, run.describe());
        }
        std::vector<std::unique_ptr<QProcess>> desks;
        for (int desk = 0; desk < 2; ++desk) {
            auto process = std::make_unique<QProcess>();
            process->start(KEZEKCTL_PATH, {"--db", db, "--as", "reception", "--at", at, "book", "PENSION", "--iin", iins[desk], "--name",
                                           QStringLiteral("Desk %1").arg(desk), "--slot", slot});
            desks.push_back(std::move(process));
        }
        int won = 0;
        int full = 0;
        for (auto &process : desks) {
            QVERIFY(process->waitForFinished(60000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0)
                ++won;
            else if (process->exitCode() == 2 && err.contains("full"))
                ++full;
            else
                QFAIL(qPrintable(QStringLiteral("exit %1: %2").arg(process->exitCode()).arg(err)));
        }
        QCOMPARE(won, 1);
        QCOMPARE(full, 1);
    }
    RawDatabase raw(db);
    QCOMPARE(raw.scalar("SELECT max(n) FROM (SELECT count(*) AS n FROM bookings GROUP BY service_id, slot_start) AS per_slot")
                 .toInt(),
             3);
    QCOMPARE(raw.scalar("SELECT count(*) FROM bookings").toInt(), 18);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
