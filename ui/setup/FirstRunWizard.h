#pragma once

#include "setup/FirstRun.h"

#include <QWizard>

#include <memory>

namespace Ui {
class FirstRunWizard;
}

namespace Kezek {

class Clock;
class Database;

// Shown when kezek opens a database without a center: the center's names, code, address, mode, hours and hall
// capacity; the services it offers from the standard catalogue and its number of windows; and its first
// administrator with their password. Finishing checks everything (FirstRun::problems, each naming the field) and
// creates the center; then the sign-in follows.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    FirstRunWizard(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // What the fields say now.
    FirstRunChoices choices() const;
    // The administrator's login, to fill in at the sign-in that follows.
    QString administratorLogin() const;

    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillServices();

    std::unique_ptr<Ui::FirstRunWizard> m_ui;
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace Kezek
