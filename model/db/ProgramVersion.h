#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kezek {

// Which Kezek this is: the release (CMake's project version) and the database schema it reads and writes.
class ProgramVersion final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramVersion)

public:
    static QString release();
    static int schema();
    // "kezekctl 0.9.0 (database schema 10)": the first line of --version, as help2man and bug reports read it.
    static QString line(const QString &program);
    // The whole of --version: line(), then the copyright and the licence (translated) in the GNU way, which help2man
    // turns into the man page's COPYRIGHT section.
    static QString text(const QString &program);
};

} // namespace Kezek
