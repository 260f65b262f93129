#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Kezek {

// A password kept in a file for unattended use (a hall PC that signs in by itself, a night job, a test run): the
// file named by the environment variable KEZEK_PASSWORD_FILE, its first line. A file that others may read is
// refused, as ssh refuses such a key: the password is as safe as the file.
class PasswordFile final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordFile)

public:
    static constexpr char variable[] = "KEZEK_PASSWORD_FILE";

    // Whether the environment names a password file.
    static bool isNamed();
    // The password in the file the environment names.
    static Result<QString> read();
    static Result<QString> read(const QString &path);
};

} // namespace Kezek
