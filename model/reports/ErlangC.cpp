#include "ErlangC.h"

#include <cmath>
#include <limits>

namespace Kezek::ErlangC {

double load(double lambda, double mu)
{
    return mu > 0 ? lambda / mu : std::numeric_limits<double>::infinity();
}

double probabilityOfWaiting(int c, double a)
{
    if (a <= 0)
        return 0.0;
    if (c <= 0 || double(c) <= a)
        return 1.0;
    // Erlang B by its recursion (no factorials, stable for hundreds of windows), then C from B.
    double b = 1.0;
    for (int k = 1; k <= c; ++k)
        b = a * b / (double(k) + a * b);
    return double(c) * b / (double(c) - a * (1.0 - b));
}

double serviceLevel(int c, double lambda, double mu, double t)
{
    if (lambda <= 0)
        return 1.0;
    const double a = load(lambda, mu);
    if (c <= 0 || double(c) <= a)
        return 0.0;
    return 1.0 - probabilityOfWaiting(c, a) * std::exp(-(double(c) * mu - lambda) * t);
}

double averageWait(int c, double lambda, double mu)
{
    if (lambda <= 0)
        return 0.0;
    const double a = load(lambda, mu);
    if (c <= 0 || double(c) <= a)
        return std::numeric_limits<double>::infinity();
    return probabilityOfWaiting(c, a) / (double(c) * mu - lambda);
}

int windowsNeeded(double lambda, double mu, double t, double target, int limit)
{
    if (lambda <= 0)
        return 0;
    const double a = load(lambda, mu);
    for (int c = std::max(1, int(std::floor(a)) + 1); c <= limit; ++c) {
        if (serviceLevel(c, lambda, mu, t) >= target)
            return c;
    }
    return limit;
}

} // namespace Kezek::ErlangC
