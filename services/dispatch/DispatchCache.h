#pragma once

#include "models/dispatch/CandidateRanking.h"
#include "services/cache/CacheDatabase.h"

#include <QJsonObject>

#include <vector>

namespace OpsDesk {

// An order as the dispatch queue and map show it.
struct DispatchOrder
{
    OrderNeed need;
    QString status;
    QString serviceItemName;
    QString customerName;
    QString technicianId;
    qint64 statusSince = 0; // when it entered its status (the last history entry)
    bool pending = false;
};

// What the dispatch workspace reads from the local cache: the queue of
// orders awaiting dispatch (most urgent first), the open orders for the map,
// and the technicians with their open jobs as ranking profiles.
//
// Technicians are parsed again only when their record's version or pending
// flag changed since the last call.
//
// Threading contract: GUI thread; its own read-only connection (WAL: never
// waits for the sync engine's writer).
class DispatchCache
{
public:
    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    // Awaiting dispatch, earliest appointment first.
    std::vector<DispatchOrder> queue();
    // Awaiting dispatch and under way (assigned … in service).
    std::vector<DispatchOrder> openOrders();
    // Every technician of the cache with the jobs they hold.
    std::vector<TechnicianProfile> technicians();
    QJsonObject order(const QString &id);

private:
    // One technician record as a ranking profile (position: the last
    // reported, else home; working hours "H:mm" with defaults 08:00–20:00;
    // absences from `absences` [{start, end, reason}]).
    static TechnicianProfile profileFromRecord(const QJsonObject &doc);
    std::vector<DispatchOrder> orders(const QString &where);
    CacheDatabase m_db;
    QHash<QString, QString> m_itemNames;
    // Parsed technician records by id, with the version and pending flag
    // they were parsed at.
    struct KnownProfile
    {
        qint64 version = 0;
        int pending = 0;
        TechnicianProfile profile;
    };
    QHash<QString, KnownProfile> m_profiles;
};

} // namespace OpsDesk
