#pragma once

#include "models/geo/GeoTypes.h"
#include "models/orders/OrderRowSource.h"
#include "services/cache/CacheDatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace OpsDesk {

// The orders of the local cache as the orders workspace reads them: the
// table's rows (filtered and sorted in SQL on the `orders` projection and its
// indexes, free text through the `orders_fts` trigram index), counts, the
// names of service items and technicians, and one order's full record with
// its refunds and complaints.
//
// Threading contract: opens its own read-only connection to the cache file
// and belongs to the thread that called open() (the GUI thread). WAL mode:
// reads never wait for the sync engine's writer.
class OrderCache : public OrderRowSource
{
public:
    OrderCache() = default;
    // Whether open() reads the names of service items, technicians and staff
    // (a reader that only counts and locates orders skips them).
    enum class Names
    {
        Load,
        Skip
    };
    // Until open() succeeds (the first sync has not created the file yet)
    // every read answers "nothing".
    bool open(const QString &cachePath, QString *error, Names names = Names::Load);
    // Reloads the names of service items, technicians and staff.
    void reloadNames();

    qint64 count(const OrderFilter &filter) override;
    QList<OrderRow> rows(const OrderFilter &filter, const OrderSort &sort, qint64 offset,
                         int limit) override;
    QHash<QString, qint64> statusCounts(const OrderFilter &filter) override;
    // Where the matching orders are (WGS-84), those with a position only: the
    // hot-area heat map's points; *matching (when given) counts every
    // matching order, with a position or not (= count()). One forward-only
    // query on the filter's indexes; the same WHERE as count() and rows(),
    // so a drill-down shows exactly these orders.
    std::vector<GeoPoint> positions(const OrderFilter &filter, qint64 *matching = nullptr);

    // Every matching row in `sort` order through one forward-only query (an
    // export of a million rows without OFFSET windows): startRows() once,
    // then nextRow() until it returns false; streamError() is empty when the
    // end was reached.
    bool startRows(const OrderFilter &filter, const OrderSort &sort);
    bool nextRow(OrderRow *row);
    QString streamError() const { return m_streamError; }

    // (id, name) pairs sorted by name, for the filter pickers.
    QList<QPair<QString, QString>> serviceItems() const;
    QList<QPair<QString, QString>> technicians() const;
    // City ids that have cached orders, and the districts of one city.
    QStringList cities();
    QStringList districts(const QString &city);

    QString serviceItemName(const QString &id) const { return m_items.value(id, id); }
    QString technicianName(const QString &id) const { return m_technicians.value(id, id); }
    QString staffName(const QString &id) const { return m_staff.value(id, id); }

    // The cached record of a collection (the local look while pending).
    QJsonObject record(const QString &collection, const QString &id);
    bool isPending(const QString &collection, const QString &id);
    // Records of `collection` whose doc.order_id is `orderId`.
    QList<QJsonObject> recordsOfOrder(const QString &collection, const QString &orderId);

private:
    struct Where
    {
        QString sql; // " WHERE …" or empty
        QVariantList values;
    };
    Where where(const OrderFilter &filter) const;
    // Prepares and runs the row query; `window` adds LIMIT/OFFSET.
    bool execRows(QSqlQuery &query, const OrderFilter &filter, const OrderSort &sort, bool window,
                  qint64 offset, int limit);
    OrderRow readRow(const QSqlQuery &query) const;
    // The distinct values of an indexed column in order, one index probe per
    // value: `sql` selects min(column) above the last value (bound last,
    // after `fixed`).
    QStringList distinctValues(const QString &sql, const QVariantList &fixed);

    CacheDatabase m_db;
    QHash<QString, QString> m_items;
    QHash<QString, QString> m_technicians;
    QHash<QString, QString> m_staff;
    std::optional<QSqlQuery> m_stream; // before m_db closes: declared after it
    QString m_streamError;
};

} // namespace OpsDesk
