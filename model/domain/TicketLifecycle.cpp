#include "TicketLifecycle.h"

namespace Kezek {

bool TicketLifecycle::allows(TicketState from, TicketAction action)
{
    using S = TicketState;
    switch (action) {
    case TicketAction::Issue:
    case TicketAction::CheckIn:
        return false; // a ticket is born by these, never moved by them
    case TicketAction::Call:
        return from == S::Waiting || from == S::Transferred || from == S::Postponed;
    case TicketAction::Cancel: // waiting, at the desk; called, at the window (the citizen came to say they leave)
        return from == S::Waiting || from == S::Transferred || from == S::Postponed || from == S::Called;
    case TicketAction::Recall:
    case TicketAction::Serve:
    case TicketAction::NoShow:
        return from == S::Called;
    case TicketAction::Finish:
        return from == S::Serving;
    case TicketAction::Postpone:
    case TicketAction::Transfer:
        return from == S::Called || from == S::Serving;
    }
    return false;
}

TicketState TicketLifecycle::target(TicketAction action)
{
    switch (action) {
    case TicketAction::Issue:
    case TicketAction::CheckIn:
        return TicketState::Waiting;
    case TicketAction::Call:
    case TicketAction::Recall:
        return TicketState::Called;
    case TicketAction::Serve:
        return TicketState::Serving;
    case TicketAction::Finish:
        return TicketState::Served;
    case TicketAction::NoShow:
        return TicketState::NoShow;
    case TicketAction::Postpone:
        return TicketState::Postponed;
    case TicketAction::Transfer:
        return TicketState::Transferred;
    case TicketAction::Cancel:
        return TicketState::Cancelled;
    }
    return TicketState::Waiting;
}

std::optional<QString> TicketLifecycle::refusal(const QString &number, TicketState from, TicketAction action)
{
    if (allows(from, action))
        return std::nullopt;
    const QString state = Names::display(from);
    switch (action) {
    case TicketAction::Call:
        return tr("%1 cannot be called: it is %2, not waiting.").arg(number, state);
    case TicketAction::Cancel:
        return tr("%1 cannot be cancelled: it is %2; only a waiting or called ticket can.").arg(number, state);
    case TicketAction::Recall:
        return tr("%1 cannot be called again: it is %2; only a called ticket can be recalled.").arg(number, state);
    case TicketAction::Serve:
        return tr("%1 cannot start being served: it is %2; call it first.").arg(number, state);
    case TicketAction::NoShow:
        return tr("%1 cannot be marked as a no-show: it is %2; only a called ticket can.").arg(number, state);
    case TicketAction::Finish:
        return tr("%1 cannot be finished: it is %2; start serving it first.").arg(number, state);
    case TicketAction::Postpone:
        return tr("%1 cannot be postponed: it is %2; only a called or served ticket can.").arg(number, state);
    case TicketAction::Transfer:
        return tr("%1 cannot be transferred: it is %2; only a called or served ticket can.").arg(number, state);
    case TicketAction::Issue:
    case TicketAction::CheckIn:
        break;
    }
    return tr("%1 is %2; this step is not possible.").arg(number, state);
}

QString TicketLifecycle::key(TicketAction action)
{
    switch (action) {
    case TicketAction::Issue:
        return QStringLiteral("issue");
    case TicketAction::CheckIn:
        return QStringLiteral("checkin");
    case TicketAction::Call:
        return QStringLiteral("call");
    case TicketAction::Recall:
        return QStringLiteral("recall");
    case TicketAction::Serve:
        return QStringLiteral("serve");
    case TicketAction::Finish:
        return QStringLiteral("finish");
    case TicketAction::NoShow:
        return QStringLiteral("no_show");
    case TicketAction::Postpone:
        return QStringLiteral("postpone");
    case TicketAction::Transfer:
        return QStringLiteral("transfer");
    case TicketAction::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

} // namespace Kezek
