#include "CenterConfigurator.h"

#include "auth/Access.h"

#include "auth/Accounts.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/BookingCalendar.h"
#include "domain/OpeningHoursTable.h"

#include <QHash>
#include <QMap>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Kezek {

namespace {

QString minutes(int seconds)
{
    return CenterConfigurator::tr("%1 min").arg(seconds / 60);
}

QString hoursText(const std::optional<OpeningHours> &hours)
{
    return hours ? LocalTime::clockOfDay(hours->opensAt) + QLatin1Char('-') + LocalTime::clockOfDay(hours->closesAt)
                 : CenterConfigurator::tr("closed");
}

QString closedDaysText(const QList<ClosedDay> &days)
{
    QStringList parts;
    for (const ClosedDay &closed : days)
        parts << (closed.day.toString(Qt::ISODate) + (closed.reason.isEmpty() ? QString() : QLatin1Char(' ') + closed.reason));
    return parts.join(QStringLiteral(", "));
}

// The weekday's name as the center file spells its key: "saturday".
QString weekdayKey(int weekday)
{
    return QLocale::c().dayName(weekday).toLower();
}

QString yesNo(bool value)
{
    return value ? CenterConfigurator::tr("yes") : CenterConfigurator::tr("no");
}

// "what before → after" for each field that differs; empty when none does.
class Differences final
{
public:
    void add(const QString &what, const QString &before, const QString &after)
    {
        if (before != after)
            m_parts.append(QStringLiteral("%1 %2 → %3").arg(what, before.isEmpty() ? QStringLiteral("—") : before,
                                                             after.isEmpty() ? QStringLiteral("—") : after));
    }
    bool isEmpty() const { return m_parts.isEmpty(); }
    QString text() const { return m_parts.join(QStringLiteral("; ")); }

private:
    QStringList m_parts;
};

template<typename T, typename Key>
QHash<QString, const T *> byKey(const QList<T> &items, Key key)
{
    QHash<QString, const T *> index;
    for (const T &item : items)
        index.insert(key(item), &item);
    return index;
}

} // namespace

Result<CenterSetup> CenterConfigurator::current() const
{
    const Catalogue catalogue(m_db);
    CenterSetup setup;
    // No center yet (NotFound) leaves the settings empty: applying a setup creates the center.
    auto settings = catalogue.settings();
    if (settings)
        setup.center = *settings;
    else if (settings.failure().kind != Failure::Kind::NotFound)
        return settings.failure();
    auto services = catalogue.services();
    if (!services)
        return services.failure();
    setup.services = *services;
    QHash<int, QString> codeOf;
    for (const Service &service : setup.services)
        codeOf.insert(service.id, service.code);
    auto windows = catalogue.windows();
    if (!windows)
        return windows.failure();
    for (const Window &window : std::as_const(*windows)) {
        WindowSetup w{window.number, {}};
        for (int id : window.serviceIds)
            w.services.append(codeOf.value(id));
        setup.windows.append(w);
    }
    auto categories = catalogue.priorityCategories();
    if (!categories)
        return categories.failure();
    setup.categories = *categories;
    auto accounts = Accounts(m_db, m_clock).list();
    if (!accounts)
        return accounts.failure();
    for (const Account &account : std::as_const(*accounts))
        setup.staff.append(StaffSetup{account.person.login, account.person.fullName, account.person.role, account.active});
    return setup;
}

