#include "DaySimulator.h"

#include "auth/Access.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"
#include "io/BookingImporter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <queue>
#include <random>
#include <vector>

namespace Kezek {

namespace {

// Draws from a seeded mt19937_64 with our own conversions: the standard distributions may differ between
// library versions, and a seed must give the same day everywhere.
class Random final
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(uniform() * double(high - low + 1)); }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    // A log-normal duration whose mean is `mean`: most close to it, a long tail of difficult cases.
    qint64 duration(double mean, double sigma = 0.5)
    {
        const double mu = std::log(mean) - sigma * sigma / 2.0;
        return qint64(std::exp(mu + sigma * normal()));
    }
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// Arrivals per hour from 9:00: a morning rush, a lunch dip, a quiet end of day.
const double hourlyWeights[] = {1.2, 1.5, 1.5, 1.1, 0.55, 1.0, 1.0, 0.9, 0.5, 0.3, 0.3, 0.3};

const char *const firstNames[] = {"Айгерім", "Нұрлан", "Мария",  "Ерлан", "Дана",  "Сергей", "Асель",
                                  "Бауыржан", "Ольга", "Тимур", "Жанна", "Арман", "Гүлнар", "Дмитрий"};
const char *const lastNames[] = {"Сейітова", "Ахметов", "Иванова", "Омаров", "Ким",   "Жұмабаев",
                                 "Петрова",  "Нұрланов", "Әлиева", "Сапаров", "Ли",    "Қасымов"};

enum class Stage { NotArrived, Waiting, Called, Serving, Served, NoShow, Cancelled };

// One citizen's plan for the day (drawn up front) and where they are now.
struct Citizen
{
    int serviceId = 0;
    bool booked = false;
    Channel channel = Channel::Egov;
    qint64 slotStart = 0;
    QString bookingCode;
    QString iin;
    QString fullName;
    QString phone;
    bool comes = true;
    qint64 arrival = 0;
    QString priority;
    qint64 patience = 0; // 0: waits as long as it takes
    int answersAtCall = 1; // 1: at the first call, 2 or 3: after recalls, 0: never

    Stage stage = Stage::NotArrived;
    qint64 ticketId = 0;
    int calls = 0;
    bool everCalled = false;
    bool transferred = false;
    bool postponed = false;
    bool other = false; // a ticket the simulation found waiting, not one of its citizens
};

struct SimWindow
{
    int id = 0;
    int number = 0;
    QList<int> serviceIds;
    Operator person;  // who works there
    int citizen = -1; // who is at the window
    bool paused = false;
    bool breakPending = false;
    qint64 breakStart = 0;
    qint64 breakLength = 0;
};

// Recall also marks the no-show once the last call went unanswered.
enum class EventKind { Arrive, GiveUp, Serve, Recall, Finish, Transfer, Postpone, Return, BreakStart, BreakEnd };

struct Event
{
    qint64 at = 0;
    quint64 sequence = 0;
    EventKind kind = EventKind::Arrive;
    int citizen = -1;
    int window = -1;

    bool operator>(const Event &other) const { return std::tie(at, sequence) > std::tie(other.at, other.sequence); }
};

// One played day: the plan, the event queue and the engine calls. Any refusal by the engine ends the run.
class DayRun final
{
    Q_DISABLE_COPY_MOVE(DayRun)

public:
    DayRun(Database &db, const SimulationRequest &request)
        : m_db(db)
        , m_request(request)
        , m_random(request.seed)
        , m_clock(LocalTime::at(request.date, 0))
        , m_queue(db, m_clock)
    {
    }

    Result<SimulationSummary> play();

private:
    Status prepare();
    Status addWindows(int count, const QList<Window> &existing);
    void plan();
    void planBooking(Citizen &c, QHash<QPair<int, qint64>, int> &taken);
    QString newIin();
    Status storeBookings();

