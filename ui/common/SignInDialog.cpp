#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include "auth/Accounts.h"
#include "common/ChangePasswordDialog.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"

#include <QPushButton>

namespace Kezek {

SignInDialog::SignInDialog(const Database &db, const Clock &clock, const Accounts &accounts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_db(db)
    , m_clock(clock)
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    load();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::load()
{
    const Catalogue catalogue(m_db);
    m_ui->windowCombo->addItem(tr("No window (reception, supervisor)"), 0);
    if (auto windows = catalogue.windows()) {
        for (const Window &window : std::as_const(*windows))
            m_ui->windowCombo->addItem(tr("Window %1").arg(window.number), window.number);
    } else {
        showProblem(windows.message());
    }
}

void SignInDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    // With the login known, the cursor waits in the password field.
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignInDialog::setWindowNumber(int number)
{
    const int index = m_ui->windowCombo->findData(number);
    if (index >= 0)
        m_ui->windowCombo->setCurrentIndex(index);
}

void SignInDialog::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->show();
}

void SignInDialog::accept()
{
    if (m_ui->loginEdit->text().trimmed().isEmpty()) {
        showProblem(tr("Type your login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    auto account = m_accounts.signIn(m_ui->loginEdit->text(), password);
    if (!account) {
        showProblem(account.message());
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    const int window = m_ui->windowCombo->currentData().toInt();
    // The password was right, so the sign-in is in the audit trail; a sign-in that goes no further ends there, and
    // the trail says so (a sign-out), so that it never shows a person at a console who never got there.
    const auto goNoFurther = [&](const QString &problem, QWidget *focus) {
        showProblem(problem);
        if (auto recorded = m_accounts.recordSignOut(account->person); !recorded)
            qWarning("kezek: the abandoned sign-in of %s was not recorded: %s", qPrintable(account->person.login),
                     qPrintable(recorded.message()));
        if (focus)
            focus->setFocus();
    };
    if (account->person.role == Role::System) {
        goNoFurther(tr("%1 is the account of night jobs: it works from kezekctl, not at a console.")
                        .arg(account->person.login),
                    nullptr);
        return;
    }
    if (account->person.role == Role::Operator && window <= 0) {
        goNoFurther(tr("Choose the window you work at."), m_ui->windowCombo);
        return;
    }
    if (account->temporaryPassword) {
        ChangePasswordDialog change(m_accounts, account->person, this);
        change.setTemporaryPassword(password);
        if (change.exec() != QDialog::Accepted) {
            goNoFurther(tr("Choose your own password to sign in."), nullptr);
            return;
        }
    }
    if (window > 0) {
        // Only an operator takes a window, and only one nobody else holds; the refusal names who does.
        if (auto taken = QueueService(m_db, m_clock).signIn(window, Actor{account->person, std::nullopt}); !taken) {
            goNoFurther(taken.message(), m_ui->windowCombo);
            return;
        }
    }
    m_ui->passwordEdit->clear();
    m_session = Session{account->person, window > 0 ? std::optional<int>(window) : std::nullopt};
    QDialog::accept();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace Kezek