QStringList CenterConfigurator::problems(const CenterSetup &setup)
{
    QStringList problems;
    const CenterSettings &c = setup.center;
    for (const auto &[language, name] : {std::pair{"kk", &c.nameKk}, std::pair{"ru", &c.nameRu}, std::pair{"en", &c.name}}) {
        if (name->trimmed().isEmpty())
            problems << tr("center.name.%1: the center's name is missing").arg(QLatin1String(language));
    }
    bool openSomeDay = false;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const auto &hours = c.week.at(weekday - 1);
        if (!hours)
            continue;
        openSomeDay = true;
        const QString where = QStringLiteral("center.hours.") + weekdayKey(weekday);
        if (hours->closesAt <= hours->opensAt)
            problems << tr("%1: closing at %2 is not after opening at %3")
                            .arg(where, LocalTime::clockOfDay(hours->closesAt), LocalTime::clockOfDay(hours->opensAt));
        else if (hours->closesAt - hours->opensAt < c.slotLength)
            problems << tr("%1: a %2-minute slot does not fit between %3 and %4")
                            .arg(where)
                            .arg(c.slotLength / 60)
                            .arg(LocalTime::clockOfDay(hours->opensAt), LocalTime::clockOfDay(hours->closesAt));
    }
    if (!openSomeDay)
        problems << tr("center.hours: the center would be closed on every day of the week");
    QSet<QDate> closedDays;
    for (const ClosedDay &closed : c.closedDays) {
        if (!closed.day.isValid())
            problems << tr("center.closed_days: a closed day has no date");
        else if (closedDays.contains(closed.day))
            problems << tr("center.closed_days: %1 is listed twice").arg(closed.day.toString(Qt::ISODate));
        closedDays.insert(closed.day);
    }

    static const QRegularExpression serviceCode(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,19}$"));
    static const QRegularExpression letter(QStringLiteral("^[A-Z]$"));
    QHash<QString, const Service *> services;
    QHash<QString, QString> letterOwner;
    for (const Service &s : setup.services) {
        if (!serviceCode.match(s.code).hasMatch())
            problems << tr("service \"%1\": a code is 1 to 20 capital Latin letters, digits, dashes or underscores").arg(s.code);
        if (services.contains(s.code))
            problems << tr("service %1 is listed twice").arg(s.code);
        services.insert(s.code, &s);
        if (!letter.match(s.letter).hasMatch())
            problems << tr("service %1: its letter \"%2\" is not one capital Latin letter").arg(s.code, s.letter);
        else if (!s.retired && letterOwner.contains(s.letter))
            problems << tr("services %1 and %2 have the same letter %3: their tickets could not be told apart")
                            .arg(letterOwner.value(s.letter), s.code, s.letter);
        else if (!s.retired)
            letterOwner.insert(s.letter, s.code);
        if (s.nameKk.isEmpty() || s.nameRu.isEmpty() || s.nameEn.isEmpty())
            problems << tr("service %1: a name in Kazakh, Russian and English is needed").arg(s.code);
    }

    QSet<int> numbers;
    QSet<QString> served;
    for (const WindowSetup &w : setup.windows) {
        if (numbers.contains(w.number))
            problems << tr("window %1 is listed twice").arg(w.number);
        numbers.insert(w.number);
        if (w.services.isEmpty())
            problems << tr("window %1 serves nothing").arg(w.number);
        QSet<QString> listed;
        for (const QString &code : w.services) {
            const Service *service = services.value(code);
            if (listed.contains(code))
                problems << tr("window %1 lists %2 twice").arg(w.number).arg(code);
            listed.insert(code);
            if (!service)
                problems << tr("window %1 serves %2, which is not among the services").arg(w.number).arg(code);
            else if (service->retired)
                problems << tr("window %1 serves %2, which is retired").arg(w.number).arg(code);
            served.insert(code);
        }
    }
    for (const Service &s : setup.services) {
        if (s.bookable && !s.retired && !served.contains(s.code))
            problems << tr("%1 may be booked, but no window serves it: its slots would have no places").arg(s.code);
    }

    static const QRegularExpression categoryCode(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    QSet<QString> categories;
    for (const PriorityCategory &p : setup.categories) {
        if (!categoryCode.match(p.code).hasMatch())
            problems << tr("category \"%1\": a code is small Latin letters, digits, dashes or underscores").arg(p.code);
        if (categories.contains(p.code))
            problems << tr("category %1 is listed twice").arg(p.code);
        categories.insert(p.code);
        if (p.nameKk.isEmpty() || p.nameRu.isEmpty() || p.nameEn.isEmpty())
            problems << tr("category %1: a name in Kazakh, Russian and English is needed").arg(p.code);
    }

    QSet<QString> logins;
    bool anAdmin = false;
    for (const StaffSetup &s : setup.staff) {
        if (auto problem = Accounts::loginProblem(s.login))
            problems << *problem;
        if (logins.contains(s.login))
            problems << tr("%1 is listed twice among the staff").arg(s.login);
        logins.insert(s.login);
        if (s.fullName.isEmpty())
            problems << tr("%1: the full name is missing").arg(s.login);
        anAdmin = anAdmin || (s.active && s.role == Role::Admin);
    }
    if (!anAdmin)
        problems << tr("no active admin would be left: nobody could set up the center any more");
    return problems;
}

