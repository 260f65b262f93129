#include "ImportBench.h"
#include "BenchStaff.h"

#include "BenchFixture.h"

#include "db/Database.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "domain/DemoCenter.h"
#include "domain/Iin.h"
#include "io/BookingImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace Kezek::Bench {

namespace {

// A valid IIN for serial `n`: born 1990-01-01, century digit 3, four serial digits, check digit.
QString iinFor(int n)
{
    for (int serial = n;; serial += 10000) {
        const QString first11 = QStringLiteral("9001013%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
        if (const auto check = Iin::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

QByteArray bookingsCsv(const Database &db, int rows)
{
    QByteArray data("booking_id,channel,iin,full_name,phone,service_code,slot_start\n");
    data.reserve(qsizetype(rows) * 80);
    auto services = Catalogue(db).services();
    const BookingCalendar calendar(db);
    QList<QPair<QByteArray, int>> places;
    for (const Service &service : std::as_const(*services)) {
        if (service.bookable)
            places.append({service.code.toLatin1(), calendar.daySlots(service.id, QDate(2020, 6, 1))->first().capacity});
    }
    int written = 0;
    for (QDate day(2020, 6, 1); written < rows; day = day.addDays(1)) {
        const QByteArray date = day.toString(Qt::ISODate).toLatin1();
        for (int slot = 0; slot < 36 && written < rows; ++slot) {
            const QByteArray time = QByteArray::number(9 + slot / 4).rightJustified(2, '0') + ':'
                + QByteArray::number(slot % 4 * 15).rightJustified(2, '0');
            for (const auto &[code, capacity] : std::as_const(places)) {
                for (int seat = 0; seat < capacity && written < rows; ++seat, ++written) {
                    data += "EG-" + QByteArray::number(written) + ",egov," + iinFor(written).toLatin1() + ",Citizen "
                        + QByteArray::number(written) + ",+7701" + QByteArray::number(1000000 + written) + ','
                        + code + ',' + date + 'T' + time + '\n';
                }
            }
        }
    }
    return data;
}

} // namespace

ImportFigures measureImport(const QString &folder, int rows)
{
    const QString path = QDir(folder).filePath(QStringLiteral("import.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto opened = Database::open({path}, OpenOptions{true, 5000});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    const Database &db = **opened;
    if (auto status = DemoCenter::install(db); !status)
        qFatal("%s", qPrintable(status.message()));

    const QString csv = QDir(folder).filePath(QStringLiteral("bookings-100k.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(csv));
        file.write(bookingsCsv(db, rows));
    }

    ImportFigures figures;
    figures.rows = rows;
    const BookingImporter importer(db);
    const Actor desk = benchAccount(db, QStringLiteral("reception"));
    QElapsedTimer timer;
    timer.start();
    auto first = importer.importFiles({csv}, benchTime(7, 0), desk);
    figures.firstSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!first)
        qFatal("%s", qPrintable(first.message()));
    figures.imported = first->imported;
    timer.restart();
    auto again = importer.importFiles({csv}, benchTime(7, 30), desk);
    figures.againSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!again)
        qFatal("%s", qPrintable(again.message()));
    figures.unchanged = again->unchanged;
    return figures;
}

} // namespace Kezek::Bench
