#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kezek {

// What can be done to a ticket; each maps to one state change (recall keeps the state) and one event row.
enum class TicketAction { Issue, CheckIn, Call, Recall, Serve, Finish, NoShow, Postpone, Transfer, Cancel };

// The ticket life of DOMAIN.md in one table: which action is legal from which state, and where it leads.
class TicketLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(TicketLifecycle)

public:
    static bool allows(TicketState from, TicketAction action);
    static TicketState target(TicketAction action);
    // Why `action` is refused for ticket `number` in state `from`, in words; nullopt when allowed.
    static std::optional<QString> refusal(const QString &number, TicketState from, TicketAction action);

    static QString key(TicketAction action);
};

} // namespace Kezek
