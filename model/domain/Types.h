#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kezek {

enum class TicketState { Waiting, Called, Serving, Served, NoShow, Transferred, Postponed, Cancelled };
enum class Channel { Egov, Telegram, Call1414, Onsite };
// Where a ticket came from: a booking channel or the walk-in queue.
enum class TicketSource { Egov, Telegram, Call1414, Onsite, WalkIn };
enum class Outcome { Done, Refused, Redirected };
enum class WindowState { Open, Paused, Closed };
enum class PauseReason { Break, Disinfection, Technical };
// Why a ticket was cancelled: its citizen left (before or at the call), or it was issued by mistake.
enum class CancelReason { CitizenLeft, IssuedByMistake };
// System: the account of night jobs (kezekctl from cron): imports, exports, closing windows; never a console.
enum class Role { Operator, Reception, Supervisor, Admin, System };
enum class CenterMode { BookingOnly, Mixed, WalkIn };

// The queue a waiting ticket stands in; stored with the ticket so the call order is an index walk.
enum class Lane { Transferred = 1, Booked = 2, Priority = 3, WalkIn = 4 };

// Stable database/command-line spellings ("waiting", "egov", "booking-only") and user-facing names.
class Names
{
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static QString key(TicketState state);
    static QString key(Channel channel);
    static QString key(TicketSource source);
    static QString key(Outcome outcome);
    static QString key(WindowState state);
    static QString key(PauseReason reason);
    static QString key(CancelReason reason);
    static QString key(Role role);
    static QString key(CenterMode mode);

    static std::optional<TicketState> ticketState(const QString &key);
    static std::optional<Channel> channel(const QString &key);
    static std::optional<TicketSource> ticketSource(const QString &key);
    static std::optional<Outcome> outcome(const QString &key);
    static std::optional<WindowState> windowState(const QString &key);
    static std::optional<PauseReason> pauseReason(const QString &key);
    static std::optional<CancelReason> cancelReason(const QString &key);
    static std::optional<Role> role(const QString &key);
    static std::optional<CenterMode> centerMode(const QString &key);

    static TicketSource sourceOf(Channel channel);

    // Translated, for people.
    static QString display(TicketState state);
    // A channel's row of a report by its source key ("egov" → "egov.kz"); an unknown key as it is.
    static QString displaySource(const QString &key);
    static QString display(TicketSource source);
    static QString display(Outcome outcome);
    static QString display(WindowState state);
    static QString display(PauseReason reason);
    static QString display(CancelReason reason);
    static QString display(Role role);
    static QString display(CenterMode mode);
};

} // namespace Kezek
