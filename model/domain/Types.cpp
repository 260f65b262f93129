#include "Types.h"

#include <array>
#include <utility>

namespace Kezek {

namespace {

template<typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return QLatin1String(key);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> parseKey(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[candidate, key] : table) {
        if (text == QLatin1String(key))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TicketState, const char *>, 8> ticketStates{{
    {TicketState::Waiting, "waiting"},
    {TicketState::Called, "called"},
    {TicketState::Serving, "serving"},
    {TicketState::Served, "served"},
    {TicketState::NoShow, "no_show"},
    {TicketState::Transferred, "transferred"},
    {TicketState::Postponed, "postponed"},
    {TicketState::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<Channel, const char *>, 4> channels{{
    {Channel::Egov, "egov"},
    {Channel::Telegram, "telegram"},
    {Channel::Call1414, "call1414"},
    {Channel::Onsite, "onsite"},
}};
constexpr std::array<std::pair<TicketSource, const char *>, 5> sources{{
    {TicketSource::Egov, "egov"},
    {TicketSource::Telegram, "telegram"},
    {TicketSource::Call1414, "call1414"},
    {TicketSource::Onsite, "onsite"},
    {TicketSource::WalkIn, "walkin"},
}};
constexpr std::array<std::pair<Outcome, const char *>, 3> outcomes{{
    {Outcome::Done, "done"},
    {Outcome::Refused, "refused"},
    {Outcome::Redirected, "redirected"},
}};
constexpr std::array<std::pair<WindowState, const char *>, 3> windowStates{{
    {WindowState::Open, "open"},
    {WindowState::Paused, "paused"},
    {WindowState::Closed, "closed"},
}};
constexpr std::array<std::pair<PauseReason, const char *>, 3> pauseReasons{{
    {PauseReason::Break, "break"},
    {PauseReason::Disinfection, "disinfection"},
    {PauseReason::Technical, "technical"},
}};
constexpr std::array<std::pair<CancelReason, const char *>, 2> cancelReasons{{
    {CancelReason::CitizenLeft, "citizen-left"},
    {CancelReason::IssuedByMistake, "issued-by-mistake"},
}};
constexpr std::array<std::pair<Role, const char *>, 5> roles{{
    {Role::Operator, "operator"},
    {Role::Reception, "reception"},
    {Role::Supervisor, "supervisor"},
    {Role::Admin, "admin"},
    {Role::System, "system"},
}};
constexpr std::array<std::pair<CenterMode, const char *>, 3> centerModes{{
    {CenterMode::BookingOnly, "booking-only"},
    {CenterMode::Mixed, "mixed"},
    {CenterMode::WalkIn, "walk-in"},
}};

} // namespace

QString Names::key(TicketState state) { return keyOf(ticketStates, state); }
QString Names::key(Channel channel) { return keyOf(channels, channel); }
QString Names::key(TicketSource source) { return keyOf(sources, source); }
QString Names::key(Outcome outcome) { return keyOf(outcomes, outcome); }
QString Names::key(WindowState state) { return keyOf(windowStates, state); }
QString Names::key(PauseReason reason) { return keyOf(pauseReasons, reason); }
QString Names::key(CancelReason reason) { return keyOf(cancelReasons, reason); }
QString Names::key(Role role) { return keyOf(roles, role); }
QString Names::key(CenterMode mode) { return keyOf(centerModes, mode); }

std::optional<TicketState> Names::ticketState(const QString &key) { return parseKey(ticketStates, key); }
std::optional<Channel> Names::channel(const QString &key) { return parseKey(channels, key); }
std::optional<TicketSource> Names::ticketSource(const QString &key) { return parseKey(sources, key); }
std::optional<Outcome> Names::outcome(const QString &key) { return parseKey(outcomes, key); }
std::optional<WindowState> Names::windowState(const QString &key) { return parseKey(windowStates, key); }
std::optional<PauseReason> Names::pauseReason(const QString &key) { return parseKey(pauseReasons, key); }
std::optional<CancelReason> Names::cancelReason(const QString &key) { return parseKey(cancelReasons, key); }
std::optional<Role> Names::role(const QString &key) { return parseKey(roles, key); }
std::optional<CenterMode> Names::centerMode(const QString &key) { return parseKey(centerModes, key); }

TicketSource Names::sourceOf(Channel channel)
{
    switch (channel) {
    case Channel::Egov:
        return TicketSource::Egov;
    case Channel::Telegram:
        return TicketSource::Telegram;
    case Channel::Call1414:
        return TicketSource::Call1414;
    case Channel::Onsite:
        return TicketSource::Onsite;
    }
    return TicketSource::Onsite;
}

QString Names::display(TicketState state)
{
    switch (state) {
    case TicketState::Waiting:
        return tr("waiting");
    case TicketState::Called:
        return tr("called");
    case TicketState::Serving:
        return tr("being served");
    case TicketState::Served:
        return tr("served");
    case TicketState::NoShow:
        return tr("no-show");
    case TicketState::Transferred:
        return tr("transferred");
    case TicketState::Postponed:
        return tr("postponed");
    case TicketState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString Names::displaySource(const QString &key)
{
    const auto source = ticketSource(key);
    return source ? display(*source) : key;
}

QString Names::display(TicketSource source)
{
    switch (source) {
    case TicketSource::Egov:
        return tr("egov.kz");
    case TicketSource::Telegram:
        return tr("Telegram");
    case TicketSource::Call1414:
        return tr("1414");
    case TicketSource::Onsite:
        return tr("booked on site");
    case TicketSource::WalkIn:
        return tr("walk-in");
    }
    return {};
}

QString Names::display(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return tr("done");
    case Outcome::Refused:
        return tr("refused");
    case Outcome::Redirected:
        return tr("redirected");
    }
    return {};
}

QString Names::display(WindowState state)
{
    switch (state) {
    case WindowState::Open:
        return tr("open");
    case WindowState::Paused:
        return tr("paused");
    case WindowState::Closed:
        return tr("closed");
    }
    return {};
}

QString Names::display(CancelReason reason)
{
    switch (reason) {
    case CancelReason::CitizenLeft:
        return tr("the citizen left");
    case CancelReason::IssuedByMistake:
        return tr("issued by mistake");
    }
    return {};
}

QString Names::display(PauseReason reason)
{
    switch (reason) {
    case PauseReason::Break:
        return tr("break");
    case PauseReason::Disinfection:
        return tr("disinfection");
    case PauseReason::Technical:
        return tr("technical");
    }
    return {};
}

QString Names::display(Role role)
{
    switch (role) {
    case Role::Operator:
        return tr("operator");
    case Role::Reception:
        return tr("reception");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("administrator");
    case Role::System:
        return tr("night jobs");
    }
    return {};
}

QString Names::display(CenterMode mode)
{
    switch (mode) {
    case CenterMode::BookingOnly:
        return tr("booking only");
    case CenterMode::Mixed:
        return tr("bookings and walk-ins");
    case CenterMode::WalkIn:
        return tr("walk-in");
    }
    return {};
}

} // namespace Kezek
