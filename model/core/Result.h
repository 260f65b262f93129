#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Kezek {

// Why an operation did not happen, in words a user can act on.
struct Failure
{
    enum class Kind {
        Invalid,     // the input itself is wrong (bad IIN, unknown service)
        NotFound,    // what was named does not exist
        Conflict,    // the state forbids it (already called by another window, slot full)
        NothingToDo, // nobody waiting, nothing to import
        Database,    // the database refused (corrupt, locked, read-only, newer schema)
        Forbidden,   // the signed-in person's role does not allow it
    };
    Kind kind = Kind::Invalid;
    QString message;
    // Another writer got in the way (a serialization failure or deadlock on a server): the same step, tried
    // again from the start, may well succeed. Database::write() does so.
    bool transient = false;
};

struct Unit
{
};

// A value or the Failure that prevented it. Small on purpose: C++20 has no std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Failure failure) : m_state(std::move(failure)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Failure &failure() const { return std::get<Failure>(m_state); }
    const QString &message() const { return failure().message; }

private:
    std::variant<T, Failure> m_state;
};

using Status = Result<Unit>;

inline Status success()
{
    return Unit{};
}

} // namespace Kezek
