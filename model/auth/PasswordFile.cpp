#include "PasswordFile.h"

#include <QFile>

namespace Kezek {

bool PasswordFile::isNamed()
{
    return !qEnvironmentVariableIsEmpty(variable);
}

Result<QString> PasswordFile::read()
{
    auto password = read(qEnvironmentVariable(variable));
    if (!password)
        return Failure{password.failure().kind, QLatin1String(variable) + QStringLiteral(": ") + password.message()};
    return password;
}

Result<QString> PasswordFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Failure{Failure::Kind::NotFound, tr("%1 does not exist").arg(path)};
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        return Failure{Failure::Kind::Invalid,
                       tr("%1 may be read by others, so it cannot hold a password; make it yours alone (chmod 600 %1)")
                           .arg(path)};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Failure::Kind::Invalid, tr("%1 cannot be read: %2").arg(path, file.errorString())};
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Failure{Failure::Kind::Invalid, tr("%1 holds no password on its first line").arg(path)};
    return QString::fromUtf8(line);
}

} // namespace Kezek
