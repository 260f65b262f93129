#pragma once

#include <QtGlobal>

namespace Kezek {

// Where "now" comes from: the system clock in production, a fixed or stepped one in tests and for --at.
// Times are seconds since the Unix epoch everywhere in Kezek.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 now) : m_now(now) { }
    qint64 now() const override { return m_now; }
    void set(qint64 now) { m_now = now; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};

} // namespace Kezek
