#include "models/OutboxRules.h"

#include <QString>

#include <algorithm>

namespace OpsDesk {

OutboxDisposition outboxDisposition(int status, const QString &problemType)
{
    if (status >= 200 && status < 300)
        return OutboxDisposition::Done;
    if (status == 412)
        return OutboxDisposition::Conflict;
    if (status == 409)
        return problemType.isEmpty() || problemType == QLatin1String("idempotency-in-progress")
                   ? OutboxDisposition::Retry
                   : OutboxDisposition::Park;
    if (status == 0 || status == 401 || status == 408 || status == 425 || status == 429 ||
        status >= 500)
        return OutboxDisposition::Retry;
    return OutboxDisposition::Park;
}

qint64 outboxBackoffMs(int attempts, double unitRandom, int retryAfterSeconds, qint64 baseMs,
                       qint64 capMs)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 ceiling = std::min(capMs, baseMs << doublings);
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    const qint64 wait = ceiling / 2 + qint64(r * double(ceiling - ceiling / 2));
    return std::max(wait, retryAfterSeconds > 0 ? qint64(retryAfterSeconds) * 1000 : 0);
}

} // namespace OpsDesk
