// The reception desk, driven like a receptionist would: real buttons, fields, tabs and dialogs, offscreen.
#include "DialogDriver.h"
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "RawDatabase.h"
#include "TestDatabase.h"

#include "common/CancelTicketDialog.h"

#include "db/Query.h"
#include "display/Bilingual.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"
#include "io/BookingImporter.h"
#include "reception/BookingPanel.h"
#include "reception/CheckInPanel.h"
#include "reception/ImportPanel.h"
#include "reception/ImportReportDialog.h"
#include "reception/ReceptionWidget.h"
#include "reception/ServiceListModel.h"
#include "reception/SlotModel.h"
#include "reception/TalonPrinter.h"
#include "reception/WalkInPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

// QTest::keyClicks takes Latin-1 only; Kazakh and Russian go in as key events carrying their text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// A radio button reacts on its indicator and label, not on the whole widget width.
void clickToggleIn(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

} // namespace

class TestReception final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void walkInByButton();
    void walkInOutOfTurnFromSearch();
    void bookingOnlyRefusalOffersTheNextSlot();
    void bookingOnlyStillIssuesWalkInOnlyServices();
    void checkInByCodeInOrder();
    void lateCheckInByIinValidatedAsTyped();
    void earlyCheckInSaysWhen();
    void onSiteBookingNextFreeThenFullSlotRefused();
    void importSeveralFilesWithReport();
    void occupancyWarnsAtTheLimit();
    void talonPrintsToPdf();
    void thePrintDialogPrintsAnEightyMillimetreReceipt();
    void withoutAPrinterEachTicketSaysItWasNotPrinted();
    void aTicketIssuedByMistakeIsCancelled();

private:
    template<typename T>
    T *find(const char *name)
    {
        auto *child = m_widget->findChild<T *>(QString::fromLatin1(name));
        if (!child)
            qWarning("no %s", name);
        return child;
    }
    void openTab(QWidget *page);
    void setCenter(const QString &sql);
    int serviceId(const char *code) { return Catalogue(m_test->db()).service(QString::fromLatin1(code))->id; }
    void importBooking(const QString &code, const QString &iin, const char *service, const QString &slot);
    void selectSlot(qint64 start);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LivePicture> m_live;
    std::unique_ptr<ReceptionWidget> m_widget;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestReception::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestReception::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(at(10, 5));
    auto reception = Catalogue(m_test->db()).operatorByLogin(QStringLiteral("reception"));
    QVERIFY(reception);
    m_live = std::make_unique<LivePicture>(m_test->db(), *m_clock);
    m_widget = std::make_unique<ReceptionWidget>(m_test->db(), m_live->center, *m_clock, Session{*reception, std::nullopt});
    m_widget->resize(1200, 760);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    // No printer in the test machine: tickets are shown, and printed to PDF in talonPrintsToPdf().
    QTest::mouseClick(find<QCheckBox>("autoPrintCheck"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(!find<QCheckBox>("autoPrintCheck")->isChecked());
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers = {new QAbstractItemModelTester(m_widget->walkIn()->serviceModel(), mode, m_widget.get()),
                 new QAbstractItemModelTester(m_widget->walkIn()->searchModel(), mode, m_widget.get()),
                 new QAbstractItemModelTester(m_widget->booking()->slotModel(), mode, m_widget.get())};
}

void TestReception::cleanup()
{
    m_widget.reset();
    m_live.reset();
    m_clock.reset();
    m_test.reset();
}

void TestReception::openTab(QWidget *page)
{
    auto *tabs = find<QTabWidget>("receptionTabs");
    QVERIFY(tabs);
    const int index = tabs->indexOf(page);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentWidget(), page);
}

void TestReception::setCenter(const QString &sql)
{
    Query q(m_test->db(), sql);
    QVERIFY(q.exec(QStringLiteral("test setup")));
    // Written past Database::write, so no commit told the feed: it reads the log now.
    QVERIFY(m_live->feed.catchUp());
}

