#pragma once

#include <QString>

namespace OpsDesk {

// What becomes of an outbox entry after the server answered (or did not).
enum class OutboxDisposition
{
    Done,     // 2xx: the server has the change; apply its record
    Conflict, // 412: the record changed meanwhile; a person decides
    Park,     // 400, 403, 404, 410, 422, a business 409 and other refusals
    Retry,    // no answer, 401 (until signed in again), 408, 409 "idempotency-in-progress",
              // 425, 429, 5xx
};

// `status` 0 means no usable answer (network error, timeout, a body that was
// cut off): the same Idempotency-Key is tried again. `problemType` is the
// last segment of a problem+json type: a 409 is only worth retrying while
// the same key is still executing; a 409 "state-conflict" (the order is
// already assigned, say) is a refusal a person must look at.
OutboxDisposition outboxDisposition(int status, const QString &problemType = {});

// Exponential backoff with jitter: the n-th failed attempt (n ≥ 1) waits
// between half and all of min(cap, base · 2^(n−1)); `unitRandom` ∈ [0, 1)
// picks where. A Retry-After from the server is a floor.
qint64 outboxBackoffMs(int attempts, double unitRandom, int retryAfterSeconds = -1,
                       qint64 baseMs = 1000, qint64 capMs = 5 * 60 * 1000);

} // namespace OpsDesk