    void schedule(qint64 at, EventKind kind, int citizen, int window = -1);
    Status handle(const Event &e);
    Status arrive(int c);
    Status tryCall(int w);
    Status windowFree(int w);
    Status startBreak(int w);
    Status wake(int serviceId);
    Status serve(int c, int w);
    Status recall(int c, int w);
    Status finish(int c, int w);
    Status transfer(int c, int w);
    Status postpone(int c, int w);
    Actor actorOf(int w) const { return Actor{m_windows[w].person, m_windows[w].id}; }
    // The account `login`, added for the simulation when the center has none by that login.
    Result<Operator> staffMember(const QString &login, const QString &fullName, Role role);
    // Who works at `window`: its holder, or the window's own account (opNN) signed in there.
    Result<Operator> operatorAt(const Window &window);
    qint64 dayAt(int secondsFromMidnight) const { return LocalTime::at(m_request.date, secondsFromMidnight); }
    qint64 arrivalTime(qint64 latestFromOpening);
    SimulationSummary summarise() const;

    Database &m_db;
    SimulationRequest m_request;
    Random m_random;
    FixedClock m_clock;
    QueueService m_queue;
    CenterSettings m_settings;
    OpeningHours m_hours; // of the simulated day
    QHash<int, Service> m_services;
    QList<int> m_servedServices;
    QList<PriorityCategory> m_categories;
    std::vector<SimWindow> m_windows;
    Actor m_desk; // reception: issues and checks in
    std::vector<Citizen> m_citizens;
    QHash<qint64, int> m_citizenOfTicket;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    quint64 m_sequence = 0;
    SimulationSummary m_summary;
};

Status DayRun::prepare()
{
    const Catalogue catalogue(m_db);
    auto settings = catalogue.settings();
    if (!settings)
        return settings.failure();
    m_settings = *settings;
    const auto hours = m_settings.hoursOn(m_request.date);
    if (!hours) {
        return Failure{Failure::Kind::Invalid, DaySimulator::tr("Nothing to simulate on %1: %2")
                                                   .arg(m_request.date.toString(Qt::ISODate),
                                                        m_settings.closedReason(m_request.date).value_or(QString()))};
    }
    m_hours = *hours;
    auto services = catalogue.services();
    if (!services)
        return services.failure();
    for (const Service &s : *services)
        m_services.insert(s.id, s);
    auto categories = catalogue.priorityCategories();
    if (!categories)
        return categories.failure();
    m_categories = *categories;

    auto existing = Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM tickets WHERE day = :day"),
                                  {{QStringLiteral(":day"), m_request.date.toString(Qt::ISODate)}},
                                  DaySimulator::tr("reading the day's tickets"));
    if (!existing)
        return existing.failure();
    if (existing->value_or(0) > 0) {
        return Failure{Failure::Kind::Conflict,
                       DaySimulator::tr("%1 already has %2 tickets; simulate a day that has none (another date or "
                                        "a fresh database).")
                           .arg(m_request.date.toString(Qt::ISODate))
                           .arg(existing->value_or(0))};
    }

    auto windows = catalogue.windows();
    if (!windows)
        return windows.failure();
    if (m_request.windows > windows->size()) {
        if (auto status = addWindows(m_request.windows - int(windows->size()), *windows); !status)
            return status;
        windows = catalogue.windows();
        if (!windows)
            return windows.failure();
    }
    QList<Window> sorted = *windows;
    std::sort(sorted.begin(), sorted.end(), [](const Window &a, const Window &b) { return a.number < b.number; });
    m_clock.set(dayAt(m_hours.opensAt));
    auto desk = staffMember(QStringLiteral("reception"), DaySimulator::tr("Reception desk"), Role::Reception);
    if (!desk)
        return desk.failure();
    m_desk = Actor{*desk, std::nullopt};
    for (const Window &w : sorted.mid(0, m_request.windows)) {
        auto person = operatorAt(w);
        if (!person)
            return person.failure();
        const Actor atWindow{*person, w.id};
        if (w.state != WindowState::Open) {
            if (auto status = m_queue.setWindowState(w.number, WindowState::Open, std::nullopt, atWindow); !status)
                return status;
        }
        m_windows.push_back(SimWindow{w.id, w.number, w.serviceIds, *person});
        for (int id : w.serviceIds) {
            if (!m_servedServices.contains(id))
                m_servedServices.append(id);
        }
    }
    std::sort(m_servedServices.begin(), m_servedServices.end());
    if (m_servedServices.isEmpty())
        return Failure{Failure::Kind::Invalid, DaySimulator::tr("The chosen windows serve no service.")};
    m_summary.windowsUsed = int(m_windows.size());
    return success();
}

