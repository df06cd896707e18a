#pragma once

#include "models/dashboard/DashboardFigures.h"
#include "services/cache/CacheDatabase.h"

#include <QString>

namespace OpsDesk {

// Every figure of the dashboards, in SQL over the local cache (the `orders`
// projection's figures as small integers through their covering index
// `orders_figures`, and `record_facts` for reviews, complaints, refunds and
// coupon redemptions). The definitions follow the central server's /stats/* aggregates
// (docs/dashboards.md).
//
// Threading contract: opens its own read-only connection and belongs to the
// thread that called open() — a worker thread, so the GUI never waits.
// compute() reads the period's orders there and, meanwhile, everything else
// on a second thread with a second read-only connection of its own. WAL
// mode: reads never wait for the sync engine's writer
// (`dashboard.refresh_1m`: a year at a million orders).
class DashboardQueries
{
public:
    DashboardQueries() = default;
    bool open(const QString &cachePath, QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    // Everything; false with error() set when a query failed. Records a
    // role may not read (refunds, coupons) are simply absent from its cache,
    // so those figures are empty.
    bool compute(const Dashboard::Filter &filter, Dashboard::Figures *out);
    QString error() const { return m_error; }

private:
    QString m_path;
    CacheDatabase m_db;
    QString m_error;
};

} // namespace OpsDesk
