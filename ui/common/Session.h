#pragma once

#include "domain/Catalogue.h"

#include <optional>

namespace Kezek {

// Who is signed in at this console and, for an operator, at which window.
struct Session
{
    Operator user;
    std::optional<int> windowNumber;
};

} // namespace Kezek
