#pragma once

#include "common/Session.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <vector>

class QActionGroup;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace Kezek {

class Accounts;
class AuditPage;
class Clock;
class Database;
class IdleWatch;
class LockPanel;
class ChangeFeed;
class HallPanel;
class LanguageManager;
class LiveCenter;
class OperatorConsole;
class Page;
class ReceptionWidget;
class SupervisorDashboard;

// The frame around the pages a signed-in user works with: it builds the pages this person's role sees from the role
// → pages table (PageRegistry.cpp, one Page contract), keeps them live (the process's change feed and live picture of the center, a one-second
// tick) and switches languages. Left alone for the center's idle time it locks: the pages give way to a panel that
// only the signed-in person's password opens. Signing out (signedOut()) hands the PC to the next person.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Database &db, const Clock &clock, LanguageManager &languages, const Session &session,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The pages, each null when this person does not see it (PageRegistry.cpp): the console for an operator at a
    // window, reception, the dashboard and the audit trail for supervisors and administrators, the hall for all.
    OperatorConsole *console() const;
    ReceptionWidget *reception() const;
    SupervisorDashboard *dashboard() const;
    AuditPage *audit() const;
    HallPanel *hall() const;
    ChangeFeed *feed() const { return m_feed; }
    LiveCenter *center() const { return m_center; }
    IdleWatch *idleWatch() const { return m_idle; }
    LockPanel *lockPanel() const { return m_lock; }
    bool isLocked() const;
    // Brings the page of this object name to the front (kezek --start); false when this person does not see it.
    bool showPage(const QString &objectName);

    // Locks the console now (as the idle time does), recording it.
    void lock();
    // Records the sign-out and emits signedOut().
    void signOut();

Q_SIGNALS:
    void signedOut();

protected:
    void changeEvent(QEvent *event) override;

private:
    template<typename P>
    P *page() const;
    void buildPages();
    void buildLanguageMenu();
    void tickPages();
    void applyLanguage(const QString &language);
    void retranslate();
    Q_SLOT void showMessage(const QString &text);
    void showConnectionLost(const QString &message);
    void showConnectionRestored();
    void unlock();
    void changePassword();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    LanguageManager &m_languages;
    Session m_session;
    std::unique_ptr<Accounts> m_accounts;
    ChangeFeed *m_feed;
    LiveCenter *m_center;
    QTimer m_ticker;
    std::vector<Page *> m_pages; // in tab order; the widgets are this window's children
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_connectionBanner = nullptr;
    IdleWatch *m_idle = nullptr;
    int m_idleLockSeconds = 0;
    LockPanel *m_lock = nullptr;
};

} // namespace Kezek