Status CenterConfigurator::checkRemovedWindows(const CenterSetup &current, const CenterSetup &desired) const
{
    QSet<int> kept;
    for (const WindowSetup &w : desired.windows)
        kept.insert(w.number);
    for (const WindowSetup &w : current.windows) {
        if (kept.contains(w.number))
            continue;
        auto history = Query::scalar(
            m_db,
            QStringLiteral("SELECT (SELECT count(*) FROM tickets t JOIN windows w ON w.id = t.window_id WHERE w.number = :n) "
                           "+ (SELECT count(*) FROM events e JOIN windows w ON w.id = e.window_id WHERE w.number = :n) "
                           "+ (SELECT count(*) FROM window_events e JOIN windows w ON w.id = e.window_id "
                           "WHERE w.number = :n)"),
            {{QStringLiteral(":n"), w.number}}, tr("reading the history of window %1").arg(w.number));
        if (!history)
            return history.failure();
        if (history->value_or(0) > 0) {
            return Failure{Failure::Kind::Conflict,
                           tr("window %1 is not in the setup, but it has a history (citizens served, or its opening and "
                              "closing); keep it (give it the services it should serve) rather than remove it")
                               .arg(w.number)};
        }
    }
    return success();
}

QList<CenterConfigurator::Step> CenterConfigurator::centerSteps(const CenterSetup &current,
                                                                const CenterSetup &desired) const
{
    const CenterSettings &a = current.center;
    const CenterSettings &b = desired.center;
    const bool exists = !a.name.isEmpty();
    Differences d;
    d.add(tr("name (kk)"), a.nameKk, b.nameKk);
    d.add(tr("name (ru)"), a.nameRu, b.nameRu);
    d.add(tr("name (en)"), a.name, b.name);
    d.add(tr("code"), a.code, b.code);
    d.add(tr("address"), a.address, b.address);
    d.add(tr("mode"), exists ? Names::key(a.mode) : QString(), Names::key(b.mode));
    for (int weekday = 1; weekday <= 7; ++weekday) {
        d.add(tr("hours on %1").arg(QLocale().dayName(weekday)), exists ? hoursText(a.week.at(weekday - 1)) : QString(),
              hoursText(b.week.at(weekday - 1)));
    }
    d.add(tr("closed days"), closedDaysText(a.closedDays), closedDaysText(b.closedDays));
    d.add(tr("slot"), exists ? minutes(a.slotLength) : QString(), minutes(b.slotLength));
    d.add(tr("hall capacity"), exists ? QString::number(a.hallCapacity) : QString(), QString::number(b.hallCapacity));
    d.add(tr("early allowance"), exists ? minutes(a.earlyAllowance) : QString(), minutes(b.earlyAllowance));
    d.add(tr("late tolerance"), exists ? minutes(a.lateTolerance) : QString(), minutes(b.lateTolerance));
    d.add(tr("recall limit"), exists ? QString::number(a.recallMax) : QString(), QString::number(b.recallMax));
    d.add(tr("recall spacing"), exists ? tr("%1 s").arg(a.recallSpacing) : QString(), tr("%1 s").arg(b.recallSpacing));
    d.add(tr("out-of-turn cap"), exists ? QString::number(a.priorityStreakCap) : QString(),
          QString::number(b.priorityStreakCap));
    d.add(tr("wait target"), exists ? minutes(a.waitTarget) : QString(), minutes(b.waitTarget));
    d.add(tr("idle lock"), exists ? minutes(a.idleLock) : QString(), minutes(b.idleLock));
    if (d.isEmpty())
        return {};
    const QVariantMap binds{{QStringLiteral(":name"), b.name},
                            {QStringLiteral(":name_kk"), b.nameKk},
                            {QStringLiteral(":name_ru"), b.nameRu},
                            {QStringLiteral(":code"), b.code},
                            {QStringLiteral(":address"), b.address},
                            {QStringLiteral(":mode"), Names::key(b.mode)},
                            {QStringLiteral(":capacity"), b.hallCapacity},
                            {QStringLiteral(":slot"), b.slotLength},
                            {QStringLiteral(":early"), b.earlyAllowance},
                            {QStringLiteral(":late"), b.lateTolerance},
                            {QStringLiteral(":recall_max"), b.recallMax},
                            {QStringLiteral(":recall_spacing"), b.recallSpacing},
                            {QStringLiteral(":cap"), b.priorityStreakCap},
                            {QStringLiteral(":target"), b.waitTarget},
                            {QStringLiteral(":idle"), b.idleLock}};
    const QString sql = exists
        ? QStringLiteral("UPDATE center SET name = :name, name_kk = :name_kk, name_ru = :name_ru, code = :code, "
                         "address = :address, mode = :mode, hall_capacity = :capacity, slot_s = :slot, "
                         " early_allowance_s = :early, late_tolerance_s = :late, "
                         "recall_max = :recall_max, recall_spacing_s = :recall_spacing, priority_streak_cap = :cap, "
                         "wait_target_s = :target, idle_lock_s = :idle WHERE id = 1")
        : QStringLiteral("INSERT INTO center (id, name, name_kk, name_ru, code, address, mode, hall_capacity, "
                         "slot_s, early_allowance_s, late_tolerance_s, recall_max, recall_spacing_s, "
                         "priority_streak_cap, wait_target_s, idle_lock_s) VALUES (1, :name, :name_kk, :name_ru, :code, "
                         ":address, :mode, :capacity, :slot, :early, :late, :recall_max, "
                         ":recall_spacing, :cap, :target, :idle)");
    const bool weekChanged = !exists || a.week != b.week;
    const bool closedDaysChanged = a.closedDays != b.closedDays;
    return {Step{{tr("center"), d.text()}, [this, sql, binds, weekChanged, closedDaysChanged, b] {
                     Status status = Query::run(m_db, sql, binds, tr("setting up the center"));
                     if (status && weekChanged)
                         status = OpeningHoursTable::writeWeek(m_db, b.week);
                     if (status && closedDaysChanged)
                         status = OpeningHoursTable::writeClosedDays(m_db, b.closedDays);
                     return status;
                 }}};
}

