#include "DemoCenter.h"

#include "db/Database.h"
#include "db/Query.h"
#include "domain/OpeningHoursTable.h"

#include <QStringList>

namespace Kezek {

namespace {

struct DemoService
{
    const char *code;
    const char *letter;
    const char *nameEn;
    const char *nameKk;
    const char *nameRu;
    int normMinutes;
    bool bookable;
};

const DemoService demoServices[] = {
    {"ID-CARD", "A", "ID card and passport", "Жеке куәлік және паспорт", "Удостоверение личности и паспорт", 15, true},
    {"RESIDENCE", "B", "Residence registration", "Тұрғылықты жері бойынша тіркеу", "Регистрация по месту жительства",
     10, true},
    {"RESULT", "C", "Collecting a service result", "Қызмет нәтижесін алу", "Выдача результата услуги", 5, true},
    {"EDS", "D", "Digital signature", "ЭЦҚ беру", "Выдача ЭЦП", 10, true},
    {"BIRTH", "E", "Birth registration", "Баланың тууын тіркеу", "Регистрация рождения", 15, true},
    {"PENSION", "F", "Pensions and benefits", "Зейнетақы және жәрдемақы", "Пенсии и пособия", 20, true},
    {"PROPERTY", "G", "Real estate rights", "Жылжымайтын мүлікке құқық", "Права на недвижимость", 20, true},
    {"CONSULT", "K", "Consultation", "Кеңес беру", "Консультация", 5, false},
};

struct DemoCategory
{
    const char *code;
    const char *nameEn;
    const char *nameKk;
    const char *nameRu;
};

const DemoCategory demoCategories[] = {
    {"veteran", "War veteran or equated person", "Соғыс ардагері немесе оған теңестірілген тұлға",
     "Ветеран войны или приравненное лицо"},
    {"disability", "Disability group 1 or 2, or accompanying person", "1-2 топтағы мүгедектігі бар адам немесе оның сүйемелдеушісі",
     "Лицо с инвалидностью 1-2 группы или сопровождающий"},
    {"pregnant", "Pregnant woman", "Жүкті әйел", "Беременная женщина"},
    {"infant", "Citizen with a child under 1 year", "1 жасқа толмаған баласы бар азамат",
     "Гражданин с ребёнком до 1 года"},
};

const char *const demoOperatorNames[] = {
    "Айгүл Бекова",   "Ерлан Жұмабаев", "Мадина Сәрсенова", "Данияр Омаров",  "Ольга Ким",      "Асель Нұрланова",
    "Тимур Ахметов",  "Гүлнар Исаева",  "Сергей Павлов",    "Жанар Тоқтарова", "Бауыржан Әлиев", "Динара Қасымова",
};

// Windows 1-4: ID-CARD, RESULT; 5-6: RESIDENCE, RESULT; 7: EDS, CONSULT; 8-9: BIRTH, PENSION;
// 10-11: PROPERTY, RESULT; 12: every service.
QStringList demoWindowServices(int number)
{
    if (number <= 4)
        return {QStringLiteral("ID-CARD"), QStringLiteral("RESULT")};
    if (number <= 6)
        return {QStringLiteral("RESIDENCE"), QStringLiteral("RESULT")};
    if (number == 7)
        return {QStringLiteral("EDS"), QStringLiteral("CONSULT")};
    if (number <= 9)
        return {QStringLiteral("BIRTH"), QStringLiteral("PENSION")};
    if (number <= 11)
        return {QStringLiteral("PROPERTY"), QStringLiteral("RESULT")};
    QStringList all;
    for (const DemoService &service : demoServices)
        all.append(QString::fromUtf8(service.code));
    return all;
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

Status run(const Database &db, const QString &sql, const QVariantMap &binds)
{
    return Query::run(db, sql, binds, DemoCenter::tr("creating the demo center"));
}

} // namespace

QList<Service> DemoCenter::standardServices()
{
    QList<Service> services;
    for (const DemoService &s : demoServices) {
        Service service;
        service.code = utf8(s.code);
        service.letter = utf8(s.letter);
        service.nameEn = utf8(s.nameEn);
        service.nameKk = utf8(s.nameKk);
        service.nameRu = utf8(s.nameRu);
        service.normSeconds = s.normMinutes * 60;
        service.bookable = s.bookable;
        services.append(service);
    }
    return services;
}

QList<PriorityCategory> DemoCenter::standardCategories()
{
    QList<PriorityCategory> categories;
    for (const DemoCategory &c : demoCategories)
        categories.append(PriorityCategory{utf8(c.code), utf8(c.nameKk), utf8(c.nameRu), utf8(c.nameEn), true});
    return categories;
}

Status DemoCenter::install(const Database &db)
{
    // The password hashed once, when the code was written (every demo account has the same password and salt): a
    // demo database is made in no time, and the tests that make hundreds of them stay fast. tst_accounts checks
    // that the hash is the password's.
    const QString &hash = passwordHash;
    return db.write([&]() -> Status {
        auto existing = Query::scalar(db, QStringLiteral("SELECT count(*) FROM center"), {}, tr("reading the center"));
        if (!existing)
            return existing.failure();
        if (existing->value_or(0) > 0)
            return success();

        const auto str = [](const char *utf8) { return QString::fromUtf8(utf8); };
        // The name in each language as it is, not through tr(): a center's name is data, shown in the language asked.
        Status status = run(db,
                            QStringLiteral("INSERT INTO center (id, name, name_kk, name_ru, code, address, mode) "
                                           "VALUES (1, :name, :kk, :ru, 'DEMO', :address, 'mixed')"),
                            {{QStringLiteral(":name"), QStringLiteral("Demo Public Service Center")},
                             {QStringLiteral(":kk"), str("Халыққа қызмет көрсету орталығы (демо)")},
                             {QStringLiteral(":ru"), str("Центр обслуживания населения (демо)")},
                             {QStringLiteral(":address"), str("Астана, демо көшесі 1")}});
        // DOMAIN.md's hours, 9:00-18:00, every day of the week: a demo runs whatever day it is shown on.
        if (status)
            status = OpeningHoursTable::writeWeek(db, CenterSettings::everyDay(OpeningHours{9 * 3600, 18 * 3600}));
        for (const DemoService &s : demoServices) {
            if (!status)
                return status;
            status = run(db,
                         QStringLiteral("INSERT INTO services (code, letter, name_kk, name_ru, name_en, norm_s, bookable) "
                                        "VALUES (:code, :letter, :kk, :ru, :en, :norm, :bookable)"),
                         {{QStringLiteral(":code"), str(s.code)},
                          {QStringLiteral(":letter"), str(s.letter)},
                          {QStringLiteral(":kk"), str(s.nameKk)},
                          {QStringLiteral(":ru"), str(s.nameRu)},
                          {QStringLiteral(":en"), str(s.nameEn)},
                          {QStringLiteral(":norm"), s.normMinutes * 60},
                          {QStringLiteral(":bookable"), s.bookable ? 1 : 0}});
        }
        for (const DemoCategory &c : demoCategories) {
            if (!status)
                return status;
            status = run(db,
                         QStringLiteral("INSERT INTO priority_categories (code, name_kk, name_ru, name_en) "
                                        "VALUES (:code, :kk, :ru, :en)"),
                         {{QStringLiteral(":code"), str(c.code)},
                          {QStringLiteral(":kk"), str(c.nameKk)},
                          {QStringLiteral(":ru"), str(c.nameRu)},
                          {QStringLiteral(":en"), str(c.nameEn)}});
        }
        int number = 0;
        for (const char *name : demoOperatorNames) {
            if (!status)
                return status;
            ++number;
            const QString login = QStringLiteral("op%1").arg(number, 2, 10, QLatin1Char('0'));
            status = run(db,
                         QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash) "
                                        "VALUES (:login, :name, 'operator', :hash)"),
                         {{QStringLiteral(":login"), login}, {QStringLiteral(":name"), str(name)},
                          {QStringLiteral(":hash"), hash}});
            if (!status)
                return status;
            status = run(db,
                         QStringLiteral("INSERT INTO windows (number, operator_id) "
                                        "SELECT :number, id FROM operators WHERE login = :login"),
                         {{QStringLiteral(":number"), number}, {QStringLiteral(":login"), login}});
            for (const QString &code : demoWindowServices(number)) {
                if (!status)
                    return status;
                status = run(db,
                             QStringLiteral("INSERT INTO window_services (window_id, service_id) "
                                            "SELECT w.id, s.id FROM windows w, services s "
                                            "WHERE w.number = :number AND s.code = :code"),
                             {{QStringLiteral(":number"), number}, {QStringLiteral(":code"), code}});
            }
        }
        struct Staff
        {
            const char *login;
            const char *name;
            const char *role;
        };
        // People's names, as on a real center's staff list: a role is shown beside the name, never instead of it.
        const Staff staff[] = {{"reception", "Әсем Байжанова", "reception"},
                               {"supervisor", "Нұрлан Сейітов", "supervisor"},
                               {"admin", "Марат Ибраев", "admin"}};
        for (const Staff &member : staff) {
            if (!status)
                return status;
            status = run(db,
                         QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash) "
                                        "VALUES (:login, :name, :role, :hash)"),
                         {{QStringLiteral(":login"), str(member.login)},
                          {QStringLiteral(":name"), str(member.name)},
                          {QStringLiteral(":role"), str(member.role)},
                          {QStringLiteral(":hash"), hash}});
        }
        if (!status)
            return status;
        return success();
    });
}

} // namespace Kezek
