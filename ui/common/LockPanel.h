#pragma once

#include "domain/Catalogue.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LockPanel;
}

namespace Kezek {

class Accounts;

// What a locked console shows in place of its pages: whose console it is, and a password field that only that
// person's password opens. The window's ticket and state are not touched by the lock; the pages behind keep
// following the center, and come back as they are.
class LockPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockPanel)

public:
    LockPanel(const Accounts &accounts, const Operator &person, QWidget *parent = nullptr);
    ~LockPanel() override;

    // Clears the field and the last problem, and takes the focus.
    void prepare();

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryUnlock();
    void retranslate();

    std::unique_ptr<Ui::LockPanel> m_ui;
    const Accounts &m_accounts;
    Operator m_person;
};

} // namespace Kezek
