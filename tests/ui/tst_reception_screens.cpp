// Renders the reception desk and the hall display on a lively demo morning. Under ctest it checks that both
// paint; with KEZEK_SCREENSHOT_DIR set it saves docs-ready PNGs (reception-LANG.png, display-LANG.png) in the
// language of KEZEK_SCREENSHOT_LANG (kk, ru or en; default en). Run it under xvfb with QT_QPA_PLATFORM=xcb for
// the real fonts:
//   KEZEK_SCREENSHOT_DIR=docs/screenshots KEZEK_SCREENSHOT_LANG=kk QT_QPA_PLATFORM=xcb
//     xvfb-run -s "-screen 0 1366x768x24" build/tests/tst_reception_screens
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "common/LanguageManager.h"
#include "display/HallDisplayWindow.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "io/BookingImporter.h"
#include "reception/ReceptionWidget.h"

#include <QCheckBox>
#include <QDir>
#include <QLayout>
#include <QPixmap>
#include <QStandardPaths>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestReceptionScreens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reception();
    void display();

private:
    void save(QWidget *widget, const QString &name);
    void liveMorning();

    TestDatabase m_test;
    FixedClock m_clock{at(10, 20)};
    LanguageManager m_languages;
    QString m_language;
};

void TestReceptionScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_language = qEnvironmentVariable("KEZEK_SCREENSHOT_LANG", QStringLiteral("en"));
    m_languages.setLanguage(m_language);
    liveMorning();
}

void TestReceptionScreens::liveMorning()
{
    Database &db = m_test.db();
    auto report = BookingImporter(db).importFiles({QStringLiteral(KEZEK_SAMPLES_DIR "/bookings-egov.csv"),
                                                   QStringLiteral(KEZEK_SAMPLES_DIR "/bookings-telegram.json")},
                                                  at(8, 0), Kezek::Test::desk(db));
    QVERIFY(report);
    const Catalogue catalogue(db);
    Kezek::Test::StaffedQueue queue(db, m_clock);
    const char *walkIns[] = {"ID-CARD", "RESULT", "ID-CARD", "RESIDENCE", "EDS", "PENSION", "RESULT", "PROPERTY",
                             "ID-CARD", "CONSULT", "BIRTH", "RESULT", "ID-CARD", "RESIDENCE"};
    m_clock.set(at(9, 40));
    for (const char *code : walkIns) {
        QVERIFY(queue.issue(catalogue.service(QString::fromLatin1(code))->id, {}));
        m_clock.advance(60);
    }
    for (int window : {1, 2, 5, 7, 8, 10, 12}) {
        auto called = queue.callNext(window);
        QVERIFY(called);
        if (window % 2 == 0)
            QVERIFY(queue.startServing(called->ticket.id));
        m_clock.advance(40);
    }
    m_clock.set(at(10, 20));
}

void TestReceptionScreens::save(QWidget *widget, const QString &name)
{
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("KEZEK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(shot.save(dir + QLatin1Char('/') + name + QLatin1Char('-') + m_language + QStringLiteral(".png")));
}

void TestReceptionScreens::reception()
{
    auto reception = Catalogue(m_test.db()).operatorByLogin(QStringLiteral("reception"));
    QVERIFY(reception);
    LivePicture live(m_test.db(), m_clock);
    ReceptionWidget widget(m_test.db(), live.center, m_clock, Session{*reception, std::nullopt});
    widget.setLanguage(m_language);
    widget.findChild<QCheckBox *>(QStringLiteral("autoPrintCheck"))->setChecked(false);
    widget.resize(1366, 768);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTest::mouseClick(widget.findChild<QWidget *>(QStringLiteral("serviceButton_ID-CARD")), Qt::LeftButton);
    // The new texts' layout requests are posted events; settle them before the picture.
    QCoreApplication::sendPostedEvents();
    widget.layout()->activate();
    save(&widget, QStringLiteral("reception"));
}

void TestReceptionScreens::display()
{
    HallDisplayWindow window(m_test.db(), m_clock);
    window.feed()->stop();
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Kezek::Test::StaffedQueue queue(m_test.db(), m_clock);
    QVERIFY(queue.callNext(3)); // a new call: announced with the highlight
    window.refresh();
    QVERIFY(window.isAnnouncing());
    save(&window, QStringLiteral("display"));
}

QTEST_MAIN(TestReceptionScreens)
#include "tst_reception_screens.moc"
