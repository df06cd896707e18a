#include "services/finance/Reconciliation.h"

#include "services/cache/CacheDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <stdexcept>

namespace OpsDesk {

namespace {

using Kind = ExportColumnKind;
using Finance::ReconciliationOrder;
using Finance::ReconciliationTotals;

enum Sheet
{
    SummarySheet,
    OrdersSheet,
    PaymentsSheet,
    RefundsSheet,
    CouponSheet,
    CommissionsSheet,
    PayoutsSheet,
    SheetCount
};

constexpr int kProgressEvery = 500;

// A refund's money moved: approved (to be paid out) or paid out. A record
// with a local change not yet on the server counts as the server has it.
const char *const kRefundsSql =
    "INSERT OR IGNORE INTO temp.recon_refund(id, order_id, status, reason, created_at,"
    " decided_at, technician_id, amount, tech)"
    " SELECT r.id, c.id, json_extract(r.d, '$.status'), json_extract(r.d, '$.reason_text'),"
    " json_extract(r.d, '$.created_at'), json_extract(r.d, '$.decided_at'), c.technician_id,"
    " coalesce(json_extract(r.d, '$.approved_amount_cents'), 0),"
    " coalesce(json_extract(r.d, '$.technician_share_cents'), 0)"
    " FROM (SELECT id, CASE WHEN pending = 1 THEN server_doc ELSE doc END AS d FROM records"
    " WHERE collection = 'refunds') r"
    " CROSS JOIN temp.recon c ON c.id = json_extract(r.d, '$.order_id')"
    " WHERE json_extract(r.d, '$.status') IN ('approved', 'paid_out')";

// One settlement per order (the server writes one at completion); should
// there be two, the first by id counts.
const char *const kSettlementsSql =
    "INSERT OR IGNORE INTO temp.recon_settlement(order_id, id, price, commission,"
    " coupon_platform, earnings, settled_at)"
    " SELECT c.id, r.id, coalesce(json_extract(r.doc, '$.price_cents'), 0),"
    " coalesce(json_extract(r.doc, '$.commission_cents'), 0),"
    " coalesce(json_extract(r.doc, '$.coupon_cost_platform_cents'), 0),"
    " coalesce(json_extract(r.doc, '$.earnings_cents'), 0), json_extract(r.doc, '$.settled_at')"
    " FROM records r CROSS JOIN temp.recon c ON c.id = json_extract(r.doc, '$.order_id')"
    " WHERE r.collection = 'settlements' ORDER BY r.id";

class Failure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The reading side: one read-only connection, one read transaction, the
// period's orders in TEMP tables.
class Reader
{
public:
    explicit Reader(const ReconciliationRequest &request)
        : m_request(request)
    {}
    ~Reader()
    {
        if (m_cache.isOpen()) {
            QSqlQuery(m_cache.database()).exec(QStringLiteral("ROLLBACK"));
            m_cache.close();
        }
    }

    bool open(QString *error)
    {
        if (!m_request.period.isValid()) {
            *error = Reconciliation::tr("The period is not valid: its first day must not be "
                                        "after its last day.");
            return false;
        }
        QString why;
        if (!m_cache.open(m_request.cachePath, CacheDatabase::Mode::ReadOnly, &why)) {
            *error = Reconciliation::tr("The local copy of the data cannot be read: %1").arg(why);
            return false;
        }
        try {
            // A small page cache and TEMP tables on disk: memory stays flat
            // whatever the period's size (the OS caches the file anyway).
            exec(QStringLiteral("PRAGMA cache_size = -4096"));
            exec(QStringLiteral("PRAGMA temp_store = FILE"));
            exec(QStringLiteral("PRAGMA temp.cache_size = -4096"));
            exec(QStringLiteral("BEGIN"));
            select();
        } catch (const Failure &e) {
            *error = Reconciliation::tr("The local copy of the data cannot be read: %1")
                         .arg(QString::fromUtf8(e.what()));
            return false;
        }
        m_items = m_cache.serviceItemNames();
        m_technicians =
            m_cache.recordNames(QStringLiteral("technicians"), QStringLiteral("$.name"));
        return true;
    }

    QSqlQuery query(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_cache.database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw Failure(q.lastError().text().toStdString());
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            throw Failure(q.lastError().text().toStdString());
        return q;
    }

    void exec(const QString &sql, const QVariantList &values = {}) { query(sql, values); }

