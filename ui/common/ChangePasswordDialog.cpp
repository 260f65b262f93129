#include "ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include "auth/Accounts.h"

namespace Kezek {

ChangePasswordDialog::ChangePasswordDialog(const Accounts &accounts, const Operator &person, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_accounts(accounts)
    , m_person(person)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    retranslate();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::setTemporaryPassword(const QString &current)
{
    m_temporary = current;
    m_ui->currentLabel->hide();
    m_ui->currentEdit->hide();
    m_ui->nextEdit->setFocus();
    retranslate();
}

void ChangePasswordDialog::retranslate()
{
    m_ui->reasonLabel->setText(
        m_temporary.isEmpty()
            ? tr("%1, choose a new password of at least 8 characters.").arg(m_person.fullName)
            : tr("%1, your password is a temporary one. Choose your own password of at least 8 characters before "
                 "you start.")
                  .arg(m_person.fullName));
}

void ChangePasswordDialog::accept()
{
    const QString next = m_ui->nextEdit->text();
    if (next != m_ui->repeatEdit->text()) {
        m_ui->problemLabel->setText(tr("The two new passwords differ; type the same one twice."));
        m_ui->problemLabel->show();
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    const QString current = m_temporary.isEmpty() ? m_ui->currentEdit->text() : m_temporary;
    if (auto changed = m_accounts.changePassword(m_person.id, current, next); !changed) {
        m_ui->problemLabel->setText(changed.message());
        m_ui->problemLabel->show();
        return;
    }
    QDialog::accept();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Kezek
