#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace Kezek::Cli {

// kezekctl's exit statuses (DOMAIN.md "Command line").
enum ExitCode : int {
    Done = 0,
    DoneInPart = 1,  // e.g. some import rows rejected
    Unusable = 2,    // unusable input or database
    NothingToDo = 3, // no one waiting
};

// Where a command's result goes: lines for people, or exactly one compact JSON object per result for scripts.
// Errors always reach stderr in words; in JSON mode stdout also gets {"error": ...} so a script reading stdout
// never sees nothing. Failures and notes pass through Iin::maskInText (DOMAIN.md: IINs are personal data), so an
// IIN quoted from the input never reaches a terminal or a log whole.
class Output final
{
    Q_DISABLE_COPY_MOVE(Output)

public:
    explicit Output(bool json) : m_json(json) { }

    bool isJson() const { return m_json; }
    // One result: `text` for people (may be several lines), `json` for scripts.
    void result(const QJsonObject &json, const QString &text) const;
    // A line on stdout in text mode only (listings built line by line).
    void line(const QString &text) const;
    // A remark on stderr that does not change the result (progress, warnings).
    void note(const QString &text) const;

    // Reports an error and returns the exit status it means: 3 for "nothing to do", 2 for everything else.
    int fail(const Failure &failure) const;
    int fail(const QString &message, ExitCode code = Unusable) const;

    static int exitCodeFor(const Failure &failure);

private:
    bool m_json;
};

} // namespace Kezek::Cli
