#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace OpsDesk {

class SqlStatement;

// The numbers the orders projection gives to what the dashboards group by
// (cache step 8): a cell — city, district, service item, customer type — in
// `figure_cells`, and customers, technicians and coupons in `figure_keys`.
// A number is given once and never changes, so the dashboards compare and
// count integers instead of text. Used by CacheRecords on the writer's
// thread, inside its transactions.
class FigureKeys
{
public:
    enum class Kind
    {
        Customer = 1,
        Technician = 2,
        Coupon = 3,
    };

    explicit FigureKeys(const QSqlDatabase &db);
    ~FigureKeys();

    // The number of a key, given now when it has none; 0 for an empty key.
    // Customers are not remembered here (there are hundreds of thousands:
    // the caller keeps them with what else it knows of each customer).
    qint64 key(Kind kind, QByteArrayView key);
    qint64 cell(QByteArrayView city, QByteArrayView district, QByteArrayView serviceItemId,
                QByteArrayView customerType);

    // After a rolled-back transaction: numbers given within it are gone
    // from the tables, so none is remembered.
    void forget();

private:
    qint64 lookUp(Kind kind, QByteArrayView key);

    QHash<QByteArray, qint64> m_cells, m_keys;
    std::unique_ptr<SqlStatement> m_findKey, m_addKey, m_findCell, m_addCell;
};

} // namespace OpsDesk