void TestReception::importBooking(const QString &code, const QString &iin, const char *service, const QString &slot)
{
    BookingRow row;
    row.file = QStringLiteral("test.csv");
    row.line = 2;
    row.bookingId = code;
    row.channel = QStringLiteral("egov");
    row.iin = iin;
    row.fullName = QStringLiteral("Айгерім Сәрсенова");
    row.phone = QStringLiteral("+77015550101");
    row.serviceCode = QString::fromLatin1(service);
    row.slotStart = slot;
    auto report = BookingImporter(m_test->db()).importRows({row}, m_clock->now(), Kezek::Test::desk(m_test->db()));
    QVERIFY(report);
    QCOMPARE(report->imported, 1);
}

void TestReception::selectSlot(qint64 start)
{
    auto *view = find<QTableView>("slotView");
    const int row = m_widget->booking()->slotModel()->rowOfStart(start);
    QVERIFY(row >= 0);
    const QModelIndex index = view->model()->index(row, SlotModel::TimeColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().row(), row);
}

void TestReception::walkInByButton()
{
    click(find<QPushButton>("serviceButton_ID-CARD"));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("A001"));
    const QString details = find<QLabel>("ticketDetailsLabel")->text();
    QVERIFY2(details.contains(QStringLiteral("0 ahead")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("about")), qPrintable(details));
    QVERIFY(find<QPushButton>("printButton")->isEnabled());
    QVERIFY(m_widget->lastTalon());
    QCOMPARE(m_widget->lastTalon()->serviceRu, QStringLiteral("Удостоверение личности и паспорт"));

    // The second one stands behind the first.
    click(find<QPushButton>("serviceButton_ID-CARD"));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("A002"));
    QCOMPARE(m_widget->lastTalon()->estimate->ahead, 1);
    // The buttons tell the expected wait of a new ticket.
    QVERIFY2(find<QPushButton>("serviceButton_ID-CARD")->text().contains(QStringLiteral("about")),
             qPrintable(find<QPushButton>("serviceButton_ID-CARD")->text()));
}

// The last ticket is offered (a ticket issued by mistake is usually the last one); another number may be typed.
void TestReception::aTicketIssuedByMistakeIsCancelled()
{
    click(find<QPushButton>("serviceButton_ID-CARD"));
    click(find<QPushButton>("serviceButton_ID-CARD"));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("A002"));
    QStringList said;
    connect(m_widget.get(), &ReceptionWidget::message, this, [&said](const QString &text) { said << text; });
    whenDialog<CancelTicketDialog>([](CancelTicketDialog *dialog) {
        auto *number = child<QLineEdit>(dialog, "numberEdit");
        QCOMPARE(number->text(), QStringLiteral("A002"));
        QVERIFY(!number->isReadOnly());
        clickToggleIn(child<QRadioButton>(dialog, "mistakeRadio"));
        clickOk(dialog);
    });
    click(find<QPushButton>("cancelTicketButton"));
    QTRY_COMPARE(TicketStore(m_test->db()).byNumber("A002", "2020-05-18")->state, TicketState::Cancelled);
    QCOMPARE(said.value(0), QStringLiteral("A002 is cancelled: issued by mistake."));
    // The first citizen left: its number typed in small letters, through the Ticket menu's action.
    whenDialog<CancelTicketDialog>([](CancelTicketDialog *dialog) {
        auto *number = child<QLineEdit>(dialog, "numberEdit");
        number->clear();
        QTest::keyClicks(number, "a001");
        clickToggleIn(child<QRadioButton>(dialog, "leftRadio"));
        clickOk(dialog);
    });
    const auto actions = m_widget->menuActions(Page::Menu::Ticket);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Del")));
    actions.first()->trigger();
    QTRY_COMPARE(TicketStore(m_test->db()).byNumber("A001", "2020-05-18")->state, TicketState::Cancelled);
    const RawDatabase raw(m_test->path());
    QCOMPARE(raw.column("SELECT note FROM events WHERE action = 'cancel' ORDER BY id"),
             (QStringList{"issued-by-mistake", "citizen-left"}));
}

