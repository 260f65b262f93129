#include "Catalogue.h"

#include "db/Database.h"
#include "db/Query.h"
#include "domain/Iin.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Kezek {

WeekHours CenterSettings::everyDay(const OpeningHours &hours)
{
    WeekHours week;
    week.fill(hours);
    return week;
}

std::optional<OpeningHours> CenterSettings::hoursOn(const QDate &day) const
{
    if (!day.isValid() || closedReason(day))
        return std::nullopt;
    return week.at(day.dayOfWeek() - 1);
}

std::optional<QString> CenterSettings::closedReason(const QDate &day) const
{
    for (const ClosedDay &closed : closedDays) {
        if (closed.day == day) {
            return closed.reason.isEmpty() ? Catalogue::tr("%1 is a closed day").arg(day.toString(Qt::ISODate))
                                           : Catalogue::tr("%1 is a closed day: %2").arg(day.toString(Qt::ISODate), closed.reason);
        }
    }
    if (day.isValid() && !week.at(day.dayOfWeek() - 1))
        return Catalogue::tr("%1 is a day off").arg(QLocale().standaloneDayName(day.dayOfWeek()));
    return std::nullopt;
}

int CenterSettings::closingOn(const QDate &day) const
{
    const auto hours = hoursOn(day);
    return hours ? hours->closesAt : 24 * 3600;
}

std::optional<OpeningHours> CenterSettings::hoursBetween(const QDate &from, const QDate &to) const
{
    std::optional<OpeningHours> widest;
    const auto widen = [&widest](const std::optional<OpeningHours> &hours) {
        if (hours) {
            widest = widest ? OpeningHours{std::min(widest->opensAt, hours->opensAt),
                                           std::max(widest->closesAt, hours->closesAt)}
                            : *hours;
        }
    };
    // Past a week every weekday is in the range; a closed day among so many does not narrow the hours.
    if (from.daysTo(to) >= 7) {
        for (const auto &hours : week)
            widen(hours);
    } else {
        for (QDate day = from; day <= to; day = day.addDays(1))
            widen(hoursOn(day));
    }
    return widest;
}

QString Service::name(const QString &language) const
{
    if (language == QLatin1String("kk"))
        return nameKk;
    if (language == QLatin1String("ru"))
        return nameRu;
    return nameEn;
}

QString PriorityCategory::name(const QString &language) const
{
    if (language == QLatin1String("kk"))
        return nameKk;
    if (language == QLatin1String("ru"))
        return nameRu;
    return nameEn;
}

Result<CatalogueSnapshot> Catalogue::snapshot() const
{
    CatalogueSnapshot snapshot;
    auto settings = this->settings();
    if (!settings)
        return settings.failure();
    snapshot.settings = std::move(settings).value();
    auto services = this->services();
    if (!services)
        return services.failure();
    snapshot.services = std::move(services).value();
    auto categories = priorityCategories();
    if (!categories)
        return categories.failure();
    snapshot.categories = std::move(categories).value();
    auto windows = this->windows();
    if (!windows)
        return windows.failure();
    snapshot.windows = std::move(windows).value();
    auto operators = this->operators();
    if (!operators)
        return operators.failure();
    snapshot.operators = std::move(operators).value();
    return snapshot;
}