Result<Operator> DayRun::staffMember(const QString &login, const QString &fullName, Role role)
{
    const Catalogue catalogue(m_db);
    if (auto found = catalogue.operatorByLogin(login))
        return found;
    auto added = m_db.write([&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO operators (login, full_name, role) VALUES (:login, :name, :role)"));
        q.bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":name"), fullName)
            .bind(QStringLiteral(":role"), Names::key(role));
        return q.exec(DaySimulator::tr("adding %1 for the simulation").arg(login));
    });
    if (!added)
        return added.failure();
    return catalogue.operatorByLogin(login);
}

Result<Operator> DayRun::operatorAt(const Window &window)
{
    if (window.operatorId)
        return Catalogue(m_db).operatorById(*window.operatorId);
    auto person = staffMember(QStringLiteral("op%1").arg(window.number, 2, 10, QLatin1Char('0')),
                              DaySimulator::tr("Operator %1").arg(window.number), Role::Operator);
    if (!person)
        return person;
    if (auto status = m_queue.signIn(window.number, Actor{*person, window.id}); !status)
        return status.failure();
    return person;
}

// A center smaller than asked grows windows that serve everything, each with its own operator.
Status DayRun::addWindows(int count, const QList<Window> &existing)
{
    return m_db.write([&]() -> Status {
        int number = 0;
        for (const Window &w : existing)
            number = std::max(number, w.number);
        const QString doing = DaySimulator::tr("adding windows for the simulation");
        for (int i = 0; i < count; ++i) {
            ++number;
            const QString login = QStringLiteral("op%1").arg(number, 2, 10, QLatin1Char('0'));
            Query op(m_db, QStringLiteral("INSERT INTO operators (login, full_name, role) SELECT :login, :name, "
                                          "'operator' WHERE NOT EXISTS (SELECT 1 FROM operators WHERE login = :login2)"));
            op.bind(QStringLiteral(":login"), login)
                .bind(QStringLiteral(":name"), DaySimulator::tr("Operator %1").arg(number))
                .bind(QStringLiteral(":login2"), login);
            Query window(m_db, QStringLiteral("INSERT INTO windows (number, operator_id) "
                                              "SELECT :number, id FROM operators WHERE login = :login"));
            window.bind(QStringLiteral(":number"), number).bind(QStringLiteral(":login"), login);
            Query services(m_db, QStringLiteral("INSERT INTO window_services (window_id, service_id) "
                                                "SELECT w.id, s.id FROM windows w, services s WHERE w.number = :number"));
            services.bind(QStringLiteral(":number"), number);
            for (Query *q : {&op, &window, &services}) {
                if (auto status = q->exec(doing); !status)
                    return status;
            }
        }
        m_summary.windowsAdded = count;
        return success();
    });
}

qint64 DayRun::arrivalTime(qint64 latestFromOpening)
{
    const int hours = int((latestFromOpening + 3599) / 3600);
    QList<double> weights;
    for (int h = 0; h < hours; ++h)
        weights.append(hourlyWeights[std::min<size_t>(size_t(h), std::size(hourlyWeights) - 1)]);
    for (;;) {
        const qint64 offset = qint64(m_random.weighted(weights)) * 3600 + m_random.between(0, 3599);
        if (offset < latestFromOpening)
            return dayAt(m_hours.opensAt) + offset;
    }
}

