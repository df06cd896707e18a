#pragma once

#include <QJsonObject>

namespace OpsDesk::Server {

// Fault injection for tests and demos (PUT /api/v1/admin/faults). Only a
// server started with --demo or --test-faults accepts it.
struct Faults
{
    int latencyMs = 0;        // added before every request is handled
    double errorRate = 0;     // share of requests answered 503 (health and admin excepted)
    int errorStatus = 503;    // ... or 429 (rate limited); both with Retry-After: 1
    int dropAfterCommit = 0;  // the next N commands commit, then lose their connection
    int slowBodyMs = 0;       // response bodies trickle out over this time
    int truncateJsonNext = 0; // the next N JSON bodies are cut in half

    QJsonObject toJson() const;
};

} // namespace OpsDesk::Server