void TestReception::walkInOutOfTurnFromSearch()
{
    auto *combo = find<QComboBox>("priorityCombo");
    QVERIFY(combo->count() > 1);
    combo->setCurrentIndex(1);
    const QString category = combo->currentData().toString();
    QVERIFY(!category.isEmpty());

    auto *search = find<QLineEdit>("serviceSearch");
    typeText(search, QStringLiteral("ЭЦҚ")); // the Kazakh name finds the digital signature
    QCOMPARE(m_widget->walkIn()->searchModel()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("D001"));
    auto ticket = TicketStore(m_test->db()).byNumber(QStringLiteral("D001"), QStringLiteral("2020-05-18"));
    QVERIFY(ticket);
    QCOMPARE(ticket->priority, category);
    QCOMPARE(combo->currentIndex(), 0); // the category is for one citizen only

    search->clear();
    QTest::keyClicks(search, QStringLiteral("result"));
    QCOMPARE(m_widget->walkIn()->searchModel()->rowCount(), 1);
    click(find<QPushButton>("issueSelectedButton"));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("C001"));
}

void TestReception::bookingOnlyRefusalOffersTheNextSlot()
{
    setCenter(QStringLiteral("UPDATE center SET mode = 'booking-only'"));
    click(find<QPushButton>("serviceButton_ID-CARD"));
    const QString refusal = find<QLabel>("walkInResult")->text();
    QVERIFY2(refusal.contains(QStringLiteral("booked citizens only")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("The next free slot is 10:00")), qPrintable(refusal));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("—"));

    auto *offer = find<QPushButton>("offerSlotButton");
    QVERIFY(offer->isVisible());
    QVERIFY(offer->text().contains(QStringLiteral("10:00")));
    click(offer);
    QCOMPARE(find<QTabWidget>("receptionTabs")->currentWidget(), m_widget->booking());
    auto *view = find<QTableView>("slotView");
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().data(SlotModel::StartRole).toLongLong(), at(10, 0));

    QTest::keyClicks(find<QLineEdit>("bookingIinEdit"), QStringLiteral("950815350123"));
    typeText(find<QLineEdit>("bookingNameEdit"), QStringLiteral("Нұрлан Сейітов"));
    click(find<QPushButton>("bookSelectedButton"));
    const QString booked = find<QLabel>("bookingResult")->text();
    QVERIFY2(booked.startsWith(QStringLiteral("Booked OS-20200518-")) && booked.contains(QStringLiteral("10:00")),
             qPrintable(booked));

    click(find<QPushButton>("checkInBookedButton"));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("A001"));
    QVERIFY2(find<QLabel>("bookingResult")->text().contains(
                 QStringLiteral("slot 10:00, late by 5 min but within the tolerance: called in order")),
             qPrintable(find<QLabel>("bookingResult")->text()));
    QCOMPARE(m_widget->lastTalon()->slotStart, std::optional<qint64>(at(10, 0)));
}

void TestReception::bookingOnlyStillIssuesWalkInOnlyServices()
{
    setCenter(QStringLiteral("UPDATE center SET mode = 'booking-only'"));
    click(find<QPushButton>("serviceButton_CONSULT"));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("K001"));
    QVERIFY(!find<QPushButton>("offerSlotButton")->isVisible());
}

