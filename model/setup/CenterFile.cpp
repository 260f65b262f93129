#include "CenterFile.h"

#include "core/LocalTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Kezek {

namespace {

const QString formatName = QStringLiteral("kezek-center");
const QString closedWord = QStringLiteral("closed");
// The keys of center.hours, Monday first.
const char *const weekdayKeys[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Reads one JSON object, remembering where it is in the file so that every problem can say it, and refusing keys it
// was not asked for (a misspelt key would otherwise be ignored without a word).
class Reader final
{
public:
    Reader(const QJsonObject &object, QString where) : m_object(object), m_where(std::move(where)) { }

    QString place(const QString &key) const { return m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key; }

    bool has(const QString &key)
    {
        m_known.insert(key);
        return m_object.contains(key);
    }

    Result<QString> text(const QString &key, bool required = true)
    {
        if (!has(key))
            return required ? missing(key) : Result<QString>(QString());
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return wrong(key, CenterFile::tr("text"));
        return value.toString().trimmed();
    }

    Result<bool> flag(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return wrong(key, CenterFile::tr("true or false"));
        return value.toBool();
    }

    // A whole number in [min, max]; `fallback` when absent, unless it is required (nullopt).
    Result<int> number(const QString &key, int min, int max, std::optional<int> fallback)
    {
        if (!has(key)) {
            if (fallback)
                return *fallback;
            return missing(key);
        }
        const QJsonValue value = m_object.value(key);
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(d) != d)
            return wrong(key, CenterFile::tr("a whole number"));
        if (d < min || d > max)
            return Failure{Failure::Kind::Invalid,
                           CenterFile::tr("%1: %2 is outside %3 to %4").arg(place(key)).arg(d).arg(min).arg(max)};
        return int(d);
    }

    // "09:00" as seconds from midnight.
    Result<int> clock(const QString &key, std::optional<int> fallback)
    {
        if (!has(key)) {
            if (fallback)
                return *fallback;
            return missing(key);
        }
        static const QRegularExpression pattern(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
        const auto match = pattern.match(m_object.value(key).toString());
        if (!match.hasMatch())
            return wrong(key, CenterFile::tr("a time such as \"09:00\""));
        return match.captured(1).toInt() * 3600 + match.captured(2).toInt() * 60;
    }

    // "09:00-18:00" as opening hours, "closed" as none; `fallback` when absent.
    Result<std::optional<OpeningHours>> hours(const QString &key, const std::optional<OpeningHours> &fallback)
    {
        if (!has(key))
            return fallback;
        const QString value = m_object.value(key).toString();
        if (value == closedWord)
            return std::optional<OpeningHours>();
        static const QRegularExpression pattern(
            QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)$"));
        const auto match = pattern.match(value);
        if (!match.hasMatch())
            return wrong(key, CenterFile::tr("hours such as \"09:00-13:00\", or \"closed\""));
        const auto at = [&match](int hour) { return match.captured(hour).toInt() * 3600 + match.captured(hour + 1).toInt() * 60; };
        return std::optional<OpeningHours>(OpeningHours{at(1), at(3)});
    }

    // "2027-03-21".
    Result<QDate> date(const QString &key)
    {
        if (!has(key))
            return missing(key);
        const QDate day = QDate::fromString(m_object.value(key).toString(), Qt::ISODate);
        if (!day.isValid())
            return wrong(key, CenterFile::tr("a date such as \"2027-03-21\""));
        return day;
    }

    Result<QJsonObject> object(const QString &key)
    {
        if (!has(key))
            return missing(key);
        if (!m_object.value(key).isObject())
            return wrong(key, CenterFile::tr("an object"));
        return m_object.value(key).toObject();
    }

    Result<QJsonArray> array(const QString &key)
    {
        if (!has(key))
            return missing(key);
        if (!m_object.value(key).isArray())
            return wrong(key, CenterFile::tr("a list"));
        return m_object.value(key).toArray();
    }

    // Every key of the object was read; one that was not is a misspelling or a field this Kezek does not know.
    Status finish() const
    {
        for (const QString &key : m_object.keys()) {
            if (!m_known.contains(key))
                return Failure{Failure::Kind::Invalid, CenterFile::tr("%1: unknown key").arg(place(key))};
        }
        return success();
    }

private:
    Failure missing(const QString &key) const
    {
        return Failure{Failure::Kind::Invalid, CenterFile::tr("%1: missing").arg(place(key))};
    }
    Failure wrong(const QString &key, const QString &expected) const
    {
        return Failure{Failure::Kind::Invalid, CenterFile::tr("%1: should be %2").arg(place(key), expected)};
    }

    QJsonObject m_object;
    QString m_where;
    QSet<QString> m_known;
};

// The {"kk", "ru", "en"} names of something.
struct Names3
{
    QString kk, ru, en;
};

Result<Names3> readNames(Reader &parent, const QString &key)
{
    auto object = parent.object(key);
    if (!object)
        return object.failure();
    Reader names(*object, parent.place(key));
    Names3 result;
    for (const auto &[language, target] : {std::pair{QStringLiteral("kk"), &result.kk},
                                           std::pair{QStringLiteral("ru"), &result.ru},
                                           std::pair{QStringLiteral("en"), &result.en}}) {
        auto text = names.text(language);
        if (!text)
            return text.failure();
        *target = *text;
    }
    if (auto status = names.finish(); !status)
        return status.failure();
    return result;
}

QJsonObject namesJson(const QString &kk, const QString &ru, const QString &en)
{
    return {{QStringLiteral("kk"), kk}, {QStringLiteral("ru"), ru}, {QStringLiteral("en"), en}};
}

QJsonObject weekJson(const WeekHours &week)
{
    QJsonObject days;
    for (int i = 0; i < 7; ++i) {
        const auto &hours = week.at(i);
        days.insert(QLatin1String(weekdayKeys[i]),
                    hours ? LocalTime::clockOfDay(hours->opensAt) + QLatin1Char('-') + LocalTime::clockOfDay(hours->closesAt)
                          : closedWord);
    }
    return days;
}

QJsonArray closedDaysJson(const QList<ClosedDay> &closedDays)
{
    QJsonArray days;
    for (const ClosedDay &closed : closedDays) {
        days.append(QJsonObject{{QStringLiteral("day"), closed.day.toString(Qt::ISODate)},
                                {QStringLiteral("reason"), closed.reason}});
    }
    return days;
}

// Each list item read by `read`, with its place ("services[2]") for its problems.
template<typename Item, typename ReadItem>
Result<QList<Item>> readList(Reader &parent, const QString &key, ReadItem read)
{
    auto array = parent.array(key);
    if (!array)
        return array.failure();
    QList<Item> items;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString where = parent.place(key) + QStringLiteral("[%1]").arg(i);
        if (!array->at(i).isObject())
            return Failure{Failure::Kind::Invalid, CenterFile::tr("%1: should be an object").arg(where)};
        Reader item(array->at(i).toObject(), where);
        auto value = read(item);
        if (!value)
            return value.failure();
        if (auto status = item.finish(); !status)
            return status.failure();
        items.append(*value);
    }
    return items;
}

Status readCenter(Reader &file, CenterSettings &c)
{
    auto object = file.object(QStringLiteral("center"));
    if (!object)
        return object.failure();
    Reader r(*object, QStringLiteral("center"));
    const CenterSettings defaults;
    auto names = readNames(r, QStringLiteral("name"));
    if (!names)
        return names.failure();
    c.nameKk = names->kk;
    c.nameRu = names->ru;
    c.name = names->en;
    auto code = r.text(QStringLiteral("code"), false);
    auto address = r.text(QStringLiteral("address"), false);
    auto mode = r.text(QStringLiteral("mode"));
    for (const auto *result : {&code, &address, &mode}) {
        if (!*result)
            return result->failure();
    }
    c.code = *code;
    c.address = *address;
    const auto parsedMode = Names::centerMode(*mode);
    if (!parsedMode) {
        return Failure{Failure::Kind::Invalid, CenterFile::tr("center.mode: \"%1\" is not booking-only, mixed or walk-in")
                                                   .arg(*mode)};
    }
    c.mode = *parsedMode;
    struct Number
    {
        const char *key;
        int *target;
        int min, max, unit, fallback;
    };
    const Number numbers[] = {
        {"hall_capacity", &c.hallCapacity, 1, 10000, 1, defaults.hallCapacity},
        {"slot_minutes", &c.slotLength, 1, 240, 60, defaults.slotLength},
        {"early_allowance_minutes", &c.earlyAllowance, 0, 240, 60, defaults.earlyAllowance},
        {"late_tolerance_minutes", &c.lateTolerance, 0, 240, 60, defaults.lateTolerance},
        {"recall_limit", &c.recallMax, 1, 20, 1, defaults.recallMax},
        {"recall_spacing_seconds", &c.recallSpacing, 0, 3600, 1, defaults.recallSpacing},
        {"out_of_turn_cap", &c.priorityStreakCap, 0, 100, 1, defaults.priorityStreakCap},
        {"wait_target_minutes", &c.waitTarget, 1, 600, 60, defaults.waitTarget},
        {"idle_lock_minutes", &c.idleLock, 0, 600, 60, defaults.idleLock},
    };
    for (const Number &n : numbers) {
        auto value = r.number(QLatin1String(n.key), n.min, n.max, n.fallback / n.unit);
        if (!value)
            return value.failure();
        *n.target = *value * n.unit;
    }
    // "opens" and "closes" are every day's hours, unless "hours" gives a weekday its own.
    auto opens = r.clock(QStringLiteral("opens"), OpeningHours().opensAt);
    if (!opens)
        return opens.failure();
    auto closes = r.clock(QStringLiteral("closes"), OpeningHours().closesAt);
    if (!closes)
        return closes.failure();
    c.week = CenterSettings::everyDay(OpeningHours{*opens, *closes});
    if (r.has(QStringLiteral("hours"))) {
        auto week = r.object(QStringLiteral("hours"));
        if (!week)
            return week.failure();
        Reader days(*week, r.place(QStringLiteral("hours")));
        for (int i = 0; i < 7; ++i) {
            auto hours = days.hours(QLatin1String(weekdayKeys[i]), c.week.at(i));
            if (!hours)
                return hours.failure();
            c.week[i] = *hours;
        }
        if (auto status = days.finish(); !status)
            return status;
    }
    if (r.has(QStringLiteral("closed_days"))) {
        auto closed = readList<ClosedDay>(r, QStringLiteral("closed_days"), [](Reader &item) -> Result<ClosedDay> {
            auto day = item.date(QStringLiteral("day"));
            if (!day)
                return day.failure();
            auto reason = item.text(QStringLiteral("reason"), false);
            if (!reason)
                return reason.failure();
            return ClosedDay{*day, *reason};
        });
        if (!closed)
            return closed.failure();
        c.closedDays = *closed;
        // As the database gives them back, so that applying the file again changes nothing.
        std::sort(c.closedDays.begin(), c.closedDays.end(),
                  [](const ClosedDay &a, const ClosedDay &b) { return a.day < b.day; });
    }
    return r.finish();
}

} // namespace

