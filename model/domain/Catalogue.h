#pragma once

#include "core/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Kezek {

class Database;

// When the center is open on a day, in seconds from midnight: booking slots fill it, and what is still waiting at
// closing time is over.
struct OpeningHours
{
    int opensAt = 9 * 3600;
    int closesAt = 18 * 3600;

    bool operator==(const OpeningHours &other) const = default;
};

// A date the center is closed although its weekday is open: a public holiday, a sanitary day.
struct ClosedDay
{
    QDate day;
    QString reason;

    bool operator==(const ClosedDay &other) const = default;
};

// The hours of each weekday, Monday first (index Qt::Monday - 1); nullopt: closed on that weekday. Saturday's and
// Sunday's duty hours are simply their hours.
using WeekHours = std::array<std::optional<OpeningHours>, 7>;

// The center's rule settings (DOMAIN.md's *defaults*); all durations in seconds.
struct CenterSettings
{
    QString name;
    CenterMode mode = CenterMode::Mixed;
    int hallCapacity = 40;
    WeekHours week = everyDay(OpeningHours{});
    QList<ClosedDay> closedDays; // by date
    int slotLength = 15 * 60;
    int earlyAllowance = 5 * 60;
    int lateTolerance = 15 * 60;
    int recallMax = 3;
    int recallSpacing = 60;
    int priorityStreakCap = 3; // 0 = no cap
    int waitTarget = 15 * 60;
    int idleLock = 10 * 60; // a console left this long locks itself; 0 = never
    QString nameKk; // the center's name in Kazakh and Russian; `name` is the English one
    QString nameRu;
    QString code;
    QString address;

    static WeekHours everyDay(const OpeningHours &hours);
    // The hours of `day`: its weekday's, unless it is a closed day.
    std::optional<OpeningHours> hoursOn(const QDate &day) const;
    // Why the center is closed on `day` ("2027-03-21 is a closed day: Nauryz", "Sunday is a day off"); nullopt when it
    // is open.
    std::optional<QString> closedReason(const QDate &day) const;
    // The end of `day`'s business in seconds from midnight: its closing time, or midnight on a closed day (someone
    // who came in anyway is still served that day).
    int closingOn(const QDate &day) const;
    // From the earliest opening to the latest closing of the days from `from` to `to`: the hours a report of those
    // days always shows; nullopt when the center is closed on all of them.
    std::optional<OpeningHours> hoursBetween(const QDate &from, const QDate &to) const;
};

struct Service
{
    int id = 0;
    QString code;
    QString letter;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    int normSeconds = 0;
    bool bookable = true;
    bool retired = false; // kept for its history; no new ticket or booking takes it

    // The name in the given language ("kk", "ru", anything else: English).
    QString name(const QString &language) const;
};

struct Window
{
    int id = 0;
    int number = 0;
    WindowState state = WindowState::Open;
    std::optional<PauseReason> pauseReason;
    std::optional<int> operatorId;
    int priorityStreak = 0;
    QList<int> serviceIds;
};

struct Operator
{
    int id = 0;
    QString login;
    QString fullName;
    Role role = Role::Operator;
};

struct PriorityCategory
{
    QString code;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    bool active = true; // switched off: no new ticket takes it; old ones keep it

    QString name(const QString &language) const;
};

// The whole configuration at once, for those that need all of it (the live picture, reports, forecasts).
struct CatalogueSnapshot
{
    CenterSettings settings;
    QList<Service> services;
    QList<PriorityCategory> categories;
    QList<Window> windows; // with their status as it was read
    QList<Operator> operators;
};

// Read access to the center's configuration: settings, services, windows, operators, categories.
class Catalogue final
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    explicit Catalogue(const Database &db) : m_db(db) { }

    // Settings (with hours and closed days), services, categories, windows and staff: seven statements.
    Result<CatalogueSnapshot> snapshot() const;
    Result<CenterSettings> settings() const;
    Result<QList<Service>> services() const;
    Result<Service> service(const QString &code) const;
    Result<Service> service(int id) const;
    Result<QList<Window>> windows() const;
    // Every window's state, pause, operator and streak, without its services: one statement.
    Result<QList<Window>> windowStates() const;
    Result<Window> window(int number) const;
    Result<Window> windowById(int id) const;
    Result<QList<Operator>> operators() const;
    Result<Operator> operatorByLogin(const QString &login) const;
    Result<Operator> operatorById(int id) const;
    Result<QList<PriorityCategory>> priorityCategories() const;
    Result<PriorityCategory> priorityCategory(const QString &code) const;

private:
    Status readHours(CenterSettings &settings) const;
    Result<QList<Service>> queryServices(const QString &where, const QVariant &value) const;
    Result<QList<Window>> queryWindows(const QString &where, const QVariant &value) const;
    Result<QList<Window>> queryWindowStates(const QString &where, const QVariant &value) const;
    Result<QList<Operator>> queryOperators(const QString &where, const QVariant &value) const;

    const Database &m_db;
};

} // namespace Kezek
