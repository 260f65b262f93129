#pragma once

#include "core/Clock.h"
#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Kezek::Test {

// A fresh demo-center database in a temporary folder, removed when the object goes away.
class TestDatabase final
{
public:
    explicit TestDatabase(bool withDemoCenter = true);
    ~TestDatabase();

    Database &db() { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the connection, as a restart of the program would.
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// SHA-256 of a file's bytes (empty when it cannot be read): to prove a file was left untouched.
QByteArray fileDigest(const QString &path);

// 2020-05-18 (a Monday) at the given local time: the day of the sample booking files.
qint64 at(int hour, int minute = 0, int second = 0);
qint64 onDay(int year, int month, int day, int hour, int minute = 0);

} // namespace Kezek::Test
