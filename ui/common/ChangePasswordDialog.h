#pragma once

#include "domain/Catalogue.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace Kezek {

class Accounts;

// A person changes their own password: the current one (unless the sign-in just checked it), the new one twice.
// The dialog stays open with the reason in words until the change is saved or it is cancelled.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(const Accounts &accounts, const Operator &person, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    // After a sign-in with a temporary password: it was just typed, so it is not asked again.
    void setTemporaryPassword(const QString &current);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    const Accounts &m_accounts;
    Operator m_person;
    QString m_temporary;
};

} // namespace Kezek