Result<CenterSettings> Catalogue::settings() const
{
    Query q(m_db, QStringLiteral("SELECT name, mode, hall_capacity, slot_s, early_allowance_s, "
                                 "late_tolerance_s, recall_max, recall_spacing_s, priority_streak_cap, wait_target_s, "
                                 "idle_lock_s, name_kk, name_ru, code, address FROM center WHERE id = 1"));
    if (auto status = q.exec(tr("reading the center settings")); !status)
        return status.failure();
    if (!q.next()) {
        return Failure{Failure::Kind::NotFound,
                       tr("%1: no center is set up in this database. Run \"kezekctl init --demo\" or configure one.")
                           .arg(m_db.name())};
    }
    CenterSettings s;
    s.name = q.text(0);
    s.mode = Names::centerMode(q.text(1)).value_or(CenterMode::Mixed);
    s.hallCapacity = q.integer(2);
    s.slotLength = q.integer(3);
    s.earlyAllowance = q.integer(4);
    s.lateTolerance = q.integer(5);
    s.recallMax = q.integer(6);
    s.recallSpacing = q.integer(7);
    s.priorityStreakCap = q.integer(8);
    s.waitTarget = q.integer(9);
    s.idleLock = q.integer(10);
    s.nameKk = q.text(11);
    s.nameRu = q.text(12);
    s.code = q.text(13);
    s.address = q.text(14);
    if (auto status = readHours(s); !status)
        return status.failure();
    return s;
}

// A weekday without a row, or with no opening time, is a day off. One statement for both tables: every queue step
// reads the settings.
Status Catalogue::readHours(CenterSettings &settings) const
{
    Query q(m_db, QStringLiteral("SELECT weekday, opens_s, closes_s, NULL, NULL FROM opening_hours "
                                 "UNION ALL SELECT NULL, NULL, NULL, day, reason FROM closed_days ORDER BY 1, 4"));
    if (auto status = q.exec(tr("reading the opening hours")); !status)
        return status;
    settings.week = {};
    settings.closedDays.clear();
    while (q.next()) {
        if (q.value(0).isNull()) {
            settings.closedDays.append(ClosedDay{QDate::fromString(q.text(3), Qt::ISODate), q.text(4)});
            continue;
        }
        const int weekday = q.integer(0);
        if (weekday >= 1 && weekday <= 7 && !q.value(1).isNull())
            settings.week[weekday - 1] = OpeningHours{q.integer(1), q.integer(2)};
    }
    return success();
}

Result<QList<Service>> Catalogue::queryServices(const QString &where, const QVariant &value) const
{
    Query q(m_db, QStringLiteral("SELECT id, code, letter, name_kk, name_ru, name_en, norm_s, bookable, retired "
                                 "FROM services ")
                      + where + QStringLiteral(" ORDER BY letter, code"));
    if (!where.isEmpty())
        q.bind(QStringLiteral(":v"), value);
    if (auto status = q.exec(tr("reading the service catalogue")); !status)
        return status.failure();
    QList<Service> list;
    while (q.next()) {
        list.append(Service{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.integer(6),
                            q.integer(7) != 0, q.integer(8) != 0});
    }
    return list;
}

Result<QList<Service>> Catalogue::services() const
{
    return queryServices({}, {});
}

Result<Service> Catalogue::service(const QString &code) const
{
    auto list = queryServices(QStringLiteral("WHERE code = :v"), code.trimmed().toUpper());
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no service with the code \"%1\".").arg(Iin::maskInText(code))};
    return list->first();
}

Result<Service> Catalogue::service(int id) const
{
    auto list = queryServices(QStringLiteral("WHERE id = :v"), id);
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no service number %1.").arg(id)};
    return list->first();
}

Result<QList<Window>> Catalogue::queryWindowStates(const QString &where, const QVariant &value) const
{
    Query q(m_db, QStringLiteral("SELECT id, number, state, pause_reason, operator_id, priority_streak FROM windows ")
                      + where + QStringLiteral(" ORDER BY number"));
    if (!where.isEmpty())
        q.bind(QStringLiteral(":v"), value);
    if (auto status = q.exec(tr("reading the windows")); !status)
        return status.failure();
    QList<Window> list;
    while (q.next()) {
        Window w;
        w.id = q.integer(0);
        w.number = q.integer(1);
        w.state = Names::windowState(q.text(2)).value_or(WindowState::Closed);
        w.pauseReason = Names::pauseReason(q.text(3));
        if (auto op = q.optionalInt64(4))
            w.operatorId = int(*op);
        w.priorityStreak = q.integer(5);
        list.append(w);
    }
    return list;
}