QList<CenterConfigurator::Step> CenterConfigurator::serviceSteps(const CenterSetup &current,
                                                                 const CenterSetup &desired) const
{
    QList<Step> steps;
    const auto existing = byKey(current.services, [](const Service &s) { return s.code; });
    QSet<QString> named;
    for (const Service &s : desired.services) {
        named.insert(s.code);
        const QVariantMap binds{{QStringLiteral(":code"), s.code},       {QStringLiteral(":letter"), s.letter},
                                {QStringLiteral(":kk"), s.nameKk},        {QStringLiteral(":ru"), s.nameRu},
                                {QStringLiteral(":en"), s.nameEn},        {QStringLiteral(":norm"), s.normSeconds},
                                {QStringLiteral(":bookable"), s.bookable ? 1 : 0},
                                {QStringLiteral(":retired"), s.retired ? 1 : 0}};
        const QString subject = tr("service %1").arg(s.code);
        const Service *old = existing.value(s.code);
        if (!old) {
            steps.append({{subject, tr("added: %1 %2, %3, %4").arg(s.letter, s.nameEn, minutes(s.normSeconds),
                                                                    s.bookable ? tr("bookable") : tr("walk-in only"))},
                          [this, binds] {
                              return Query::run(m_db,
                                         QStringLiteral("INSERT INTO services (code, letter, name_kk, name_ru, name_en, "
                                                        "norm_s, bookable, retired) VALUES (:code, :letter, :kk, :ru, "
                                                        ":en, :norm, :bookable, :retired)"),
                                         binds, tr("adding a service"));
                          }});
            continue;
        }
        Differences d;
        d.add(tr("letter"), old->letter, s.letter);
        d.add(tr("name (kk)"), old->nameKk, s.nameKk);
        d.add(tr("name (ru)"), old->nameRu, s.nameRu);
        d.add(tr("name (en)"), old->nameEn, s.nameEn);
        d.add(tr("norm"), minutes(old->normSeconds), minutes(s.normSeconds));
        d.add(tr("bookable"), yesNo(old->bookable), yesNo(s.bookable));
        d.add(tr("retired"), yesNo(old->retired), yesNo(s.retired));
        if (d.isEmpty())
            continue;
        steps.append({{subject, d.text()}, [this, binds] {
                          return Query::run(m_db,
                                     QStringLiteral("UPDATE services SET letter = :letter, name_kk = :kk, name_ru = :ru, "
                                                    "name_en = :en, norm_s = :norm, bookable = :bookable, "
                                                    "retired = :retired WHERE code = :code"),
                                     binds, tr("changing a service"));
                      }});
    }
    for (const Service &old : current.services) {
        if (named.contains(old.code) || old.retired)
            continue;
        steps.append({{tr("service %1").arg(old.code), tr("retired: not in the setup (its history stays)")},
                      [this, code = old.code] {
                          return Query::run(m_db, QStringLiteral("UPDATE services SET retired = 1 WHERE code = :code"),
                                     {{QStringLiteral(":code"), code}}, tr("retiring a service"));
                      }});
    }
    return steps;
}

