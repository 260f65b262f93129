#include "LockPanel.h"

#include "ui_LockPanel.h"

#include "auth/Accounts.h"

namespace Kezek {

LockPanel::LockPanel(const Accounts &accounts, const Operator &person, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockPanel>())
    , m_accounts(accounts)
    , m_person(person)
{
    m_ui->setupUi(this);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockPanel::tryUnlock);
    connect(m_ui->unlockPasswordEdit, &QLineEdit::returnPressed, this, &LockPanel::tryUnlock);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &LockPanel::signOutRequested);
    retranslate();
    prepare();
}

LockPanel::~LockPanel() = default;

void LockPanel::prepare()
{
    m_ui->unlockPasswordEdit->clear();
    m_ui->problemLabel->hide();
    m_ui->unlockPasswordEdit->setFocus();
}

void LockPanel::tryUnlock()
{
    auto account = m_accounts.unlock(m_person.id, m_ui->unlockPasswordEdit->text());
    m_ui->unlockPasswordEdit->clear();
    if (!account) {
        m_ui->problemLabel->setText(account.message());
        m_ui->problemLabel->show();
        return;
    }
    Q_EMIT unlocked();
}

void LockPanel::retranslate()
{
    m_ui->lockInfo->setText(tr("This is the console of %1 (%2). Only their password opens it; anyone else signs "
                               "them out first.")
                                .arg(m_person.fullName, m_person.login));
}

void LockPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
