#include "IdleTime.h"

#include <algorithm>
#include <vector>

namespace Kezek {

namespace {

struct Segment
{
    qint64 start = 0;
    qint64 end = 0;
    int key = 0;                 // service (waiting) or window (busy)
    std::optional<int> operatorId; // busy: who called
};

bool leavesWindow(const QString &action)
{
    return action == QLatin1String("finish") || action == QLatin1String("no_show")
        || action == QLatin1String("transfer") || action == QLatin1String("postpone")
        || action == QLatin1String("cancel");
}

} // namespace

IdleTime::Output IdleTime::compute(const Input &in)
{
    std::vector<Segment> waiting;
    std::vector<Segment> busy;

    // One pass over each ticket's events: when it waited, and when it stood at which window.
    for (qsizetype i = 0; i < in.events.size();) {
        const qint64 ticket = in.events.at(i).ticketId;
        // A plain flag and time rather than std::optional: GCC 12 at -O3 reports the optional's value as
        // maybe-uninitialized here (a false positive that -Werror turns into a failed build).
        bool isWaiting = false;
        qint64 waitingSince = 0;
        std::optional<Segment> atWindow;
        int service = in.events.at(i).serviceId;
        for (; i < in.events.size() && in.events.at(i).ticketId == ticket; ++i) {
            const TicketEvent &e = in.events.at(i);
            service = e.serviceId;
            const QString &a = e.action;
            if (a == QLatin1String("issue") || a == QLatin1String("checkin") || a == QLatin1String("transfer")) {
                if (!isWaiting) {
                    isWaiting = true;
                    waitingSince = e.at;
                }
            } else if (a == QLatin1String("call") || a == QLatin1String("cancel")
                       || a == QLatin1String("postpone")) {
                if (isWaiting && a != QLatin1String("postpone"))
                    waiting.push_back({waitingSince, e.at, service, {}});
                isWaiting = false;
            }
            if (a == QLatin1String("call") && e.windowId && !atWindow) {
                atWindow = Segment{e.at, e.at, *e.windowId, e.operatorId};
            } else if (atWindow && leavesWindow(a)) {
                atWindow->end = e.at;
                busy.push_back(*atWindow);
                atWindow.reset();
            }
        }
        if (isWaiting)
            waiting.push_back({waitingSince, in.to, service, {}});
        if (atWindow) {
            atWindow->end = in.to;
            busy.push_back(*atWindow);
        }
    }

    Output out;
    for (auto it = in.windowServices.cbegin(); it != in.windowServices.cend(); ++it) {
        const int window = it.key();
        const QList<int> &services = it.value();

        // A point where something changes: +1/-1 on a service's waiting count, on the window's busy count, or
        // the window opening or closing.
        struct Point
        {
            qint64 at;
            enum Kind { Wait, Busy, Open } kind;
            int delta; // Wait, Busy: +1/-1; Open: 1 open, 0 not
            int service;
            std::optional<int> operatorId;
        };
        std::vector<Point> points;
        qint64 spanStart = in.to;
        qint64 spanEnd = in.from;
        std::optional<int> firstOperator;
        qint64 firstCall = in.to;
        for (const Segment &s : busy) {
            if (s.key != window)
                continue;
            points.push_back({s.start, Point::Busy, +1, 0, s.operatorId});
            points.push_back({s.end, Point::Busy, -1, 0, {}});
            spanStart = std::min(spanStart, s.start);
            spanEnd = std::max(spanEnd, s.end);
            if (s.start < firstCall) {
                firstCall = s.start;
                firstOperator = s.operatorId;
            }
        }
        if (spanStart >= spanEnd)
            continue; // did not work that day
        for (const Segment &s : waiting) {
            if (s.end > s.start && services.contains(s.key)) {
                points.push_back({s.start, Point::Wait, +1, s.key, {}});
                points.push_back({s.end, Point::Wait, -1, s.key, {}});
            }
        }
        for (const StateChange &c : in.stateChanges.value(window))
            points.push_back({c.at, Point::Open, c.open ? 1 : 0, 0, {}});
        std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.at < b.at; });

        QHash<int, int> waitingFor;
        int waitingTotal = 0;
        int busyCount = 0;
        bool open = in.openAtStart.value(window, true);
        std::optional<int> currentOperator = firstOperator;
        qint64 previous = in.from;
        const auto account = [&](qint64 until) {
            const qint64 a = std::max(previous, spanStart);
            const qint64 b = std::min(until, spanEnd);
            if (b <= a || !open || busyCount > 0 || waitingTotal <= 0)
                return;
            out.byWindow[window] += b - a;
            if (currentOperator)
                out.byOperator[*currentOperator] += b - a;
            for (auto w = waitingFor.cbegin(); w != waitingFor.cend(); ++w) {
                if (w.value() > 0)
                    out.byService[w.key()] += b - a;
            }
        };
        for (const Point &p : points) {
            account(p.at);
            previous = std::max(previous, p.at);
            switch (p.kind) {
            case Point::Wait:
                waitingFor[p.service] += p.delta;
                waitingTotal += p.delta;
                break;
            case Point::Busy:
                busyCount += p.delta;
                if (p.delta > 0 && p.operatorId)
                    currentOperator = p.operatorId;
                break;
            case Point::Open:
                open = p.delta == 1;
                break;
            }
        }
        account(in.to);
    }
    return out;
}

} // namespace Kezek