Result<QList<Window>> Catalogue::queryWindows(const QString &where, const QVariant &value) const
{
    auto found = queryWindowStates(where, value);
    if (!found || found->isEmpty())
        return found;
    QList<Window> list = std::move(found).value();
    QHash<int, qsizetype> indexById;
    for (qsizetype i = 0; i < list.size(); ++i)
        indexById.insert(list.at(i).id, i);
    Query services(m_db, QStringLiteral("SELECT window_id, service_id FROM window_services WHERE window_id IN "
                                        "(SELECT id FROM windows ")
                             + where + QStringLiteral(") ORDER BY service_id"));
    if (!where.isEmpty())
        services.bind(QStringLiteral(":v"), value);
    if (auto status = services.exec(tr("reading the windows' services")); !status)
        return status.failure();
    while (services.next()) {
        const auto it = indexById.constFind(services.integer(0));
        if (it != indexById.cend())
            list[*it].serviceIds.append(services.integer(1));
    }
    return list;
}

Result<QList<Window>> Catalogue::windowStates() const
{
    return queryWindowStates({}, {});
}

Result<QList<Window>> Catalogue::windows() const
{
    return queryWindows({}, {});
}

Result<Window> Catalogue::window(int number) const
{
    auto list = queryWindows(QStringLiteral("WHERE number = :v"), number);
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no window %1.").arg(number)};
    return list->first();
}

Result<Window> Catalogue::windowById(int id) const
{
    auto list = queryWindows(QStringLiteral("WHERE id = :v"), id);
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no window with id %1.").arg(id)};
    return list->first();
}

Result<QList<Operator>> Catalogue::queryOperators(const QString &where, const QVariant &value) const
{
    Query q(m_db, QStringLiteral("SELECT id, login, full_name, role FROM operators ") + where
                      + QStringLiteral(" ORDER BY login"));
    if (!where.isEmpty())
        q.bind(QStringLiteral(":v"), value);
    if (auto status = q.exec(tr("reading the operators")); !status)
        return status.failure();
    QList<Operator> list;
    while (q.next())
        list.append(Operator{q.integer(0), q.text(1), q.text(2), Names::role(q.text(3)).value_or(Role::Operator)});
    return list;
}

Result<QList<Operator>> Catalogue::operators() const
{
    return queryOperators(QStringLiteral("WHERE active = 1"), {});
}

Result<Operator> Catalogue::operatorByLogin(const QString &login) const
{
    auto list = queryOperators(QStringLiteral("WHERE login = :v AND active = 1"), login.trimmed());
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no operator with the login \"%1\".").arg(Iin::maskInText(login))};
    return list->first();
}

Result<Operator> Catalogue::operatorById(int id) const
{
    auto list = queryOperators(QStringLiteral("WHERE id = :v"), id);
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no operator with id %1.").arg(id)};
    return list->first();
}

Result<QList<PriorityCategory>> Catalogue::priorityCategories() const
{
    Query q(m_db, QStringLiteral("SELECT code, name_kk, name_ru, name_en, active FROM priority_categories "
                                 "ORDER BY code"));
    if (auto status = q.exec(tr("reading the out-of-turn categories")); !status)
        return status.failure();
    QList<PriorityCategory> list;
    while (q.next())
        list.append(PriorityCategory{q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0});
    return list;
}

Result<PriorityCategory> Catalogue::priorityCategory(const QString &code) const
{
    auto all = priorityCategories();
    if (!all)
        return all.failure();
    for (const PriorityCategory &category : std::as_const(*all)) {
        if (category.code == code.trimmed())
            return category;
    }
    QStringList codes;
    for (const PriorityCategory &category : std::as_const(*all))
        codes.append(category.code);
    return Failure{Failure::Kind::Invalid, tr("\"%1\" is not an out-of-turn category; known categories: %2.")
                                               .arg(code, codes.join(QStringLiteral(", ")))};
}

} // namespace Kezek