    qint64 count(const QString &sql)
    {
        QSqlQuery q = query(sql);
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    QString itemName(const QString &id) const { return m_items.value(id, id); }
    QString technicianName(const QString &id) const { return m_technicians.value(id); }

private:
    void select()
    {
        exec(QStringLiteral(
            "CREATE TEMP TABLE recon (rk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
            " technician_id TEXT, paid INTEGER NOT NULL, paid_at TEXT, coupon_id TEXT,"
            " refunds INTEGER NOT NULL DEFAULT 0, refunded INTEGER NOT NULL DEFAULT 0,"
            " refund_tech INTEGER NOT NULL DEFAULT 0, notes TEXT)"));
        exec(QStringLiteral(
            "CREATE TEMP TABLE recon_settlement (order_id TEXT PRIMARY KEY, id TEXT,"
            " price INTEGER, commission INTEGER, coupon_platform INTEGER, earnings INTEGER,"
            " settled_at TEXT) WITHOUT ROWID"));
        exec(QStringLiteral(
            "CREATE TEMP TABLE recon_refund (id TEXT PRIMARY KEY, order_id TEXT, status TEXT,"
            " reason TEXT, created_at TEXT, decided_at TEXT, technician_id TEXT, amount INTEGER,"
            " tech INTEGER) WITHOUT ROWID"));

        QString sql = QStringLiteral(
            "INSERT INTO temp.recon(id, technician_id, paid, paid_at, coupon_id, notes)"
            " SELECT o.id, o.technician_id, coalesce(o.paid_cents, 0),"
            " json_extract(r.doc, '$.paid_at'), json_extract(r.doc, '$.coupon_id'),"
            // Most orders have no notes: those skip parsing them.
            " CASE WHEN instr(r.doc, '\"notes\":[]') > 0 THEN NULL ELSE"
            " (SELECT group_concat(json_extract(n.value, '$.text'), char(10))"
            " FROM json_each(r.doc, '$.notes') n) END"
            " FROM orders o JOIN records r ON r.collection = 'orders' AND r.id = o.id"
            " WHERE o.created_at >= ? AND o.created_at < ?");
        QVariantList values{m_request.period.startUtc(), m_request.period.endUtc()};
        if (!m_request.city.isEmpty()) {
            sql += QStringLiteral(" AND o.city = ?");
            values.append(m_request.city);
        }
        if (!m_request.serviceItemId.isEmpty()) {
            sql += QStringLiteral(" AND o.service_item_id = ?");
            values.append(m_request.serviceItemId);
        }
        sql += QStringLiteral(" ORDER BY o.created_at, o.id");
        exec(sql, values);
        exec(QString::fromLatin1(kSettlementsSql));
        exec(QString::fromLatin1(kRefundsSql));
        exec(QStringLiteral("CREATE INDEX temp.recon_refund_order ON recon_refund(order_id)"));
        exec(QStringLiteral(
            "UPDATE temp.recon SET (refunds, refunded, refund_tech) = (SELECT COUNT(*),"
            " TOTAL(f.amount), TOTAL(f.tech) FROM temp.recon_refund f WHERE f.order_id = recon.id)"
            " WHERE id IN (SELECT order_id FROM temp.recon_refund)"));
    }

    const ReconciliationRequest &m_request;
    CacheDatabase m_cache;
    QHash<QString, QString> m_items;
    QHash<QString, QString> m_technicians;
};

QVariant text(const QVariant &value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

QVariant cents(qint64 value)
{
    return QVariant(value);
}

// A SQL TOTAL() of cents (a float; exact below 2^53).
QVariant total(const QVariant &value)
{
    return QVariant(qint64(value.toDouble()));
}

QVariant localTime(const QVariant &iso)
{
    if (iso.isNull())
        return {};
    // UTC; the cell rules turn it into the console's wall-clock time.
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QVariant(t) : QVariant(iso.toString());
}

// Writes the sheets; throws Failure for the database, returns false for the
// workbook (its error) and on cancel.
class Writer
{
public:
    Writer(Reader &reader, ExportWorkbook &book, const TableExporter::Progress &progress,
           const std::atomic_bool &cancel)
        : m_reader(reader)
        , m_book(book)
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    bool cancelled() const { return m_cancelled; }
    ReconciliationTotals totals() const { return m_totals; }
    qint64 done() const { return m_done; }

    // The progress counts the rows of the order sheet and of the refunds
    // (the other sheets are a few hundred rows of totals).
    void countRows()
    {
        m_total = m_reader.count(QStringLiteral("SELECT COUNT(*) FROM temp.recon")) +
                  m_reader.count(QStringLiteral("SELECT COUNT(*) FROM temp.recon_refund"));
        if (m_progress)
            m_progress(0, m_total);
    }

    bool orders()
    {
        QSqlQuery q = m_reader.query(QStringLiteral(
            "SELECT c.id, o.created_at, c.paid_at, o.city, o.service_item_id, o.phone_tail,"
            " c.technician_id, o.status, coalesce(o.price_cents, 0), c.coupon_id,"
            " coalesce(o.coupon_discount_cents, 0), c.paid, c.refunded, c.refund_tech, c.refunds,"
            " s.order_id IS NOT NULL, s.price, s.commission, s.coupon_platform, s.earnings,"
            " c.notes FROM temp.recon c JOIN orders o ON o.id = c.id"
            " LEFT JOIN temp.recon_settlement s ON s.order_id = c.id ORDER BY c.rk"));
        QVariantList row;
        while (q.next()) {
            ReconciliationOrder order;
            order.paidCents = q.value(11).toLongLong();
            order.refundedCents = q.value(12).toLongLong();
            order.refundsTechnicianCents = q.value(13).toLongLong();
            order.refunds = q.value(14).toLongLong();
            order.settled = q.value(15).toBool();
            order.settledPriceCents = q.value(16).toLongLong();
            order.commissionCents = q.value(17).toLongLong();
            order.couponCostPlatformCents = q.value(18).toLongLong();
            order.settlementEarningsCents = q.value(19).toLongLong();
            Finance::addOrder(&m_totals, order);
            const QVariant none;
            row = {text(q.value(0)),
                   localTime(q.value(1)),
                   localTime(q.value(2)),
                   text(q.value(3)),
                   m_reader.itemName(q.value(4).toString()),
                   text(q.value(5)),
                   text(q.value(6)),
                   text(q.value(7)),
                   cents(q.value(8).toLongLong()),
                   text(q.value(9)),
                   cents(q.value(10).toLongLong()),
                   cents(order.paidCents),
                   cents(order.refundedCents),
                   order.settled,
                   order.settled ? cents(order.commissionCents) : none,
                   order.settled ? cents(order.couponCostPlatformCents) : none,
                   order.settled ? cents(-order.couponCostTechniciansCents()) : none,
                   cents(order.platformRevenueCents()),
                   cents(order.technicianEarningsCents()),
                   text(q.value(20))};
            if (!write(OrdersSheet, row))
                return false;
        }
        return true;
    }

    // Per business day of payment (UTC+8) and city: what the payment
    // provider's daily statements are checked against.
    bool payments()
    {
        QSqlQuery q = m_reader.query(QStringLiteral(
            "SELECT date(c.paid_at, '+8 hours'), o.city, COUNT(*), TOTAL(c.paid),"
            " TOTAL(CASE WHEN s.order_id IS NULL THEN c.paid ELSE 0 END)"
            " FROM temp.recon c JOIN orders o ON o.id = c.id"
            " LEFT JOIN temp.recon_settlement s ON s.order_id = c.id WHERE c.paid <> 0"
            " GROUP BY 1, 2 ORDER BY 1, 2"));
        QVariantList row;
        while (q.next()) {
            row = {q.value(0).isNull() ? QVariant() : QVariant(q.value(0).toDate()),
                   text(q.value(1)), q.value(2).toLongLong(), total(q.value(3)), total(q.value(4))};
            if (!write(PaymentsSheet, row))
                return false;
        }
        return true;
    }

    bool refunds()
    {
        QSqlQuery q = m_reader.query(QStringLiteral(
            "SELECT f.id, f.order_id, f.status, f.reason, f.created_at, f.decided_at,"
            " f.technician_id, f.amount, f.tech FROM temp.recon_refund f"
            " JOIN temp.recon c ON c.id = f.order_id ORDER BY c.rk, f.id"));
        QVariantList row;
        while (q.next()) {
            const qint64 amount = q.value(7).toLongLong();
            const qint64 tech = q.value(8).toLongLong();
            row = {text(q.value(0)),      text(q.value(1)),      text(q.value(2)), text(q.value(3)),
                   localTime(q.value(4)), localTime(q.value(5)), text(q.value(6)), cents(amount),
                   cents(tech),           cents(amount - tech)};
            if (!write(RefundsSheet, row))
                return false;
        }
        return true;
    }

    // Per coupon: the discounts of the period's orders and who bore them.
    bool couponCost()
    {
        QSqlQuery q = m_reader.query(QStringLiteral(
            "SELECT c.coupon_id, json_extract(cp.doc, '$.name'),"
            " json_extract(cp.doc, '$.cost_bearer'), COUNT(*),"
            " TOTAL(coalesce(o.coupon_discount_cents, 0)), TOTAL(s.coupon_platform),"
            " TOTAL(s.price - s.commission - s.earnings),"
            " TOTAL(CASE WHEN s.order_id IS NULL THEN o.coupon_discount_cents ELSE 0 END)"
            " FROM temp.recon c JOIN orders o ON o.id = c.id"
            " LEFT JOIN temp.recon_settlement s ON s.order_id = c.id"
            " LEFT JOIN records cp ON cp.collection = 'coupons' AND cp.id = c.coupon_id"
            " WHERE coalesce(o.coupon_discount_cents, 0) <> 0 OR s.coupon_platform <> 0"
            " OR s.price - s.commission - s.earnings <> 0"
            " GROUP BY c.coupon_id ORDER BY c.coupon_id"));
        QVariantList row;
        while (q.next()) {
            row = {text(q.value(0)),        text(q.value(1)),  bearerText(q.value(2).toString()),
                   q.value(3).toLongLong(), total(q.value(4)), total(q.value(5)),
                   total(q.value(6)),       total(q.value(7))};
            if (!write(CouponSheet, row))
                return false;
        }
        return true;
    }

    // Per service item: the settlements' commission (the rate varies with
    // the star level and the day; the effective rate is Σ commission / Σ price).
    bool commissions()
    {
        QSqlQuery q = m_reader.query(QStringLiteral(
            "SELECT o.service_item_id, COUNT(*), TOTAL(s.price), TOTAL(s.commission),"
            " TOTAL(s.coupon_platform) FROM temp.recon c"
            " JOIN temp.recon_settlement s ON s.order_id = c.id JOIN orders o ON o.id = c.id"
            " GROUP BY 1 ORDER BY 1"));
        QVariantList row;
        while (q.next()) {
            const qint64 price = qint64(q.value(2).toDouble());
            const qint64 commission = qint64(q.value(3).toDouble());
            const qint64 platformCoupon = qint64(q.value(4).toDouble());
            const QVariant rate =
                price > 0
                    ? QVariant(QString::number(double(commission) * 100.0 / double(price), 'f', 2) +
                               QLatin1Char('%'))
                    : QVariant();
            row = {m_reader.itemName(q.value(0).toString()),
                   q.value(1).toLongLong(),
                   cents(price),
                   cents(commission),
                   rate,
                   cents(platformCoupon),
                   cents(commission - platformCoupon)};
            if (!write(CommissionsSheet, row))
                return false;
        }
        return true;
    }

    bool payouts()
    {
        QSqlQuery q = m_reader.query(QStringLiteral(
            "SELECT coalesce(c.technician_id, ''), COUNT(s.order_id), TOTAL(s.price),"
            " TOTAL(s.commission), TOTAL(s.price - s.commission - s.earnings), TOTAL(s.earnings),"
            " TOTAL(c.refund_tech) FROM temp.recon c"
            " LEFT JOIN temp.recon_settlement s ON s.order_id = c.id"
            " WHERE s.order_id IS NOT NULL OR c.refund_tech <> 0"
            " GROUP BY coalesce(c.technician_id, '') ORDER BY 1"));
        QVariantList row;
        while (q.next()) {
            const QString id = q.value(0).toString();
            // TOTAL() is a float; cents below 2^53 are exact.
            const auto sum = [&q](int i) {
                return qint64(q.value(i).toDouble());
            };
            const qint64 price = sum(2), commission = sum(3), coupon = sum(4), earnings = sum(5),
                         charged = sum(6);
            row = {id.isEmpty() ? QVariant() : QVariant(id),
                   id.isEmpty() ? QVariant() : QVariant(m_reader.technicianName(id)),
                   q.value(1).toLongLong(),
                   cents(price),
                   cents(commission),
                   cents(price - commission),
                   cents(coupon),
                   cents(earnings),
                   cents(charged),
                   cents(earnings - charged)};
            if (!write(PayoutsSheet, row))
                return false;
        }
        return true;
    }

    bool summary(const ReconciliationRequest &request)
    {
        const ReconciliationTotals &t = m_totals;
        const QString all = Reconciliation::tr("all");
        const QString period = request.period.from == request.period.to
                                   ? request.period.from.toString(Qt::ISODate)
                                   : Reconciliation::tr("%1 to %2")
                                         .arg(request.period.from.toString(Qt::ISODate),
                                              request.period.to.toString(Qt::ISODate));
        const QList<QVariantList> rows = {
            {Reconciliation::tr("Period"),
             {},
             {},
             Reconciliation::tr("%1; orders created on these days, China time (UTC+8)")
                 .arg(period)},
            {Reconciliation::tr("Scope"),
             {},
             {},
             Reconciliation::tr("City: %1; service item: %2")
                 .arg(request.city.isEmpty() ? all : request.city,
                      request.serviceItemId.isEmpty() ? all
                                                      : m_reader.itemName(request.serviceItemId))},
            {Reconciliation::tr("Orders"), {}, t.orders, Reconciliation::tr("Rows of Orders")},
            {Reconciliation::tr("Paid"), cents(t.paidCents), t.paidOrders,
             Reconciliation::tr("Σ Payments › Amount")},
            {Reconciliation::tr("Refunded"), cents(t.refundedCents), t.refunds,
             Reconciliation::tr("Σ Refunds › Amount")},
            {Reconciliation::tr("Net received"),
             cents(t.netReceivedCents()),
             {},
             Reconciliation::tr("Paid − Refunded")},
            {Reconciliation::tr("Commission"), cents(t.commissionCents), t.settledOrders,
             Reconciliation::tr("Σ Commissions › Commission")},
            {Reconciliation::tr("Coupon cost borne by the platform"),
             cents(t.couponCostPlatformCents),
             {},
             Reconciliation::tr("Σ Coupon cost › Borne by platform")},
            {Reconciliation::tr("Paid for orders not settled"),
             cents(t.unsettledPaidCents()),
             {},
             Reconciliation::tr("Σ Payments › Of which orders not settled")},
            {Reconciliation::tr("Refunds borne by the platform"),
             cents(t.refundsPlatformCents()),
             {},
             Reconciliation::tr("Σ Refunds › Platform share")},
            {Reconciliation::tr("Platform revenue"),
             cents(t.platformRevenueCents()),
             {},
             Reconciliation::tr(
                 "Commission − Coupon cost borne by the platform + Paid for orders not settled "
                 "− Refunds borne by the platform")},
            {Reconciliation::tr("Technician earnings"),
             cents(t.technicianEarningsCents()),
             {},
             Reconciliation::tr(
                 "Σ Technician payouts › Earnings before coupon cost − Σ Technician payouts › "
                 "Refunds charged")},
            {Reconciliation::tr("Coupon cost borne by technicians"),
             cents(t.couponCostTechniciansCents()),
             {},
             Reconciliation::tr("−Σ Coupon cost › Borne by technicians (a deduction)")},
            {Reconciliation::tr("Difference"),
             cents(t.differenceCents()),
             {},
             Reconciliation::tr(
                 "Net received − (Platform revenue + Technician earnings + Coupon cost borne by "
                 "technicians); 0.00 when everything reconciles")},
            {Reconciliation::tr("Technician payable"),
             cents(t.technicianPayableCents()),
             {},
             Reconciliation::tr(
                 "Technician earnings + Coupon cost borne by technicians = Σ Technician "
                 "payouts › Net payable")},
        };
        for (const QVariantList &row : rows)
            if (!write(SummarySheet, row))
                return false;
        return true;
    }

    static QString bearerText(const QString &bearer)
    {
        if (bearer == QLatin1String("technician"))
            return Reconciliation::tr("Technician");
        if (bearer == QLatin1String("platform"))
            return Reconciliation::tr("Platform");
        return bearer;
    }

private:
    bool write(int sheet, const QVariantList &row)
    {
        if (m_cancel.load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return false;
        }
        if (!m_book.writeRow(sheet, row))
            return false;
        if (++m_done % kProgressEvery == 0 && m_progress)
            m_progress(m_done, std::max(m_total, m_done));
        return true;
    }

    Reader &m_reader;
    ExportWorkbook &m_book;
    const TableExporter::Progress &m_progress;
    const std::atomic_bool &m_cancel;
    ReconciliationTotals m_totals;
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_cancelled = false;
};

} // namespace

QList<ExportSheet> Reconciliation::sheets()
{
    const auto c = [](const QString &title, Kind kind) {
        return ExportColumn{title, kind, 0};
    };
    QList<ExportSheet> s(SheetCount);
    s[SummarySheet] = {tr("Summary"),
                       QStringLiteral("summary.csv"),
                       {c(tr("Item"), Kind::Text), c(tr("Amount"), Kind::Money),
                        c(tr("Count"), Kind::Integer),
                        ExportColumn{tr("How it is computed"), Kind::Text, 60}},
                       false};
    s[OrdersSheet] = {tr("Orders"),
                      QStringLiteral("orders.csv"),
                      {c(tr("Order No."), Kind::Identifier),
                       c(tr("Created"), Kind::DateTime),
                       c(tr("Paid at"), Kind::DateTime),
                       c(tr("City"), Kind::Text),
                       c(tr("Service item"), Kind::Text),
                       c(tr("Phone tail"), Kind::Identifier),
                       c(tr("Technician No."), Kind::Identifier),
                       c(tr("Status"), Kind::Text),
                       c(tr("Price"), Kind::Money),
                       c(tr("Coupon No."), Kind::Identifier),
                       c(tr("Coupon discount"), Kind::Money),
                       c(tr("Paid"), Kind::Money),
                       c(tr("Refunded"), Kind::Money),
                       c(tr("Settled"), Kind::Bool),
                       c(tr("Commission"), Kind::Money),
                       c(tr("Coupon cost borne by platform"), Kind::Money),
                       c(tr("Coupon cost borne by technician"), Kind::Money),
                       c(tr("Platform revenue"), Kind::Money),
                       c(tr("Technician earnings"), Kind::Money),
                       ExportColumn{tr("Notes"), Kind::Text, 40}},
                      true};
    s[PaymentsSheet] = {tr("Payments"),
                        QStringLiteral("payments.csv"),
                        {c(tr("Day"), Kind::Date), c(tr("City"), Kind::Text),
                         c(tr("Payments"), Kind::Integer), c(tr("Amount"), Kind::Money),
                         c(tr("Of which orders not settled"), Kind::Money)},
                        true};
    s[RefundsSheet] = {tr("Refunds"),
                       QStringLiteral("refunds.csv"),
                       {c(tr("Refund No."), Kind::Identifier), c(tr("Order No."), Kind::Identifier),
                        c(tr("Status"), Kind::Text), ExportColumn{tr("Reason"), Kind::Text, 30},
                        c(tr("Requested"), Kind::DateTime), c(tr("Decided"), Kind::DateTime),
                        c(tr("Technician No."), Kind::Identifier), c(tr("Amount"), Kind::Money),
                        c(tr("Technician share"), Kind::Money),
                        c(tr("Platform share"), Kind::Money)},
                       true};
    s[CouponSheet] = {tr("Coupon cost"),
                      QStringLiteral("coupon-cost.csv"),
                      {c(tr("Coupon No."), Kind::Identifier), c(tr("Coupon"), Kind::Text),
                       c(tr("Cost bearer"), Kind::Text), c(tr("Orders"), Kind::Integer),
                       c(tr("Discount"), Kind::Money), c(tr("Borne by platform"), Kind::Money),
                       c(tr("Borne by technicians"), Kind::Money),
                       c(tr("Not yet settled"), Kind::Money)},
                      true};
    s[CommissionsSheet] = {tr("Commissions"),
                           QStringLiteral("commissions.csv"),
                           {c(tr("Service item"), Kind::Text),
                            c(tr("Settled orders"), Kind::Integer), c(tr("Price"), Kind::Money),
                            c(tr("Commission"), Kind::Money), c(tr("Effective rate"), Kind::Text),
                            c(tr("Coupon cost borne by platform"), Kind::Money),
                            c(tr("Platform net"), Kind::Money)},
                           true};
    s[PayoutsSheet] = {
        tr("Technician payouts"),
        QStringLiteral("technician-payouts.csv"),
        {c(tr("Technician No."), Kind::Identifier), c(tr("Technician"), Kind::Text),
         c(tr("Settled orders"), Kind::Integer), c(tr("Price"), Kind::Money),
         c(tr("Commission"), Kind::Money), c(tr("Earnings before coupon cost"), Kind::Money),
         c(tr("Coupon cost borne"), Kind::Money), c(tr("Settlement earnings"), Kind::Money),
         c(tr("Refunds charged"), Kind::Money), c(tr("Net payable"), Kind::Money)},
        true};
    return s;
}

QString Reconciliation::defaultName(const Finance::ReconciliationPeriod &period,
                                    ExportFormat format)
{
    QString name;
    const Finance::ReconciliationPeriod month =
        Finance::ReconciliationPeriod::month(period.from.year(), period.from.month());
    if (period.from == period.to)
        name = period.from.toString(Qt::ISODate);
    else if (period.from == month.from && period.to == month.to)
        name = period.from.toString(QStringLiteral("yyyy-MM"));
    else
        name =
            period.from.toString(Qt::ISODate) + QLatin1Char('_') + period.to.toString(Qt::ISODate);
    name = QStringLiteral("reconciliation-") + name;
    return format == ExportFormat::Xlsx ? name + QStringLiteral(".xlsx") : name;
}

ExportResult Reconciliation::run(const ReconciliationRequest &request,
                                 const TableExporter::Progress &progress,
                                 const std::atomic_bool &cancel, ReconciliationTotals *totals)
{
    ExportResult result;
    ExportWorkbook book(request.targetPath, request.format);
    if (!book.open(sheets())) {
        result.error = book.error();
        return result;
    }
    Reader reader(request);
    if (!reader.open(&result.error)) {
        book.discard();
        return result;
    }
    Writer writer(reader, book, progress, cancel);
    bool ok = false;
    try {
        writer.countRows();
        ok = writer.orders() && writer.payments() && writer.refunds() && writer.couponCost() &&
             writer.commissions() && writer.payouts() && writer.summary(request);
    } catch (const Failure &e) {
        book.discard();
        result.error =
            tr("The local copy of the data cannot be read: %1").arg(QString::fromUtf8(e.what()));
        return result;
    }
    result.rows = writer.done();
    if (!ok || cancel.load()) {
        book.discard();
        if (writer.cancelled() || cancel.load())
            result.cancelled = true;
        else
            result.error = book.error();
        return result;
    }
    if (!book.commit()) {
        result.error = book.error();
        return result;
    }
    if (progress)
        progress(writer.done(), writer.done());
    if (totals)
        *totals = writer.totals();
    result.ok = true;
    return result;
}

std::optional<ReconciliationTotals> Reconciliation::totals(const ReconciliationRequest &request,
                                                           QString *error)
{
    Reader reader(request);
    QString why;
    if (!reader.open(&why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    try {
        // The same per-order terms the Orders sheet adds up, summed in SQL.
        QSqlQuery q = reader.query(QStringLiteral(
            "SELECT COUNT(*), TOTAL(c.paid <> 0), TOTAL(c.refunds), TOTAL(c.paid),"
            " TOTAL(c.refunded), TOTAL(c.refund_tech), COUNT(s.order_id),"
            " TOTAL(CASE WHEN s.order_id IS NOT NULL THEN c.paid END), TOTAL(s.price),"
            " TOTAL(s.commission), TOTAL(s.coupon_platform), TOTAL(s.earnings)"
            " FROM temp.recon c LEFT JOIN temp.recon_settlement s ON s.order_id = c.id"));
        ReconciliationTotals t;
        if (q.next()) {
            const auto n = [&q](int i) {
                return qint64(q.value(i).toDouble());
            };
            t.orders = q.value(0).toLongLong();
            t.paidOrders = n(1);
            t.refunds = n(2);
            t.paidCents = n(3);
            t.refundedCents = n(4);
            t.refundsTechnicianCents = n(5);
            t.settledOrders = q.value(6).toLongLong();
            t.settledPaidCents = n(7);
            t.settledPriceCents = n(8);
            t.commissionCents = n(9);
            t.couponCostPlatformCents = n(10);
            t.settlementEarningsCents = n(11);
        }
        return t;
    } catch (const Failure &e) {
        if (error)
            *error = tr("The local copy of the data cannot be read: %1")
                         .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace OpsDesk