QList<CenterConfigurator::Step> CenterConfigurator::windowSteps(const CenterSetup &current,
                                                                const CenterSetup &desired) const
{
    QList<Step> steps;
    QHash<int, const WindowSetup *> existing;
    for (const WindowSetup &w : current.windows)
        existing.insert(w.number, &w);
    const auto setServices = [this](int number, const QStringList &codes) -> Status {
        const QVariantMap window{{QStringLiteral(":n"), number}};
        if (auto status = Query::run(m_db,
                              QStringLiteral("DELETE FROM window_services WHERE window_id = "
                                             "(SELECT id FROM windows WHERE number = :n)"),
                              window, tr("changing the services of window %1").arg(number));
            !status) {
            return status;
        }
        for (const QString &code : codes) {
            if (auto status = Query::run(m_db,
                                  QStringLiteral("INSERT INTO window_services (window_id, service_id) SELECT w.id, s.id "
                                                 "FROM windows w, services s WHERE w.number = :n AND s.code = :code"),
                                  {{QStringLiteral(":n"), number}, {QStringLiteral(":code"), code}},
                                  tr("changing the services of window %1").arg(number));
                !status) {
                return status;
            }
        }
        return success();
    };
    QSet<int> named;
    for (const WindowSetup &w : desired.windows) {
        named.insert(w.number);
        const WindowSetup *old = existing.value(w.number);
        QStringList sorted = w.services;
        sorted.sort();
        if (!old) {
            steps.append({{tr("window %1").arg(w.number), tr("added, serving %1").arg(sorted.join(QStringLiteral(", ")))},
                          [this, w, setServices] {
                              if (auto status = Query::run(m_db, QStringLiteral("INSERT INTO windows (number, state) VALUES (:n, 'closed')"),
                                                    {{QStringLiteral(":n"), w.number}}, tr("adding window %1").arg(w.number));
                                  !status) {
                                  return status;
                              }
                              return setServices(w.number, w.services);
                          }});
            continue;
        }
        QStringList before = old->services;
        before.sort();
        if (before == sorted)
            continue;
        Differences d;
        d.add(tr("services"), before.join(QStringLiteral(", ")), sorted.join(QStringLiteral(", ")));
        steps.append({{tr("window %1").arg(w.number), d.text()},
                      [w, setServices] { return setServices(w.number, w.services); }});
    }
    for (const WindowSetup &old : current.windows) {
        if (named.contains(old.number))
            continue;
        steps.append({{tr("window %1").arg(old.number), tr("removed: not in the setup, and it has no history")},
                      [this, number = old.number] {
                          const QVariantMap window{{QStringLiteral(":n"), number}};
                          for (const char *sql : {"DELETE FROM window_services WHERE window_id = "
                                                  "(SELECT id FROM windows WHERE number = :n)",
                                                  "DELETE FROM windows WHERE number = :n"}) {
                              if (auto status = Query::run(m_db, QString::fromLatin1(sql), window,
                                                    tr("removing window %1").arg(number));
                                  !status) {
                                  return status;
                              }
                          }
                          return success();
                      }});
    }
    return steps;
}

