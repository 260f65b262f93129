#pragma once

#include "common/Session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace Kezek {

class Accounts;
class Clock;
class Database;

// Who is working and at which window: a login and its password (Accounts), and the window, which an operator's
// console then holds (QueueService::signIn: refused while another operator holds it). A temporary password is changed
// here before the console opens.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const Database &db, const Clock &clock, const Accounts &accounts, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Preselects remembered choices.
    void setLogin(const QString &login);
    void setWindowNumber(int number);

    const Session &session() const { return m_session; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showProblem(const QString &problem);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    const Accounts &m_accounts;
    Session m_session;
};

} // namespace Kezek
