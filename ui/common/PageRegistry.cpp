#include "PageRegistry.h"

#include "auth/Access.h"
#include "common/HallPanel.h"
#include "operator/OperatorConsole.h"
#include "reception/ReceptionWidget.h"
#include "setup/AdministrationPage.h"
#include "supervisor/AuditPage.h"
#include "supervisor/SupervisorDashboard.h"

namespace Kezek {

namespace {

Actor actorOf(const Session &session)
{
    return Actor{session.user, std::nullopt};
}

bool may(const Session &session, Permission permission)
{
    return Access::allows(session.user.role, permission);
}

} // namespace

const std::vector<PageRegistration> &pageRegistrations()
{
    static const std::vector<PageRegistration> pages{
        {"operatorConsole",
         [](const Session &s) { return s.windowNumber.has_value() && may(s, Permission::WorkAtWindow); },
         [](const PageContext &c, QWidget *parent) -> QWidget * {
             return new OperatorConsole(c.db, c.center, c.clock, c.session, parent);
         }},
        {"receptionPage", [](const Session &s) { return may(s, Permission::IssueTickets); },
         [](const PageContext &c, QWidget *parent) -> QWidget * {
             return new ReceptionWidget(c.db, c.center, c.clock, c.session, parent);
         }},
        // The dashboard follows the database through the frame's feed.
        {"supervisorPage", [](const Session &s) { return may(s, Permission::Export); },
         [](const PageContext &c, QWidget *parent) -> QWidget * {
             return new SupervisorDashboard(c.db, c.clock, actorOf(c.session), c.feed, parent);
         }},
        {"auditPage", [](const Session &s) { return may(s, Permission::Export); },
         [](const PageContext &c, QWidget *parent) -> QWidget * {
             return new AuditPage(c.db, c.clock, actorOf(c.session), parent);
         }},
        {"administrationPage", [](const Session &s) { return may(s, Permission::SetUpCenter); },
         [](const PageContext &c, QWidget *parent) -> QWidget * {
             return new AdministrationPage(c.db, c.center, c.clock, actorOf(c.session), parent);
         }},
        {"hallPanel", [](const Session &) { return true; },
         [](const PageContext &c, QWidget *parent) -> QWidget * {
             auto *hall = new HallPanel(c.center, c.clock, parent);
             if (may(c.session, Permission::ManageWindows))
                 hall->allowManaging(c.db, c.clock, actorOf(c.session));
             return hall;
         }},
    };
    return pages;
}

} // namespace Kezek