QString DayRun::newIin()
{
    for (;;) {
        const QDate birth = QDate(1950, 1, 1).addDays(m_random.between(0, 55 * 365));
        const bool female = m_random.chance(0.5);
        const int century = (birth.year() >= 2000 ? 5 : 3) + (female ? 1 : 0);
        const QString first11 = birth.toString(QStringLiteral("yyMMdd")) + QString::number(century)
            + QString::number(m_random.between(0, 9999)).rightJustified(4, QLatin1Char('0'));
        if (auto check = Iin::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

void DayRun::planBooking(Citizen &c, QHash<QPair<int, qint64>, int> &taken)
{
    int capacity = 0;
    for (const SimWindow &w : m_windows)
        capacity += w.serviceIds.contains(c.serviceId) ? 1 : 0;
    const int slotCount = (m_hours.closesAt - m_hours.opensAt) / m_settings.slotLength;
    const qint64 wanted = arrivalTime(qint64(slotCount) * m_settings.slotLength);
    const int first = int((wanted - dayAt(m_hours.opensAt)) / m_settings.slotLength);
    for (int i = 0; i < slotCount; ++i) {
        const qint64 slot = dayAt(m_hours.opensAt) + qint64((first + i) % slotCount) * m_settings.slotLength;
        int &count = taken[qMakePair(c.serviceId, slot)];
        if (count < capacity) {
            ++count;
            c.booked = true;
            c.slotStart = slot;
            break;
        }
    }
    if (!c.booked)
        return; // every slot of the service is full: the citizen comes as a walk-in
    const double channel = m_random.uniform();
    c.channel = channel < 0.6 ? Channel::Egov : channel < 0.85 ? Channel::Telegram : Channel::Call1414;
    c.iin = newIin();
    c.fullName = QString::fromUtf8(firstNames[m_random.between(0, std::size(firstNames) - 1)]) + QLatin1Char(' ')
        + QString::fromUtf8(lastNames[m_random.between(0, std::size(lastNames) - 1)]);
    static const int mobileCodes[] = {700, 701, 702, 705, 707, 771, 775, 776, 777, 778};
    c.phone = QStringLiteral("+7%1%2")
                  .arg(mobileCodes[m_random.between(0, std::size(mobileCodes) - 1)])
                  .arg(m_random.between(0, 9999999), 7, 10, QLatin1Char('0'));
    c.comes = m_random.chance(0.92);
    if (m_random.chance(0.06)) // late beyond the tolerance: queues as a walk-in
        c.arrival = c.slotStart + m_settings.lateTolerance + m_random.between(60, 30 * 60);
    else
        c.arrival = c.slotStart + std::clamp<qint64>(qint64((m_random.normal() * 4 - 4) * 60), -15 * 60, 14 * 60);
    c.arrival = std::max(c.arrival, dayAt(m_hours.opensAt));
}

void DayRun::plan()
{
    // Demand follows the hall's layout: each window's day is shared evenly among its services, and a service
    // that takes half as long is asked for twice as often. So any center, also one grown with catch-all
    // windows, is busy everywhere rather than swamped at one desk and idle at the next.
    QHash<int, double> windowShare;
    for (const SimWindow &w : m_windows) {
        for (int id : w.serviceIds)
            windowShare[id] += 1.0 / double(w.serviceIds.size());
    }
    QList<double> demand;
    QList<double> bookableDemand;
    for (int id : std::as_const(m_servedServices)) {
        const Service &s = m_services[id];
        const double weight = windowShare.value(id) / double(std::max(60, s.normSeconds));
        demand.append(weight);
        bookableDemand.append(s.bookable ? weight : 0.0);
    }
    const bool anyBookable = std::any_of(bookableDemand.cbegin(), bookableDemand.cend(), [](double w) { return w > 0; });
    const int bookedWanted = anyBookable ? int(std::lround(m_request.citizens * m_request.bookedShare)) : 0;
    QHash<QPair<int, qint64>, int> taken;
    const qint64 lastWalkIn = qint64(m_hours.closesAt - m_hours.opensAt) - 15 * 60;
    m_citizens.resize(size_t(m_request.citizens));
    for (int i = 0; i < m_request.citizens; ++i) {
        Citizen &c = m_citizens[size_t(i)];
        if (i < bookedWanted) {
            c.serviceId = m_servedServices[m_random.weighted(bookableDemand)];
            planBooking(c, taken);
        }
        if (!c.booked) {
            if (i >= bookedWanted)
                c.serviceId = m_servedServices[m_random.weighted(demand)];
            c.arrival = arrivalTime(lastWalkIn);
            if (!m_categories.isEmpty() && m_random.chance(0.05))
                c.priority = m_categories[m_random.between(0, m_categories.size() - 1)].code;
            c.patience = 45 * 60 + m_random.duration(75 * 60, 0.8);
        }
        const double answer = m_random.uniform();
        c.answersAtCall = answer < 0.94 ? 1 : answer < 0.96 ? 2 : answer < 0.97 ? 3 : 0;
        c.booked ? ++m_summary.booked : ++m_summary.walkIns;
        if (!c.priority.isEmpty())
            ++m_summary.priority;
        if (c.comes)
            schedule(c.arrival, EventKind::Arrive, i);
    }
    // Lunch breaks in three shifts, so the hall is never left without its services.
    for (size_t w = 0; w < m_windows.size(); ++w) {
        const qint64 start = dayAt(12 * 3600 + 30 * 60) + qint64(w % 3) * 45 * 60;
        m_windows[w].breakLength = 40 * 60;
        schedule(start, EventKind::BreakStart, -1, int(w));
    }
}

// The channels' bookings arrive the way real ones do: as rows through the booking import, the evening before.
// A row the import refuses (its slot filled up by bookings already there) leaves that citizen a walk-in.
Status DayRun::storeBookings()
{
    const QString day = m_request.date.toString(QStringLiteral("yyyyMMdd"));
    auto existing = Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM bookings WHERE booking_id LIKE :prefix"),
                                  {{QStringLiteral(":prefix"), QStringLiteral("SIM-%1-%").arg(day)}},
                                  DaySimulator::tr("reading the bookings"));
    if (!existing)
        return existing.failure();
    qint64 number = existing->value_or(0);
    QList<BookingRow> rows;
    for (size_t i = 0; i < m_citizens.size(); ++i) {
        Citizen &c = m_citizens[i];
        if (!c.booked)
            continue;
        c.bookingCode = QStringLiteral("SIM-%1-%2").arg(day).arg(++number, 4, 10, QLatin1Char('0'));
        BookingRow row;
        row.file = QStringLiteral("simulation");
        row.line = int(i) + 1;
        row.bookingId = c.bookingCode;
        row.channel = Names::key(c.channel);
        row.iin = c.iin;
        row.fullName = c.fullName;
        row.phone = c.phone;
        row.serviceCode = m_services.value(c.serviceId).code;
        row.slotStart = QDateTime::fromSecsSinceEpoch(c.slotStart).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        rows.append(row);
    }
    if (rows.isEmpty())
        return success();
    auto report = BookingImporter(m_db).importRows(rows, LocalTime::at(m_request.date.addDays(-1), 20 * 3600), m_desk);
    if (!report)
        return report.failure();
    for (const ImportRejection &rejected : std::as_const(report->rejected)) {
        Citizen &c = m_citizens[size_t(rejected.line - 1)];
        c.booked = false;
        if (!c.comes) { // planned as a booked no-show; a walk-in who did not come is no citizen of the day
            c.comes = true;
            schedule(c.arrival, EventKind::Arrive, rejected.line - 1);
        }
        --m_summary.booked;
        ++m_summary.walkIns;
    }
    return success();
}

void DayRun::schedule(qint64 at, EventKind kind, int citizen, int window)
{
    m_events.push(Event{at, m_sequence++, kind, citizen, window});
}

Status DayRun::arrive(int c)
{
    Citizen &citizen = m_citizens[size_t(c)];
    Ticket ticket;
    if (citizen.booked) {
        auto checkedIn = m_queue.checkIn(citizen.bookingCode, m_desk);
        if (!checkedIn)
            return checkedIn.failure();
        ticket = checkedIn->ticket;
        if (checkedIn->late)
            ++m_summary.lateCheckIns;
    } else {
        auto issued = m_queue.issue(citizen.serviceId, citizen.priority, m_desk);
        if (!issued)
            return issued.failure();
        ticket = *issued;
        if (citizen.patience > 0)
            schedule(m_clock.now() + citizen.patience, EventKind::GiveUp, c);
    }
    ++m_summary.arrived;
    citizen.ticketId = ticket.id;
    citizen.stage = Stage::Waiting;
    m_citizenOfTicket.insert(ticket.id, c);
    return wake(citizen.serviceId);
}

Status DayRun::wake(int serviceId)
{
    for (size_t w = 0; w < m_windows.size(); ++w) {
        const SimWindow &window = m_windows[w];
        if (window.citizen < 0 && !window.paused && window.serviceIds.contains(serviceId)) {
            if (auto status = tryCall(int(w)); !status)
                return status;
        }
    }
    return success();
}

Status DayRun::tryCall(int w)
{
    SimWindow &window = m_windows[size_t(w)];
    if (window.citizen >= 0 || window.paused)
        return success();
    auto call = m_queue.callNext(window.number, actorOf(w));
    if (!call)
        return call.failure().kind == Failure::Kind::NothingToDo ? success() : Status(call.failure());
    const Ticket &ticket = call->ticket;
    int c = m_citizenOfTicket.value(ticket.id, -1);
    if (c < 0) { // waiting from before: serve it like anyone else
        Citizen other;
        other.serviceId = ticket.serviceId;
        other.other = true;
        other.ticketId = ticket.id;
        m_citizens.push_back(other);
        c = int(m_citizens.size()) - 1;
        m_citizenOfTicket.insert(ticket.id, c);
        ++m_summary.otherTickets;
    }
    Citizen &citizen = m_citizens[size_t(c)];
    if (!citizen.everCalled && !citizen.other) {
        const qint64 wait = std::max<qint64>(0, m_clock.now() - ticket.arrival());
        m_summary.waitTotalSeconds += wait;
        m_summary.waitMaxSeconds = std::max(m_summary.waitMaxSeconds, wait);
        ++m_summary.waitCount;
    }
    citizen.everCalled = true;
    citizen.stage = Stage::Called;
    citizen.calls = 1;
    window.citizen = c;
    if (citizen.answersAtCall == 1)
        schedule(m_clock.now() + m_random.between(15, 75), EventKind::Serve, c, w);
    else
        schedule(m_clock.now() + m_settings.recallSpacing + m_random.between(0, 40), EventKind::Recall, c, w);
    return success();
}

Status DayRun::recall(int c, int w)
{
    Citizen &citizen = m_citizens[size_t(c)];
    if (citizen.calls >= m_settings.recallMax) {
        auto marked = m_queue.markNoShow(citizen.ticketId, actorOf(w));
        if (!marked)
            return marked.failure();
        citizen.stage = Stage::NoShow;
        return windowFree(w);
    }
    auto recalled = m_queue.recall(citizen.ticketId, actorOf(w));
    if (!recalled)
        return recalled.failure();
    ++m_summary.recalls;
    citizen.calls = recalled->callCount;
    if (citizen.answersAtCall == citizen.calls)
        schedule(m_clock.now() + m_random.between(15, 75), EventKind::Serve, c, w);
    else
        schedule(m_clock.now() + m_settings.recallSpacing + m_random.between(0, 40), EventKind::Recall, c, w);
    return success();
}

Status DayRun::serve(int c, int w)
{
    Citizen &citizen = m_citizens[size_t(c)];
    auto serving = m_queue.startServing(citizen.ticketId, actorOf(w));
    if (!serving)
        return serving.failure();
    citizen.stage = Stage::Serving;
    const double norm = std::max(60, m_services.value(citizen.serviceId).normSeconds);
    const qint64 took = std::clamp<qint64>(m_random.duration(norm), 45, qint64(norm * 4));
    const qint64 now = m_clock.now();
    const qint64 closing = dayAt(m_hours.closesAt);
    if (!citizen.other && !citizen.transferred && m_servedServices.size() > 1 && m_random.chance(0.03)) {
        schedule(now + took / 2, EventKind::Transfer, c, w);
    } else if (!citizen.other && !citizen.postponed && now + took / 3 + 45 * 60 < closing && m_random.chance(0.02)) {
        schedule(now + took / 3, EventKind::Postpone, c, w);
    } else {
        schedule(now + took, EventKind::Finish, c, w);
    }
    return success();
}

Status DayRun::finish(int c, int w)
{
    Citizen &citizen = m_citizens[size_t(c)];
    QList<ServedServiceInput> served{{citizen.serviceId, Outcome::Done, {}}};
    // Now and then a citizen asks for one more thing the same window does.
    const QList<int> &here = m_windows[size_t(w)].serviceIds;
    if (here.size() > 1 && m_random.chance(0.05)) {
        const int extra = here[m_random.between(0, here.size() - 1)];
        if (extra != citizen.serviceId)
            served.append({extra, Outcome::Done, {}});
    }
    auto finished = m_queue.finish(citizen.ticketId, served, actorOf(w));
    if (!finished)
        return finished.failure();
    citizen.stage = Stage::Served;
    return windowFree(w);
}

Status DayRun::transfer(int c, int w)
{
    Citizen &citizen = m_citizens[size_t(c)];
    QList<int> targets = m_servedServices;
    targets.removeAll(citizen.serviceId);
    const int target = targets[m_random.between(0, targets.size() - 1)];
    const QString note = DaySimulator::tr("needs %1 first").arg(m_services.value(target).code);
    auto moved = m_queue.transferToService(citizen.ticketId, target, note, actorOf(w));
    if (!moved)
        return moved.failure();
    ++m_summary.transfers;
    citizen.transferred = true;
    citizen.serviceId = target;
    citizen.stage = Stage::Waiting;
    if (auto status = windowFree(w); !status)
        return status;
    return wake(target);
}

Status DayRun::postpone(int c, int w)
{
    Citizen &citizen = m_citizens[size_t(c)];
    const qint64 back = m_clock.now() + m_random.between(15 * 60, 40 * 60);
    auto postponed = m_queue.postpone(citizen.ticketId, back, actorOf(w));
    if (!postponed)
        return postponed.failure();
    ++m_summary.postponements;
    citizen.postponed = true;
    citizen.stage = Stage::Waiting;
    schedule(back, EventKind::Return, c);
    return windowFree(w);
}

Status DayRun::windowFree(int w)
{
    m_windows[size_t(w)].citizen = -1;
    if (m_windows[size_t(w)].breakPending)
        return startBreak(w);
    return tryCall(w);
}

Status DayRun::startBreak(int w)
{
    SimWindow &window = m_windows[size_t(w)];
    window.breakPending = false;
    if (auto status = m_queue.setWindowState(window.number, WindowState::Paused, PauseReason::Break, actorOf(w));
        !status) {
        return status;
    }
    window.paused = true;
    schedule(m_clock.now() + window.breakLength, EventKind::BreakEnd, -1, w);
    return success();
}

Status DayRun::handle(const Event &e)
{
    Citizen *citizen = e.citizen >= 0 ? &m_citizens[size_t(e.citizen)] : nullptr;
    switch (e.kind) {
    case EventKind::Arrive:
        return arrive(e.citizen);
    case EventKind::GiveUp:
        if (citizen->stage != Stage::Waiting || citizen->everCalled)
            return success();
        if (auto cancelled = m_queue.cancel(citizen->ticketId, CancelReason::CitizenLeft, m_desk); !cancelled)
            return cancelled.failure();
        citizen->stage = Stage::Cancelled;
        return success();
    case EventKind::Serve:
        return serve(e.citizen, e.window);
    case EventKind::Recall:
        return recall(e.citizen, e.window);
    case EventKind::Finish:
        return finish(e.citizen, e.window);
    case EventKind::Transfer:
        return transfer(e.citizen, e.window);
    case EventKind::Postpone:
        return postpone(e.citizen, e.window);
    case EventKind::Return:
        return wake(citizen->serviceId);
    case EventKind::BreakStart:
        if (m_windows[size_t(e.window)].citizen >= 0) {
            m_windows[size_t(e.window)].breakPending = true;
            return success();
        }
        return startBreak(e.window);
    case EventKind::BreakEnd: {
        SimWindow &window = m_windows[size_t(e.window)];
        if (auto status = m_queue.setWindowState(window.number, WindowState::Open, std::nullopt, actorOf(e.window));
            !status)
            return status;
        window.paused = false;
        return tryCall(e.window);
    }
    }
    return success();
}

SimulationSummary DayRun::summarise() const
{
    SimulationSummary s = m_summary;
    s.citizens = m_request.citizens;
    s.endedAt = m_clock.now();
    for (const Citizen &c : m_citizens) {
        if (c.other)
            continue;
        switch (c.stage) {
        case Stage::NotArrived: {
            const qint64 lastChance = c.slotStart + m_settings.lateTolerance;
            if (!c.comes && s.endedAt >= lastChance)
                ++s.noShowsNeverCame;
            else
                ++s.notArrivedYet;
            break;
        }
        case Stage::Waiting:
            ++s.waiting;
            break;
        case Stage::Called:
        case Stage::Serving:
            ++s.atWindows;
            break;
        case Stage::Served:
            ++s.served;
            break;
        case Stage::NoShow:
            ++s.noShowsCalled;
            break;
        case Stage::Cancelled:
            ++s.cancelled;
            break;
        }
    }
    return s;
}

Result<SimulationSummary> DayRun::play()
{
    if (auto status = prepare(); !status)
        return status.failure();
    plan();
    if (auto status = storeBookings(); !status)
        return status.failure();
    while (!m_events.empty()) {
        const Event e = m_events.top();
        if (m_request.stopAt && e.at > *m_request.stopAt) {
            m_summary.stoppedEarly = true;
            break;
        }
        m_events.pop();
        // A citizen who was called in time does not give up: the clock stays where the day's last change was.
        if (e.kind == EventKind::GiveUp) {
            const Citizen &c = m_citizens[size_t(e.citizen)];
            if (c.stage != Stage::Waiting || c.everCalled)
                continue;
        }
        m_clock.set(std::max(m_clock.now(), e.at));
        if (auto status = handle(e); !status) {
            return Failure{status.failure().kind,
                           DaySimulator::tr("The simulation stopped at %1: %2")
                               .arg(LocalTime::hhmm(m_clock.now()), status.message())};
        }
    }
    if (m_request.stopAt)
        m_clock.set(std::max(m_clock.now(), *m_request.stopAt));
    return summarise();
}

} // namespace

Result<SimulationSummary> DaySimulator::run(const SimulationRequest &request, const Actor &by)
{
    if (!request.date.isValid())
        return Failure{Failure::Kind::Invalid, tr("The date to simulate is not valid.")};
    if (request.windows < 1 || request.windows > 200)
        return Failure{Failure::Kind::Invalid, tr("The number of windows must be between 1 and 200.")};
    if (request.citizens < 1 || request.citizens > 100000)
        return Failure{Failure::Kind::Invalid, tr("The number of citizens must be between 1 and 100,000.")};
    if (!(request.bookedShare >= 0.0 && request.bookedShare <= 1.0))
        return Failure{Failure::Kind::Invalid, tr("The booked share must be between 0 and 1.")};
    if (auto allowed = Access::check(by, Permission::SetUpCenter, &m_db); !allowed)
        return allowed.failure();
    QElapsedTimer timer;
    timer.start();
    DayRun day(m_db, request);
    auto summary = day.play();
    if (summary)
        summary->elapsedMs = timer.elapsed();
    return summary;
}

} // namespace Kezek
