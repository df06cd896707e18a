#pragma once

#include "services/cache/CacheDatabase.h"

#include <QDateTime>
#include <QString>

namespace OpsDesk {

// What the notifications panel watches in the cache: paid orders waiting for
// dispatch, those that came in since the last look, and those waiting longer
// than the dispatch timeout. Reads through its own read-only connection.
class OrderAlerts
{
public:
    struct Counts
    {
        int awaitingDispatch = 0;
        int newSinceLastCheck = 0;
        int dispatchTimeouts = 0;
    };

    explicit OrderAlerts(QString cachePath);

    // `now` and the timeout decide what counts as waiting too long.
    Counts check(const QDateTime &now, int dispatchTimeoutMinutes);

private:
    QString m_cachePath;
    CacheDatabase m_cache;
    QString m_lastCreated; // the newest created_at seen waiting so far
};

} // namespace OpsDesk