void TestReception::checkInByCodeInOrder()
{
    importBooking(QStringLiteral("EG-T-1"), QStringLiteral("950815350123"), "ID-CARD",
                  QStringLiteral("2020-05-18T10:15"));
    m_clock->set(at(10, 12)); // within the early allowance (5 min)
    openTab(m_widget->checkIn());
    auto *button = find<QPushButton>("checkInButton");
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(find<QLineEdit>("checkInEdit"), QStringLiteral("EG-T-1"));
    click(button);
    QCOMPARE(find<QLabel>("checkInResult")->text(), QStringLiteral("Ticket A001: slot 10:15, called in order."));
    const QString booking = find<QLabel>("bookingDetails")->text();
    QVERIFY2(booking.contains(QStringLiteral("EG-T-1")) && booking.contains(QStringLiteral("9508******23")),
             qPrintable(booking));
    QVERIFY(!booking.contains(QStringLiteral("950815350123")));
    QCOMPARE(find<QLabel>("ticketNumberLabel")->text(), QStringLiteral("A001"));

    // The same code again: told, not a second ticket.
    QTest::keyClicks(find<QLineEdit>("checkInEdit"), QStringLiteral("EG-T-1"));
    click(button);
    QVERIFY2(find<QLabel>("checkInResult")->text().contains(QStringLiteral("already checked in")),
             qPrintable(find<QLabel>("checkInResult")->text()));
}

void TestReception::lateCheckInByIinValidatedAsTyped()
{
    importBooking(QStringLiteral("EG-T-2"), QStringLiteral("950815350123"), "RESIDENCE",
                  QStringLiteral("2020-05-18T09:30"));
    m_clock->set(at(9, 52));
    openTab(m_widget->checkIn());
    auto *edit = find<QLineEdit>("checkInEdit");
    auto *hint = find<QLabel>("checkInHint");
    auto *button = find<QPushButton>("checkInButton");

    QTest::keyClicks(edit, QStringLiteral("95081"));
    QVERIFY2(hint->text().contains(QStringLiteral("7 more digit")), qPrintable(hint->text()));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("5350124")); // wrong check digit
    QCOMPARE(hint->property("state").toString(), QStringLiteral("invalid"));
    QVERIFY(!button->isEnabled());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("3"));
    QCOMPARE(hint->property("state").toString(), QStringLiteral("valid"));
    click(button);
    QCOMPARE(find<QLabel>("checkInResult")->text(),
             QStringLiteral("Ticket B001: late by 22 min (slot 09:30), queued as a walk-in."));
    auto ticket = TicketStore(m_test->db()).byNumber(QStringLiteral("B001"), QStringLiteral("2020-05-18"));
    QVERIFY(ticket);
    QCOMPARE(ticket->lane, Lane::WalkIn);
}

void TestReception::earlyCheckInSaysWhen()
{
    importBooking(QStringLiteral("EG-T-3"), QStringLiteral("900101300811"), "EDS", QStringLiteral("2020-05-18T11:00"));
    openTab(m_widget->checkIn());
    QTest::keyClicks(find<QLineEdit>("checkInEdit"), QStringLiteral("EG-T-3"));
    QTest::keyClick(find<QLineEdit>("checkInEdit"), Qt::Key_Return);
    QCOMPARE(find<QLabel>("checkInResult")->text(),
             QStringLiteral("Ticket D001: early by 55 min; called from 10:55 (slot 11:00), sooner only if no walk-in "
                            "waits."));
}