QList<CenterConfigurator::Step> CenterConfigurator::categorySteps(const CenterSetup &current,
                                                                  const CenterSetup &desired) const
{
    QList<Step> steps;
    const auto existing = byKey(current.categories, [](const PriorityCategory &p) { return p.code; });
    QSet<QString> named;
    for (const PriorityCategory &p : desired.categories) {
        named.insert(p.code);
        const QVariantMap binds{{QStringLiteral(":code"), p.code}, {QStringLiteral(":kk"), p.nameKk},
                                {QStringLiteral(":ru"), p.nameRu}, {QStringLiteral(":en"), p.nameEn},
                                {QStringLiteral(":active"), p.active ? 1 : 0}};
        const QString subject = tr("category %1").arg(p.code);
        const PriorityCategory *old = existing.value(p.code);
        if (!old) {
            steps.append({{subject, tr("added: %1").arg(p.nameEn)}, [this, binds] {
                              return Query::run(m_db,
                                         QStringLiteral("INSERT INTO priority_categories (code, name_kk, name_ru, "
                                                        "name_en, active) VALUES (:code, :kk, :ru, :en, :active)"),
                                         binds, tr("adding an out-of-turn category"));
                          }});
            continue;
        }
        Differences d;
        d.add(tr("name (kk)"), old->nameKk, p.nameKk);
        d.add(tr("name (ru)"), old->nameRu, p.nameRu);
        d.add(tr("name (en)"), old->nameEn, p.nameEn);
        d.add(tr("active"), yesNo(old->active), yesNo(p.active));
        if (d.isEmpty())
            continue;
        steps.append({{subject, d.text()}, [this, binds] {
                          return Query::run(m_db,
                                     QStringLiteral("UPDATE priority_categories SET name_kk = :kk, name_ru = :ru, "
                                                    "name_en = :en, active = :active WHERE code = :code"),
                                     binds, tr("changing an out-of-turn category"));
                      }});
    }
    for (const PriorityCategory &old : current.categories) {
        if (named.contains(old.code) || !old.active)
            continue;
        steps.append({{tr("category %1").arg(old.code), tr("switched off: not in the setup")},
                      [this, code = old.code] {
                          return Query::run(m_db, QStringLiteral("UPDATE priority_categories SET active = 0 WHERE code = :code"),
                                     {{QStringLiteral(":code"), code}}, tr("switching off an out-of-turn category"));
                      }});
    }
    return steps;
}

QList<CenterConfigurator::Step> CenterConfigurator::staffSteps(const CenterSetup &current,
                                                               const CenterSetup &desired) const
{
    QList<Step> steps;
    const auto existing = byKey(current.staff, [](const StaffSetup &s) { return s.login; });
    QSet<QString> named;
    for (const StaffSetup &s : desired.staff) {
        named.insert(s.login);
        const QVariantMap binds{{QStringLiteral(":login"), s.login}, {QStringLiteral(":name"), s.fullName},
                                {QStringLiteral(":role"), Names::key(s.role)},
                                {QStringLiteral(":active"), s.active ? 1 : 0}};
        const QString subject = tr("staff %1").arg(s.login);
        const StaffSetup *old = existing.value(s.login);
        if (!old) {
            steps.append({{subject, tr("added: %1, %2; no password yet: give one on the Administration page or with kezekctl staff passwd %3")
                                        .arg(s.fullName, Names::key(s.role), s.login)},
                          [this, binds] {
                              return Query::run(m_db,
                                         QStringLiteral("INSERT INTO operators (login, full_name, role, active) "
                                                        "VALUES (:login, :name, :role, :active)"),
                                         binds, tr("adding a staff account"));
                          }});
            continue;
        }
        Differences d;
        d.add(tr("name"), old->fullName, s.fullName);
        d.add(tr("role"), Names::key(old->role), Names::key(s.role));
        d.add(tr("active"), yesNo(old->active), yesNo(s.active));
        if (d.isEmpty())
            continue;
        steps.append({{subject, d.text()}, [this, binds] {
                          return Query::run(m_db,
                                     QStringLiteral("UPDATE operators SET full_name = :name, role = :role, "
                                                    "active = :active WHERE login = :login"),
                                     binds, tr("changing a staff account"));
                      }});
    }
    for (const StaffSetup &old : current.staff) {
        if (named.contains(old.login) || !old.active)
            continue;
        steps.append({{tr("staff %1").arg(old.login), tr("disabled: not in the setup (their history stays)")},
                      [this, login = old.login] {
                          return Query::run(m_db, QStringLiteral("UPDATE operators SET active = 0 WHERE login = :login"),
                                     {{QStringLiteral(":login"), login}}, tr("disabling a staff account"));
                      }});
    }
    return steps;
}

