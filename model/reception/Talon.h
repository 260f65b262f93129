#pragma once

#include "domain/WaitEstimator.h"

#include <QString>

#include <optional>

namespace Kezek {

struct Service;
struct Ticket;

// What a printed ticket (talon) says: number, service in Kazakh and Russian, time, people ahead and the
// expected wait. No name and no IIN: the slip is left lying about.
struct Talon
{
    QString centerName;
    QString number;
    QString serviceKk;
    QString serviceRu;
    qint64 issuedAt = 0;
    std::optional<qint64> slotStart; // booked citizens: their slot
    std::optional<WaitEstimate> estimate;

    static Talon make(const QString &centerName, const Ticket &ticket, const Service &service,
                      const std::optional<WaitEstimate> &estimate);
};

} // namespace Kezek
