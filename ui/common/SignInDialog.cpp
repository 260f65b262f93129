#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include "auth/Authenticator.h"
#include "domain/Catalogue.h"

#include <QPushButton>

namespace Kezek {

SignInDialog::SignInDialog(const Database &db, const Authenticator &authenticator, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_db(db)
    , m_authenticator(authenticator)
{
    m_ui->setupUi(this);
    const bool password = m_authenticator.requiresPassword();
    m_ui->passwordEdit->setEnabled(password);
    m_ui->passwordNote->setVisible(!password);
    m_ui->problemLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    load();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::load()
{
    const Catalogue catalogue(m_db);
    if (auto operators = catalogue.operators()) {
        for (const Operator &op : std::as_const(*operators)) {
            //: sign-in list entry: login, full name and role
            m_ui->loginCombo->addItem(tr("%1 — %2 (%3)").arg(op.login, op.fullName, Names::display(op.role)),
                                      op.login);
        }
    } else {
        showProblem(operators.message());
    }
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
    const int index = m_ui->loginCombo->findData(login);
    if (index >= 0)
        m_ui->loginCombo->setCurrentIndex(index);
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
    auto user = m_authenticator.authenticate(m_ui->loginCombo->currentData().toString(), m_ui->passwordEdit->text());
    if (!user) {
        showProblem(user.message());
        return;
    }
    const int window = m_ui->windowCombo->currentData().toInt();
    if (user->role == Role::Operator && window <= 0) {
        showProblem(tr("Choose the window you work at."));
        return;
    }
    m_session = Session{*user, window > 0 ? std::optional<int>(window) : std::nullopt};
    QDialog::accept();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace Kezek