Result<QList<CenterConfigurator::Step>> CenterConfigurator::strandedBookings(const CenterSetup &current,
                                                                            const CenterSetup &desired) const
{
    const CenterSettings &a = current.center;
    const CenterSettings &b = desired.center;
    if (a.name.isEmpty() || (a.week == b.week && a.closedDays == b.closedDays && a.slotLength == b.slotLength))
        return QList<Step>();
    // Bookings still to come whose slot the new hours no longer have: kept (the citizens were promised a time), but
    // the administrator is told, and the trail keeps that they were.
    Query q(m_db, QStringLiteral("SELECT slot_start FROM bookings WHERE slot_start >= :now ORDER BY slot_start"));
    q.bind(QStringLiteral(":now"), m_clock.now());
    if (auto status = q.exec(tr("reading the bookings to come")); !status)
        return status.failure();
    const SlotGrid before(a);
    const SlotGrid after(b);
    QMap<QDate, int> byDay;
    int count = 0;
    while (q.next()) {
        const qint64 slot = q.int64(0);
        if (!before.problem(slot) && after.problem(slot)) {
            ++byDay[LocalTime::dateOf(slot)];
            ++count;
        }
    }
    if (count == 0)
        return QList<Step>();
    QStringList days;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        days << QStringLiteral("%1: %2").arg(it.key().toString(Qt::ISODate)).arg(it.value());
    return QList<Step>{Step{{tr("bookings"),
                             tr("%n booking(s) to come lose their slot under the new hours (%1); they are kept: tell "
                                "those citizens or book them again",
                                nullptr, count)
                                 .arg(days.join(QStringLiteral(", ")))},
                            [] { return success(); }}};
}

Result<QList<CenterConfigurator::Step>> CenterConfigurator::steps(const CenterSetup &desired) const
{
    if (const QStringList found = problems(desired); !found.isEmpty())
        return Failure{Failure::Kind::Invalid, found.join(QLatin1Char('\n'))};
    auto now = current();
    if (!now)
        return now.failure();
    if (auto status = checkRemovedWindows(*now, desired); !status)
        return status.failure();
    // Services before the windows that serve them.
    QList<Step> all = centerSteps(*now, desired);
    auto stranded = strandedBookings(*now, desired);
    if (!stranded)
        return stranded.failure();
    all += *stranded;
    all += serviceSteps(*now, desired);
    all += windowSteps(*now, desired);
    all += categorySteps(*now, desired);
    all += staffSteps(*now, desired);
    return all;
}

Result<QList<SetupChange>> CenterConfigurator::plan(const CenterSetup &desired) const
{
    auto planned = steps(desired);
    if (!planned)
        return planned.failure();
    QList<SetupChange> changes;
    for (const Step &step : std::as_const(*planned))
        changes.append(step.change);
    return changes;
}

Result<QList<SetupChange>> CenterConfigurator::apply(const CenterSetup &desired, const Actor &by) const
{
    const qint64 now = m_clock.now();
    return m_db.write([&]() -> Result<QList<SetupChange>> {
        if (auto allowed = Access::check(by, Permission::SetUpCenter, &m_db); !allowed)
            return allowed.failure();
        // Read and checked inside the transaction: what another writer changed meanwhile is taken into account.
        auto planned = steps(desired);
        if (!planned)
            return planned.failure();
        const AuditTrail trail(m_db);
        QList<SetupChange> changes;
        for (const Step &step : std::as_const(*planned)) {
            if (auto status = step.run(); !status)
                return status.failure();
            if (auto status = trail.record(now, by.audited(), AuditTrail::setupChanged, step.change.subject, step.change.change); !status)
                return status.failure();
            changes.append(step.change);
        }
        return changes;
    });
}

} // namespace Kezek
