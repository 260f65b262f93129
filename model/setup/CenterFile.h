#pragma once

#include "core/Result.h"
#include "setup/CenterSetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kezek {

// The center file (docs/CENTER-FILE.md): a CenterSetup as JSON, for `kezekctl center export` and `center apply`.
// Reading checks the shape only (keys, types, values that parse); whether the center makes sense is
// CenterConfigurator's. A problem names the file and the place in it: "center.json: services[2].letter: …".
class CenterFile final
{
    Q_DECLARE_TR_FUNCTIONS(CenterFile)

public:
    static constexpr int formatVersion = 1;

    static Result<CenterSetup> read(const QByteArray &json, const QString &fileName);
    static QByteArray write(const CenterSetup &setup);
};

} // namespace Kezek
