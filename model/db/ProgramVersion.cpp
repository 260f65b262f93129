#include "ProgramVersion.h"

#include "db/Database.h"

namespace Kezek {

QString ProgramVersion::release()
{
    return QStringLiteral(KEZEK_VERSION);
}

int ProgramVersion::schema()
{
    return Database::schemaVersion;
}

QString ProgramVersion::line(const QString &program)
{
    return QStringLiteral("%1 %2 (database schema %3)").arg(program, release()).arg(schema());
}

QString ProgramVersion::text(const QString &program)
{
    return line(program) + QLatin1Char('\n')
        + tr("Copyright (C) 2026 The Kezek developers.\n"
             "License GPL-3.0-or-later: GNU GPL version 3 or later <https://www.gnu.org/licenses/gpl-3.0.html>.\n"
             "This is free software: you are free to change and redistribute it.\n"
             "There is NO WARRANTY, to the extent permitted by law.")
        + QLatin1Char('\n');
}

} // namespace Kezek
