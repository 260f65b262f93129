#pragma once

namespace Kezek::ErlangC {

// The M/M/c queue (Poisson arrivals at rate lambda, exponential service at rate mu per window, c windows,
// first come first served), in any one time unit for lambda and mu and the same unit for t. docs/FORECAST.md
// has the formulas and a worked example.

// The offered load A = lambda / mu, in Erlangs.
double load(double lambda, double mu);
// C(c, A): the probability that an arriving citizen has to wait at all; 1 when c <= A (the queue grows).
double probabilityOfWaiting(int c, double load);
// P(W <= t) = 1 - C(c, A) * e^{-(c mu - lambda) t}; 0 when c <= A.
double serviceLevel(int c, double lambda, double mu, double t);
// The mean wait E[W] = C(c, A) / (c mu - lambda); infinite when c <= A.
double averageWait(int c, double lambda, double mu);
// The smallest c with serviceLevel(c) >= target (0 < target < 1); 0 when nobody comes; at most `limit`.
int windowsNeeded(double lambda, double mu, double t, double target, int limit = 500);

} // namespace Kezek::ErlangC
