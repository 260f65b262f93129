#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "auth/Access.h"
#include "auth/Accounts.h"
#include "common/ChangePasswordDialog.h"
#include "common/HallPanel.h"
#include "common/IdleWatch.h"
#include "common/LanguageManager.h"
#include "common/LockPanel.h"
#include "common/AboutBox.h"
#include "common/Page.h"
#include "core/DataFiles.h"
#include "common/PageRegistry.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "domain/QueueService.h"
#include "live/ChangeFeed.h"
#include "live/LiveCenter.h"
#include "operator/OperatorConsole.h"
#include "reception/ReceptionWidget.h"
#include "supervisor/AuditPage.h"
#include "supervisor/SupervisorDashboard.h"

#include <QActionGroup>
#include <QLabel>

namespace Kezek {

MainWindow::MainWindow(const Database &db, const Clock &clock, LanguageManager &languages, const Session &session,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_clock(clock)
    , m_languages(languages)
    , m_session(session)
    , m_accounts(std::make_unique<Accounts>(db, clock))
    , m_feed(new ChangeFeed(db, this))
    , m_center(new LiveCenter(db, clock, m_feed, this))
{
    m_ui->setupUi(this);
    setStyleSheet(DataFiles::styleSheet());

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { AboutBox::open(this); });

    m_lock = new LockPanel(*m_accounts, m_session.user, this);
    m_lock->setObjectName(QStringLiteral("lockPanel"));
    m_lock->hide();
    m_ui->centralLayout->addWidget(m_lock);
    connect(m_lock, &LockPanel::unlocked, this, &MainWindow::unlock);
    connect(m_lock, &LockPanel::signOutRequested, this, &MainWindow::signOut);
    m_idle = new IdleWatch(this);
    connect(m_idle, &IdleWatch::idle, this, &MainWindow::lock);

    // Above the pages, so that nobody works on as if nothing happened while the database is gone.
    m_connectionBanner = new QLabel(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->hide();
    m_ui->centralLayout->insertWidget(0, m_connectionBanner);

    // The feed's position first, then the picture: a commit in between is read twice, never missed.
    m_feed->start();
    if (auto status = m_center->load(); !status)
        showMessage(status.message());
    buildPages();
    buildLanguageMenu();
    // The center's idle time, and again whenever an administrator changes it.
    m_idleLockSeconds = m_center->settings().idleLock;
    m_idle->setTimeout(m_idleLockSeconds * 1000);
    connect(m_center, &LiveCenter::changed, this, [this] {
        if (m_center->settings().idleLock != m_idleLockSeconds) {
            m_idleLockSeconds = m_center->settings().idleLock;
            m_idle->setTimeout(m_idleLockSeconds * 1000);
        }
    });

    connect(m_feed, &ChangeFeed::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_feed, &ChangeFeed::connectionRestored, this, &MainWindow::showConnectionRestored);
    connect(m_feed, &ChangeFeed::reopened, this, [this] {
        showMessage(tr("The database file at %1 was replaced; Kezek opened the one there now.")
                        .arg(m_db.name()));
    });
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tickPages);
    m_ticker.start(1000);
    applyLanguage(m_languages.language().isEmpty() ? QStringLiteral("en") : m_languages.language());
    retranslate();
}

MainWindow::~MainWindow() = default;

template<typename P>
P *MainWindow::page() const
{
    for (Page *candidate : m_pages) {
        if (auto *found = dynamic_cast<P *>(candidate))
            return found;
    }
    return nullptr;
}

OperatorConsole *MainWindow::console() const
{
    return page<OperatorConsole>();
}

ReceptionWidget *MainWindow::reception() const
{
    return page<ReceptionWidget>();
}

SupervisorDashboard *MainWindow::dashboard() const
{
    return page<SupervisorDashboard>();
}

bool MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        if (m_ui->pages->widget(i)->objectName() == objectName) {
            m_ui->pages->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

AuditPage *MainWindow::audit() const
{
    return page<AuditPage>();
}

HallPanel *MainWindow::hall() const
{
    return page<HallPanel>();
}

void MainWindow::buildPages()
{
    // The role → pages table (PageRegistry.cpp): each page this person may see, in tab order.
    const PageContext context{m_db, *m_center, m_clock, m_feed, m_session};
    for (const PageRegistration &registration : pageRegistrations()) {
        if (!registration.shownTo(m_session))
            continue;
        QWidget *widget = registration.make(context, this);
        widget->setObjectName(QString::fromLatin1(registration.objectName));
        m_pages.push_back(dynamic_cast<Page *>(widget));
        Q_ASSERT(m_pages.back());
        m_ui->pages->addTab(widget, QString());
        // A page that has something to say says it with message(QString).
        if (widget->metaObject()->indexOfSignal("message(QString)") >= 0)
            connect(widget, SIGNAL(message(QString)), this, SLOT(showMessage(QString)));
    }
    for (const auto &[menu, pageMenu] : {std::pair{m_ui->menuTicket, Page::Menu::Ticket},
                                         std::pair{m_ui->menuWindow, Page::Menu::Window}}) {
        for (const Page *page : m_pages)
            menu->addActions(page->menuActions(pageMenu));
        menu->menuAction()->setVisible(!menu->actions().isEmpty());
    }
    connect(m_center, &LiveCenter::readFailed, this, &MainWindow::showMessage);
}

void MainWindow::buildLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::languages()) {
        QAction *action = m_ui->menuLanguage->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_languages.setLanguage(language); });
    }
}