void TestReception::onSiteBookingNextFreeThenFullSlotRefused()
{
    // ID-CARD is served by windows 1-4 and 12: five places a slot; four of 10:00 and of 10:15 are taken.
    for (const qint64 slot : {at(10, 0), at(10, 15)}) {
        for (int taken = 0; taken < 4; ++taken) {
            Query book(m_test->db(), "INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, "
                                     "created_at) SELECT 'egov', :code, '950815350123', id, :slot, 0 FROM services "
                                     "WHERE code = 'ID-CARD'");
            book.bind(":code", QStringLiteral("EG-TAKEN-%1-%2").arg(slot).arg(taken)).bind(":slot", slot);
            QVERIFY(book.exec("taking a place").ok());
        }
    }
    // Written past Database::write, so no commit told the feed: it reads the log now.
    QVERIFY(m_live->feed.catchUp());
    openTab(m_widget->booking());
    auto *combo = find<QComboBox>("bookingServiceCombo");
    combo->setCurrentIndex(combo->findData(serviceId("ID-CARD")));
    SlotModel *slotModel = m_widget->booking()->slotModel();
    QCOMPARE(slotModel->serviceId(), serviceId("ID-CARD"));
    QCOMPARE(slotModel->slot(slotModel->rowOfStart(at(10, 0))).capacity, 5);
    QCOMPARE(slotModel->slot(slotModel->rowOfStart(at(10, 0))).room(), 1);

    auto *iin = find<QLineEdit>("bookingIinEdit");
    QTest::keyClicks(iin, QStringLiteral("900101300811"));
    click(find<QPushButton>("bookNextButton"));
    QVERIFY2(find<QLabel>("bookingResult")->text().contains(QStringLiteral("at 10:00")),
             qPrintable(find<QLabel>("bookingResult")->text()));
    const int row = slotModel->rowOfStart(at(10, 0));
    QCOMPARE(slotModel->index(row, SlotModel::FreeColumn).data().toString(), QStringLiteral("full"));
    QVERIFY(!slotModel->isBookable(row));

    // Another desk takes 10:15 while this one still shows it free (before its feed polls again); booking it here is
    // refused in words.
    OnsiteBookingRequest other{QStringLiteral("ID-CARD"), QStringLiteral("950815350123"), QString(), QString(),
                               at(10, 15)};
    m_live->feed.stop();
    QVERIFY(BookingCalendar(*m_test->openAnother()).book(other, m_clock->now(), Kezek::Test::desk(*m_test->openAnother())));
    QTest::keyClicks(iin, QStringLiteral("900101300811"));
    selectSlot(at(10, 15));
    click(find<QPushButton>("bookSelectedButton"));
    const QString refused = find<QLabel>("bookingResult")->text();
    QVERIFY2(refused.contains(QStringLiteral("full")), qPrintable(refused));
    QVERIFY(!find<QPushButton>("checkInBookedButton")->isVisible());
    auto count = Query::scalar(m_test->db(), QStringLiteral("SELECT count(*) FROM bookings"), {}, QStringLiteral("count"));
    QCOMPARE(count->value_or(-1), 2 + 8); // eight places taken before
}

void TestReception::importSeveralFilesWithReport()
{
    const QStringList files{QStringLiteral(KEZEK_SAMPLES_DIR "/bookings-egov.csv"),
                            QStringLiteral(KEZEK_SAMPLES_DIR "/bookings-telegram.json")};
    m_widget->importer()->setFileChooser([files] { return files; });
    openTab(m_widget->importer());
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("report.txt"));
    QString counts;
    QString rejections;
    bool seen = false;
    whenDialog<ImportReportDialog>([&](ImportReportDialog *dialog) {
        seen = true;
        counts = dialog->findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
        rejections = dialog->findChild<QPlainTextEdit *>(QStringLiteral("rejectionsView"))->toPlainText();
        QVERIFY(dialog->saveTo(saved));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    });
    click(find<QPushButton>("importButton"));
    QVERIFY(seen);
    QVERIFY2(counts.contains(QStringLiteral("2 rejected")), qPrintable(counts));
    QVERIFY2(rejections.contains(QStringLiteral("bookings-egov.csv:5: ")), qPrintable(rejections));
    QVERIFY2(rejections.contains(QStringLiteral("bookings-telegram.json:")), qPrintable(rejections));
    const QByteArray text = [&] {
        QFile file(saved);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY2(text.contains("bookings-egov.csv:5: "), text.constData());
    QVERIFY(find<QLabel>("importSummary")->text().contains(QStringLiteral("imported")));

    // Again: nothing new.
    whenDialog<ImportReportDialog>([&](ImportReportDialog *dialog) {
        counts = dialog->findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
        dialog->reject();
    });
    click(find<QPushButton>("importButton"));
    QVERIFY2(counts.contains(QStringLiteral(": 0 imported, 0 updated")), qPrintable(counts));
}

