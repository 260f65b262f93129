#pragma once

#include "auth/Actor.h"
#include "common/Page.h"
#include "setup/CenterSetup.h"
#include "setup/SetupTableModel.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class AdministrationPage;
}

namespace Kezek {

struct ChangeSet;
class Clock;
class Database;
class LiveCenter;
class WindowServicesModel;

// The administrator's page: the center (names, mode, hours per weekday, closed days, the rules' settings), its
// services, windows, out-of-turn categories and staff, edited as one draft. What makes no sense is listed as it
// is typed, each naming the field (CenterConfigurator::problems), and the draft cannot be applied until it is
// gone; "Review and apply" shows every change before it is made in one audited transaction. Other consoles take
// the change in through their change feed, without a restart. A draft nobody touched follows changes made
// elsewhere (kezekctl center apply, another administrator); one being edited says so instead of losing either.
class AdministrationPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationPage)

public:
    AdministrationPage(const Database &db, LiveCenter &center, const Clock &clock, const Actor &actor,
                       QWidget *parent = nullptr);
    ~AdministrationPage() override;

    QString pageTitle() const override;

    // The setup as edited now.
    CenterSetup draft() const;
    bool isModified() const { return m_modified; }
    // What is wrong with the draft, as listed on the page.
    QStringList problems() const;
    // Reads the setup from the database again, dropping the draft.
    void reload();
    // Applies the draft after the administrator saw the changes (a dialog); returns whether it was applied.
    bool reviewAndApply();
    // Gives the person a new temporary password, shown once to the administrator; returns it (empty: not done).
    QString giveTemporaryPassword(const QString &login);

    SetupTableModel<Service> *servicesModel() const { return m_services; }
    WindowServicesModel *windowsModel() const { return m_windows; }
    SetupTableModel<PriorityCategory> *categoriesModel() const { return m_categories; }
    SetupTableModel<StaffSetup> *staffModel() const { return m_staff; }
    SetupTableModel<ClosedDay> *closedDaysModel() const { return m_closedDays; }

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectEditors();
    void connectButtons();
    void showSetup(const CenterSetup &setup);
    CenterSettings editedCenter() const;
    void edited();
    void showProblems();
    void followServices();
    void followWindowColumns();
    void takeIn(const ChangeSet &changes);
    // Selects and starts editing the first cell of a row just added.
    void editNewRow(QTableView *view, int row, int column = 0);

    std::unique_ptr<Ui::AdministrationPage> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    CenterSettings m_shownCenter; // what the form was filled from: the fields it has no editor for come from here
    QList<Service> m_serviceRows; // the services as the windows' grid last followed them
    QStringList m_heldLogins;
    QHash<QString, QString> m_passwords; // by login: "temporary", "set", …
    SetupTableModel<Service> *m_services;
    WindowServicesModel *m_windows;
    SetupTableModel<PriorityCategory> *m_categories;
    SetupTableModel<StaffSetup> *m_staff;
    SetupTableModel<ClosedDay> *m_closedDays;
    bool m_showing = false; // filling the editors: not an edit
    bool m_modified = false;
    bool m_changedElsewhere = false;
};

} // namespace Kezek