void MainWindow::tickPages()
{
    m_center->tick();
    for (Page *page : m_pages)
        page->tick();
}

void MainWindow::applyLanguage(const QString &language)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    for (Page *page : m_pages)
        page->setLanguage(language);
}

void MainWindow::retranslate()
{
    for (int i = 0; i < m_ui->pages->count(); ++i)
        m_ui->pages->setTabText(i, m_pages[size_t(i)]->pageTitle());
    m_userLabel->setText(tr("%1 (%2), %3").arg(m_session.user.fullName, m_session.user.login,
                                                Names::display(m_session.user.role)));
    setWindowTitle(m_session.windowNumber ? tr("Kezek — window %1").arg(*m_session.windowNumber)
                                          : tr("Kezek"));
}

bool MainWindow::isLocked() const
{
    return m_lock->isVisible();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // The lock holds whether or not the trail can be written now; the failure is said on the lock panel's status.
    if (auto recorded = m_accounts->recordLock(m_session.user); !recorded)
        showMessage(recorded.message());
    m_ui->pages->hide();
    menuBar()->setEnabled(false);
    m_lock->show();
    m_lock->prepare();
}

void MainWindow::unlock()
{
    m_lock->hide();
    menuBar()->setEnabled(true);
    m_ui->pages->show();
    m_idle->setTimeout(m_idle->timeout());
}

void MainWindow::signOut()
{
    // Signing out goes ahead even when the trail cannot be written: a console left signed in is the worse harm.
    if (auto recorded = m_accounts->recordSignOut(m_session.user); !recorded)
        qWarning("kezek: the sign-out of %s was not recorded: %s", qPrintable(m_session.user.login),
                 qPrintable(recorded.message()));
    // The window is free for the next operator; if this fails (no connection), the same person can sign in there
    // again, and a supervisor can release it for anyone else.
    if (m_session.windowNumber) {
        if (auto released = QueueService(m_db, m_clock).release(*m_session.windowNumber, Actor{m_session.user, {}});
            !released)
            qWarning("kezek: window %d was not given up: %s", *m_session.windowNumber, qPrintable(released.message()));
    }
    Q_EMIT signedOut();
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(*m_accounts, m_session.user, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Your password is changed."));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showConnectionLost(const QString &message)
{
    m_connectionBanner->setText(tr("No connection to the database since %1. %2 Actions are refused until it is "
                                   "back; nothing you typed is lost.")
                                    .arg(LocalTime::hhmm(m_clock.now()), message));
    m_connectionBanner->show();
}

void MainWindow::showConnectionRestored()
{
    m_connectionBanner->hide();
    showMessage(tr("Connected to the database again."));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Kezek