Result<CenterSetup> CenterFile::read(const QByteArray &json, const QString &fileName)
{
    const auto inFile = [&fileName](const Failure &failure) {
        return Failure{failure.kind, fileName + QStringLiteral(": ") + failure.message};
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // The line of the offset, for a person with an editor.
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return inFile({Failure::Kind::Invalid, tr("line %1: not JSON: %2").arg(line).arg(error.errorString())});
    }
    if (!document.isObject())
        return inFile({Failure::Kind::Invalid, tr("a center file is one JSON object")});
    Reader file(document.object(), QString());
    auto format = file.text(QStringLiteral("format"));
    if (!format || *format != formatName)
        return inFile({Failure::Kind::Invalid, tr("format: should be \"%1\"").arg(formatName)});
    auto version = file.number(QStringLiteral("version"), 1, 1000, std::nullopt);
    if (!version)
        return inFile(version.failure());
    if (*version > formatVersion) {
        return inFile({Failure::Kind::Invalid,
                       tr("version %1 is newer than this Kezek reads (%2); nothing was read").arg(*version).arg(formatVersion)});
    }

    CenterSetup setup;
    if (auto status = readCenter(file, setup.center); !status)
        return inFile(status.failure());

    auto services = readList<Service>(file, QStringLiteral("services"), [](Reader &r) -> Result<Service> {
        Service s;
        auto code = r.text(QStringLiteral("code"));
        auto letter = r.text(QStringLiteral("letter"));
        if (!code)
            return code.failure();
        if (!letter)
            return letter.failure();
        s.code = code->toUpper();
        s.letter = letter->toUpper();
        auto names = readNames(r, QStringLiteral("name"));
        if (!names)
            return names.failure();
        s.nameKk = names->kk;
        s.nameRu = names->ru;
        s.nameEn = names->en;
        auto norm = r.number(QStringLiteral("norm_minutes"), 1, 480, std::nullopt);
        if (!norm)
            return norm.failure();
        s.normSeconds = *norm * 60;
        auto bookable = r.flag(QStringLiteral("bookable"), true);
        auto retired = r.flag(QStringLiteral("retired"), false);
        if (!bookable)
            return bookable.failure();
        if (!retired)
            return retired.failure();
        s.bookable = *bookable;
        s.retired = *retired;
        return s;
    });
    if (!services)
        return inFile(services.failure());
    setup.services = *services;

    auto windows = readList<WindowSetup>(file, QStringLiteral("windows"), [](Reader &r) -> Result<WindowSetup> {
        WindowSetup w;
        auto number = r.number(QStringLiteral("number"), 1, 999, std::nullopt);
        if (!number)
            return number.failure();
        w.number = *number;
        auto served = r.array(QStringLiteral("services"));
        if (!served)
            return served.failure();
        for (qsizetype i = 0; i < served->size(); ++i) {
            if (!served->at(i).isString()) {
                return Failure{Failure::Kind::Invalid, CenterFile::tr("%1[%2]: should be a service code")
                                                           .arg(r.place(QStringLiteral("services")))
                                                           .arg(i)};
            }
            w.services.append(served->at(i).toString().trimmed().toUpper());
        }
        return w;
    });
    if (!windows)
        return inFile(windows.failure());
    setup.windows = *windows;

    auto categories = readList<PriorityCategory>(file, QStringLiteral("categories"),
                                                 [](Reader &r) -> Result<PriorityCategory> {
        PriorityCategory c;
        auto code = r.text(QStringLiteral("code"));
        if (!code)
            return code.failure();
        c.code = *code;
        auto names = readNames(r, QStringLiteral("name"));
        if (!names)
            return names.failure();
        c.nameKk = names->kk;
        c.nameRu = names->ru;
        c.nameEn = names->en;
        auto active = r.flag(QStringLiteral("active"), true);
        if (!active)
            return active.failure();
        c.active = *active;
        return c;
    });
    if (!categories)
        return inFile(categories.failure());
    setup.categories = *categories;

    auto staff = readList<StaffSetup>(file, QStringLiteral("staff"), [](Reader &r) -> Result<StaffSetup> {
        StaffSetup s;
        auto login = r.text(QStringLiteral("login"));
        auto name = r.text(QStringLiteral("name"));
        auto role = r.text(QStringLiteral("role"));
        for (const auto *result : {&login, &name, &role}) {
            if (!*result)
                return result->failure();
        }
        s.login = *login;
        s.fullName = name->simplified();
        const auto parsedRole = Names::role(*role);
        if (!parsedRole) {
            return Failure{Failure::Kind::Invalid,
                           CenterFile::tr("%1: \"%2\" is not operator, reception, supervisor or admin")
                               .arg(r.place(QStringLiteral("role")), *role)};
        }
        s.role = *parsedRole;
        auto active = r.flag(QStringLiteral("active"), true);
        if (!active)
            return active.failure();
        s.active = *active;
        return s;
    });
    if (!staff)
        return inFile(staff.failure());
    setup.staff = *staff;

    if (auto status = file.finish(); !status)
        return inFile(status.failure());
    return setup;
}