void TestReception::occupancyWarnsAtTheLimit()
{
    setCenter(QStringLiteral("UPDATE center SET hall_capacity = 2"));
    auto *warning = find<QLabel>("occupancyWarning");
    QVERIFY(!warning->isVisible());
    click(find<QPushButton>("serviceButton_RESULT"));
    QCOMPARE(find<QLabel>("occupancyLabel")->text(), QStringLiteral("1 of 2 inside"));
    QVERIFY(!warning->isVisible());
    click(find<QPushButton>("serviceButton_RESULT"));
    QCOMPARE(find<QLabel>("occupancyLabel")->text(), QStringLiteral("2 of 2 inside"));
    QVERIFY(warning->isVisible());
}

void TestReception::talonPrintsToPdf()
{
    click(find<QPushButton>("serviceButton_PENSION"));
    QVERIFY(m_widget->lastTalon());
    const Talon &talon = *m_widget->lastTalon();
    const QString html = TalonPrinter::html(talon, m_widget->bilingual());
    QVERIFY(html.contains(QStringLiteral("F001")));
    QVERIFY(html.contains(QStringLiteral("Зейнетақы және жәрдемақы")));
    QVERIFY(html.contains(QStringLiteral("Пенсии и пособия")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("talon.pdf"));
    QVERIFY(TalonPrinter::printToPdf(talon, m_widget->bilingual(), pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QCOMPARE(file.read(4), QByteArray("%PDF"));
}

// The page's width in points, read from the PDF's first /MediaBox.
double pdfPageWidthPoints(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)"));
    const auto match = mediaBox.match(QString::fromLatin1(file.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

void TestReception::thePrintDialogPrintsAnEightyMillimetreReceipt()
{
    click(find<QPushButton>("serviceButton_ID-CARD"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    // Print to File (PDF) from Qt's own dialog, as a reception without a printer does.
    whenDialog<QPrintDialog>([&pdf](QPrintDialog *dialog) {
        auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("printers"));
        QVERIFY(printers);
        const int toFile = printers->findText(QStringLiteral("Print to File (PDF)"));
        QVERIFY(toFile >= 0);
        printers->setCurrentIndex(toFile);
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
        QVERIFY(file);
        file->setText(pdf);
        dialog->accept();
    });
    click(find<QPushButton>("printButton"));
    QTRY_VERIFY(QFile::exists(pdf));
    // 80 mm is 226.8 points: the receipt, not the dialog's A4 (595) or US Letter (612).
    QTRY_VERIFY2(qAbs(pdfPageWidthPoints(pdf) - 80 / 25.4 * 72) < 1,
                 qPrintable(QString::number(pdfPageWidthPoints(pdf))));
    // The ticket's heading is said once: "Талон" is the word in both languages.
    const QString html = TalonPrinter::html(*m_widget->lastTalon(), m_widget->bilingual());
    QCOMPARE(html.count(QStringLiteral("Талон")), 1);
}

void TestReception::withoutAPrinterEachTicketSaysItWasNotPrinted()
{
    if (!QPrinterInfo::defaultPrinter().isNull())
        QSKIP("this machine has a printer");
    QTest::mouseClick(find<QCheckBox>("autoPrintCheck"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(find<QCheckBox>("autoPrintCheck")->isChecked());
    QSignalSpy said(m_widget.get(), SIGNAL(message(QString)));
    click(find<QPushButton>("serviceButton_ID-CARD"));
    click(find<QPushButton>("serviceButton_ID-CARD"));
    QStringList notPrinted;
    for (const QList<QVariant> &arguments : std::as_const(said)) {
        if (arguments.value(0).toString().contains(QStringLiteral("was not printed")))
            notPrinted << arguments.value(0).toString();
    }
    QCOMPARE(notPrinted.size(), 2);
    QVERIFY2(notPrinted.at(0).startsWith(QStringLiteral("Ticket A001 was not printed")), qPrintable(notPrinted.at(0)));
    QVERIFY2(notPrinted.at(1).startsWith(QStringLiteral("Ticket A002 was not printed")), qPrintable(notPrinted.at(1)));
}

QTEST_MAIN(TestReception)
#include "tst_reception.moc"
