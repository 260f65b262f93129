#pragma once

#include <QString>

#include <optional>

namespace Kezek::Cli {

// Whether standard input is a terminal someone types at.
bool atTerminal();
// One line typed at the terminal without echo, after `prompt` on stderr; nullopt at the end of input.
std::optional<QString> askHidden(const QString &prompt);

} // namespace Kezek::Cli