QByteArray CenterFile::write(const CenterSetup &setup)
{
    const CenterSettings &c = setup.center;
    const QJsonObject center{
        {QStringLiteral("name"), namesJson(c.nameKk, c.nameRu, c.name)},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("mode"), Names::key(c.mode)},
        {QStringLiteral("hours"), weekJson(c.week)},
        {QStringLiteral("closed_days"), closedDaysJson(c.closedDays)},
        {QStringLiteral("slot_minutes"), c.slotLength / 60},
        {QStringLiteral("hall_capacity"), c.hallCapacity},
        {QStringLiteral("early_allowance_minutes"), c.earlyAllowance / 60},
        {QStringLiteral("late_tolerance_minutes"), c.lateTolerance / 60},
        {QStringLiteral("recall_limit"), c.recallMax},
        {QStringLiteral("recall_spacing_seconds"), c.recallSpacing},
        {QStringLiteral("out_of_turn_cap"), c.priorityStreakCap},
        {QStringLiteral("wait_target_minutes"), c.waitTarget / 60},
        {QStringLiteral("idle_lock_minutes"), c.idleLock / 60},
    };
    QJsonArray services;
    for (const Service &s : setup.services) {
        services.append(QJsonObject{{QStringLiteral("code"), s.code},
                                    {QStringLiteral("letter"), s.letter},
                                    {QStringLiteral("name"), namesJson(s.nameKk, s.nameRu, s.nameEn)},
                                    {QStringLiteral("norm_minutes"), s.normSeconds / 60},
                                    {QStringLiteral("bookable"), s.bookable},
                                    {QStringLiteral("retired"), s.retired}});
    }
    QJsonArray windows;
    for (const WindowSetup &w : setup.windows) {
        windows.append(QJsonObject{{QStringLiteral("number"), w.number},
                                   {QStringLiteral("services"), QJsonArray::fromStringList(w.services)}});
    }
    QJsonArray categories;
    for (const PriorityCategory &p : setup.categories) {
        categories.append(QJsonObject{{QStringLiteral("code"), p.code},
                                      {QStringLiteral("name"), namesJson(p.nameKk, p.nameRu, p.nameEn)},
                                      {QStringLiteral("active"), p.active}});
    }
    QJsonArray staff;
    for (const StaffSetup &s : setup.staff) {
        staff.append(QJsonObject{{QStringLiteral("login"), s.login},
                                 {QStringLiteral("name"), s.fullName},
                                 {QStringLiteral("role"), Names::key(s.role)},
                                 {QStringLiteral("active"), s.active}});
    }
    const QJsonObject file{{QStringLiteral("format"), formatName},     {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("center"), center},         {QStringLiteral("services"), services},
                           {QStringLiteral("windows"), windows},       {QStringLiteral("categories"), categories},
                           {QStringLiteral("staff"), staff}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

} // namespace Kezek
