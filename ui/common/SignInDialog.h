#pragma once

#include "common/Session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace Kezek {

class Authenticator;
class Database;

// Who is working and at which window: login from the operators table, a password when the
// authenticator asks for one, and the window.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const Database &db, const Authenticator &authenticator, QWidget *parent = nullptr);
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
    const Authenticator &m_authenticator;
    Session m_session;
};

} // namespace Kezek
