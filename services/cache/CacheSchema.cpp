#include "services/cache/CacheSchema.h"

namespace OpsDesk::CacheSchema {

namespace {

QStringList ordersIndexesOfStep4()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_status ON orders(status, created_at)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS orders_city ON orders(city, district, created_at)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS orders_item ON orders(service_item_id, created_at)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS orders_type ON orders(customer_type, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_created ON orders(created_at)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS orders_appointment ON orders(appointment_start)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_technician ON orders(technician_id,"
                       " appointment_start)"),
    };
}

QStringList ordersIndexesOfStep5()
{
    // The partial indexes' WHERE clauses are the terms OrderCache writes, so
    // SQLite can use them.
    return {
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS orders_city_created ON orders(city, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_status_appointment ON orders(status,"
                       " appointment_start)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_complaint ON orders(created_at)"
                       " WHERE has_complaint = 1"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_refund ON orders(created_at)"
                       " WHERE has_refund = 1"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_open ON orders(appointment_end)"
                       " WHERE status NOT IN ('completed', 'cancelled')"),
    };
}

// Step 7's covering index of the dashboards (dropped by step 8: the figures
// read orders_figures since).
QString dashboardIndexOfStep7()
{
    return QStringLiteral(
        "CREATE INDEX IF NOT EXISTS orders_dashboard ON orders(created_at, city, district,"
        " service_item_id, customer_type, status, customer_id, technician_id, paid_at,"
        " dispatched_at, completed_at, paid_cents, refunded_cents, coupon_id,"
        " coupon_discount_cents, rating, arrived_at, appointment_end, started_at, "
        "cancelled_at)");
}

QStringList ordersIndexesOfStep7()
{
    // A customer's first order is one probe; a coupon's orders one range.
    return {
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS orders_customer ON orders(customer_id, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_coupon ON orders(coupon_id, created_at)"
                       " WHERE coupon_id IS NOT NULL"),
    };
}

QStringList ordersIndexesOfStep8()
{
    // The dashboards' pass over a period: small integers only, in business
    // day order (covering: no table row is visited).
    // And the KPI tiles' "24 hours before": orders by when they were closed
    // (completed or cancelled, whichever came first; '9' while open), so the
    // ones still open at a moment are one range.
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS orders_figures ON orders(fig_day, fig_cell,"
                           " fig_customer, fig_technician, fig_flags, fig_net, fig_coupon,"
                           " coupon_discount_cents, rating)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS orders_closing ON orders(min(coalesce("
                           "completed_at, '9'), coalesce(cancelled_at, '9')), created_at)")};
}

// The first time an order entered `status`, from its history.
QString firstStatusAt(const char *status)
{
    return QStringLiteral("(SELECT min(json_extract(h.value, '$.at')) FROM json_each(r.doc,"
                          " '$.status_history') h WHERE json_extract(h.value, '$.status') = '") +
           QLatin1String(status) + QStringLiteral("')");
}

// Reviews, complaints, refunds and coupon redemptions in narrow rows for the
// dashboards, kept in step with `records` by triggers (every path that
// writes a record — pulls, local looks, settles, reverts, deletes — goes
// through the table).
QString recordFactsValues(const char *row)
{
    const QString r = QLatin1String(row);
    const auto field = [&r](const char *path) -> QString {
        return QStringLiteral("json_extract(") + r + QStringLiteral(".doc, '$.") +
               QLatin1String(path) + QStringLiteral("')");
    };
    return r + QStringLiteral(".collection, ") + r + QStringLiteral(".id, ") + field("order_id") +
           QStringLiteral(", CASE ") + r + QStringLiteral(".collection WHEN 'redemptions' THEN ") +
           field("issued_at") + QStringLiteral(" ELSE ") + field("created_at") +
           QStringLiteral(" END, ") + field("rating") + QStringLiteral(", ") + field("status") +
           QStringLiteral(", ") + field("amount_requested_cents") + QStringLiteral(", ") +
           field("approved_amount_cents") + QStringLiteral(", ") + field("reason_code") +
           QStringLiteral(", ") + field("decided_at") + QStringLiteral(", ") + field("coupon_id") +
           QStringLiteral(", ") + field("customer_id") + QStringLiteral(", ") + r +
           QStringLiteral(".city");
}

// The collections with a technician index (step 6) and with record facts
// (step 7).
constexpr const char *technicianCollections[] = {"settlements", "withdrawals", "refunds"};
constexpr const char *factsCollections[] = {"reviews", "complaints", "refunds", "redemptions"};

QString technicianIndexName(QLatin1String collection)
{
    return QStringLiteral("records_%1_technician").arg(collection);
}

QString technicianIndex(QLatin1String collection)
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON records(json_extract(doc, "
                          "'$.technician_id')) WHERE collection = '%2'")
        .arg(technicianIndexName(collection), collection);
}

QString recordFactsColumns()
{
    return QStringLiteral("collection, id, order_id, at, rating, status, amount_cents,"
                          " approved_cents, reason, decided_at, coupon_id, customer_id, city");
}

QString factsKinds()
{
    return QStringLiteral("('reviews', 'complaints', 'refunds', 'redemptions')");
}

// The triggers that keep record_facts in step with `records` (step 7).
QStringList factsTriggers()
{
    const QString kinds = factsKinds();
    // Delete and insert: a trigger's own conflict clause (OR REPLACE) would
    // give way to the one of the statement that fired it.
    const QString replaceFacts =
        QStringLiteral("DELETE FROM record_facts WHERE collection = new.collection AND id = "
                       "new.id; INSERT INTO record_facts(") +
        recordFactsColumns() + QStringLiteral(") VALUES(") + recordFactsValues("new") +
        QStringLiteral(");");
    return {
        QStringLiteral("CREATE TRIGGER record_facts_insert AFTER INSERT ON records WHEN"
                       " new.collection IN ") +
            kinds + QStringLiteral(" BEGIN ") + replaceFacts + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER record_facts_update AFTER UPDATE OF doc ON records WHEN"
                       " new.collection IN ") +
            kinds + QStringLiteral(" BEGIN ") + replaceFacts + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER record_facts_delete AFTER DELETE ON records WHEN"
                       " old.collection IN ") +
            kinds +
            QStringLiteral(" BEGIN DELETE FROM record_facts WHERE collection = old.collection AND"
                           " id = old.id; END"),
    };
}

const char *const factsTriggerNames[] = {"record_facts_insert", "record_facts_update",
                                         "record_facts_delete"};

QStringList stepSeven()
{
    const QString factsColumns = recordFactsColumns();
    const QString kinds = factsKinds();
    QStringList step{
        QStringLiteral("ALTER TABLE orders ADD COLUMN paid_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN dispatched_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN arrived_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN started_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN completed_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN cancelled_at TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN coupon_id TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN rating INTEGER"),
        QStringLiteral("UPDATE orders SET paid_at = nullif(json_extract(r.doc, '$.paid_at'), ''),"
                       " dispatched_at = ") +
            firstStatusAt("assigned") + QStringLiteral(", arrived_at = ") +
            firstStatusAt("arrived") + QStringLiteral(", started_at = ") +
            firstStatusAt("in_service") + QStringLiteral(", completed_at = ") +
            firstStatusAt("completed") + QStringLiteral(", cancelled_at = ") +
            firstStatusAt("cancelled") +
            QStringLiteral(", coupon_id = nullif(json_extract(r.doc, '$.coupon_id'), ''),"
                           " rating = json_extract(r.doc, '$.rating')"
                           " FROM (SELECT id, doc FROM records WHERE collection = 'orders') r"
                           " WHERE r.id = orders.id"),
        QStringLiteral("CREATE TABLE record_facts (collection TEXT NOT NULL, id TEXT NOT NULL,"
                       " order_id TEXT, at TEXT, rating INTEGER, status TEXT,"
                       " amount_cents INTEGER, approved_cents INTEGER, reason TEXT,"
                       " decided_at TEXT, coupon_id TEXT, customer_id TEXT, city TEXT,"
                       " PRIMARY KEY (collection, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX record_facts_at ON record_facts(collection, at, order_id,"
                       " rating, status, amount_cents, approved_cents, reason, coupon_id, city)"),
        QStringLiteral("CREATE INDEX record_facts_order ON record_facts(order_id)"),
        QStringLiteral("INSERT INTO record_facts(") + factsColumns + QStringLiteral(") SELECT ") +
            recordFactsValues("r") + QStringLiteral(" FROM records r WHERE r.collection IN ") +
            kinds,
    };
    return step + factsTriggers() + QStringList{dashboardIndexOfStep7()} + ordersIndexesOfStep7() +
           analyze();
}

// An id of figure_keys by kind and text (1 customer, 2 technician, 3 coupon).
QString figureKey(int kind, const char *column)
{
    return QStringLiteral("(SELECT k.id FROM figure_keys k WHERE k.kind = %1 AND k.key = "
                          "orders.%2)")
        .arg(kind)
        .arg(QLatin1String(column));
}

QStringList stepEight()
{
    QStringList step{
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_day INTEGER"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_cell INTEGER"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_customer INTEGER"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_technician INTEGER"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_coupon INTEGER"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_flags INTEGER"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN fig_net INTEGER"),
        QStringLiteral("CREATE TABLE figure_cells (id INTEGER PRIMARY KEY, city TEXT NOT NULL,"
                       " district TEXT NOT NULL, service_item_id TEXT NOT NULL,"
                       " customer_type TEXT NOT NULL,"
                       " UNIQUE (city, district, service_item_id, customer_type))"),
        QStringLiteral("CREATE TABLE figure_keys (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL,"
                       " key TEXT NOT NULL, UNIQUE (kind, key))"),
        QStringLiteral("INSERT OR IGNORE INTO figure_cells(city, district, service_item_id,"
                       " customer_type) SELECT DISTINCT coalesce(city, ''), coalesce(district,"
                       " ''), coalesce(service_item_id, ''), coalesce(customer_type, '') FROM"
                       " orders"),
        QStringLiteral("INSERT OR IGNORE INTO figure_keys(kind, key) SELECT DISTINCT 1,"
                       " customer_id FROM orders WHERE customer_id != ''"),
        QStringLiteral("INSERT OR IGNORE INTO figure_keys(kind, key) SELECT DISTINCT 2,"
                       " technician_id FROM orders WHERE technician_id != ''"),
        QStringLiteral("INSERT OR IGNORE INTO figure_keys(kind, key) SELECT DISTINCT 3,"
                       " coupon_id FROM orders WHERE coupon_id != ''"),
        // As CacheRecords projects them (Dashboard::businessJulianDay and
        // Dashboard::orderFlags).
        QStringLiteral("UPDATE orders SET fig_day = CAST(julianday(created_at, '+8 hours') +"
                       " 0.5 AS INTEGER), fig_cell = (SELECT c.id FROM figure_cells c WHERE"
                       " c.city = coalesce(orders.city, '') AND c.district ="
                       " coalesce(orders.district, '') AND c.service_item_id ="
                       " coalesce(orders.service_item_id, '') AND c.customer_type ="
                       " coalesce(orders.customer_type, '')), fig_customer = ") +
            figureKey(1, "customer_id") + QStringLiteral(", fig_technician = ") +
            figureKey(2, "technician_id") + QStringLiteral(", fig_coupon = ") +
            figureKey(3, "coupon_id") +
            QStringLiteral(", fig_flags = (paid_at IS NOT NULL) | ((dispatched_at IS NOT NULL)"
                           " << 1) | ((completed_at IS NOT NULL OR status = 'completed') << 2) |"
                           " (coalesce(arrived_at <= appointment_end, 0) << 3), fig_net ="
                           " coalesce(paid_cents, 0) - coalesce(refunded_cents, 0)"),
    };
    // Twenty columns of a million orders, rebuilt after every first sync:
    // no longer read.
    step.append(QStringLiteral("DROP INDEX IF EXISTS orders_dashboard"));
    return step + ordersIndexesOfStep8() + analyze();
}

} // namespace

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{
        // 1: every synced record, the sync cursors, the outbox.
        {
            QStringLiteral("CREATE TABLE records (collection TEXT NOT NULL, id TEXT NOT NULL,"
                           " version INTEGER NOT NULL, city TEXT, doc TEXT NOT NULL,"
                           " pending INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (collection, id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE sync_state (collection TEXT PRIMARY KEY,"
                           " cursor TEXT, pass_complete INTEGER NOT NULL DEFAULT 0,"
                           " last_synced_at TEXT)"),
            QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " op_id TEXT UNIQUE NOT NULL, collection TEXT NOT NULL,"
                           " record_id TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,"
                           " body TEXT NOT NULL, base_version INTEGER NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL"
                           " DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT, created_at TEXT NOT NULL, summary TEXT)"),
            QStringLiteral("CREATE INDEX outbox_by_record ON outbox(collection, record_id, seq)"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        },
        // 2: orders projected into columns the screens filter and sort on,
        // with full-text search.
        {
            QStringLiteral(
                "CREATE TABLE orders (id TEXT PRIMARY KEY, status TEXT NOT NULL, city TEXT,"
                " district TEXT, service_item_id TEXT, customer_id TEXT, customer_type TEXT,"
                " technician_id TEXT, created_at TEXT, appointment_start TEXT,"
                " appointment_end TEXT, price_cents INTEGER, paid_cents INTEGER,"
                " refunded_cents INTEGER, coupon_discount_cents INTEGER,"
                " has_refund INTEGER NOT NULL DEFAULT 0, has_complaint INTEGER NOT NULL"
                " DEFAULT 0, lat REAL, lng REAL, address TEXT, customer_name TEXT,"
                " phone_tail TEXT) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX orders_status ON orders(status, created_at)"),
            QStringLiteral("CREATE INDEX orders_city ON orders(city, district, created_at)"),
            QStringLiteral("CREATE INDEX orders_item ON orders(service_item_id, created_at)"),
            QStringLiteral("CREATE INDEX orders_type ON orders(customer_type, created_at)"),
            QStringLiteral("CREATE INDEX orders_created ON orders(created_at)"),
            QStringLiteral("CREATE INDEX orders_appointment ON orders(appointment_start)"),
            QStringLiteral("CREATE INDEX orders_technician ON orders(technician_id,"
                           " appointment_start)"),
            QStringLiteral("CREATE VIRTUAL TABLE orders_fts USING fts5(order_id, address,"
                           " customer_name, phone_tail, notes, tokenize = 'trigram')"),
        },
        // 3: full passes are authoritative: rows a pass did not see are gone.
        {
            QStringLiteral("ALTER TABLE records ADD COLUMN seen_pass INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN pass_id INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN full_pass INTEGER NOT NULL"
                           " DEFAULT 0"),
        },
        // 4: the outbox's outcomes, the server's record beside a pending local
        // change, and the orders projection keyed by an integer the full-text
        // index shares (deleting an order's text is then a key lookup).
        {
            QStringLiteral("ALTER TABLE records ADD COLUMN server_doc TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN server_record TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN http_status INTEGER"),
            QStringLiteral("CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at)"),
            QStringLiteral("DROP TABLE orders_fts"),
            QStringLiteral("DROP TABLE orders"),
            QStringLiteral(
                "CREATE TABLE orders (rk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                " status TEXT NOT NULL, city TEXT, district TEXT, service_item_id TEXT,"
                " customer_id TEXT, customer_type TEXT, technician_id TEXT, created_at TEXT,"
                " appointment_start TEXT, appointment_end TEXT, price_cents INTEGER,"
                " paid_cents INTEGER, refunded_cents INTEGER, coupon_discount_cents INTEGER,"
                " has_refund INTEGER NOT NULL DEFAULT 0, has_complaint INTEGER NOT NULL"
                " DEFAULT 0, lat REAL, lng REAL, address TEXT, customer_name TEXT,"
                " phone_tail TEXT, pending INTEGER NOT NULL DEFAULT 0)"),
            // (the indexes follow below, from ordersIndexes())
            // rowid = orders.rk
            QStringLiteral("CREATE VIRTUAL TABLE orders_fts USING fts5(order_id, address,"
                           " customer_name, phone_tail, notes, tokenize = 'trigram')"),
            QStringLiteral(
                "INSERT INTO orders(id, status, city, district, service_item_id, customer_id,"
                " customer_type, technician_id, created_at, appointment_start, appointment_end,"
                " price_cents, paid_cents, refunded_cents, coupon_discount_cents, has_refund,"
                " has_complaint, lat, lng, address, customer_name, phone_tail, pending)"
                " SELECT r.id, coalesce(json_extract(r.doc, '$.status'), ''), json_extract(r.doc, "
                "'$.city'),"
                " json_extract(r.doc, '$.district'), json_extract(r.doc, '$.service_item_id'),"
                " json_extract(r.doc, '$.customer_id'), json_extract(r.doc, '$.customer_type'),"
                " json_extract(r.doc, '$.technician_id'), json_extract(r.doc, '$.created_at'),"
                " json_extract(r.doc, '$.appointment_start'),"
                " json_extract(r.doc, '$.appointment_end'), json_extract(r.doc, '$.price_cents'),"
                " json_extract(r.doc, '$.paid_cents'), json_extract(r.doc, '$.refunded_cents'),"
                " json_extract(r.doc, '$.coupon_discount_cents'),"
                " coalesce(json_extract(r.doc, '$.has_refund'), 0),"
                " coalesce(json_extract(r.doc, '$.has_complaint'), 0),"
                " json_extract(r.doc, '$.lat'), json_extract(r.doc, '$.lng'),"
                " json_extract(r.doc, '$.address'), json_extract(c.doc, '$.name'),"
                " substr(json_extract(c.doc, '$.phone'), -4), r.pending"
                " FROM records r LEFT JOIN records c ON c.collection = 'customers'"
                " AND c.id = json_extract(r.doc, '$.customer_id')"
                " WHERE r.collection = 'orders'"),
        },
    };
    static const QList<QStringList> withIndexes = [] {
        QList<QStringList> all = steps;
        all[3] += ordersIndexesOfStep4();
        all[3] += rebuildOrdersText();
        // 5: indexes for the filters that scanned (city alone sorted by
        // creation, complaint, refund, overdue, status with an appointment
        // range), then statistics so that the planner picks among them.
        all.append(ordersIndexesOfStep5() + analyze());
        // 6: a technician's settlements, withdrawals and refunds (the
        // settlement page's ledger and balances) without reading the whole
        // collection: partial indexes on the document's technician_id.
        QStringList technicianIndexes;
        for (const char *collection : technicianCollections)
            technicianIndexes.append(technicianIndex(QLatin1String(collection)));
        all.append(technicianIndexes + analyze());
        // 7: the dashboards' columns (when an order was paid, dispatched,
        // reached, started, completed or cancelled; its coupon and rating),
        // their covering index, and reviews, complaints, refunds and
        // redemptions as narrow rows (record_facts).
        all.append(stepSeven());
        // 8: the dashboards' figures of each order as small integers (its
        // business day, its cell — city, district, service item, customer
        // type — its customer, technician and coupon by number, what it
        // reached as bits, its net amount) with their covering index: a
        // year is read several times faster than through orders_dashboard's
        // text.
        all.append(stepEight());
        return all;
    }();
    return withIndexes;
}

QStringList ordersIndexes()
{
    return ordersIndexesOfStep4() + ordersIndexesOfStep5() + ordersIndexesOfStep7() +
           ordersIndexesOfStep8();
}

QStringList ordersIndexNames()
{
    return {QStringLiteral("orders_status"),
            QStringLiteral("orders_city"),
            QStringLiteral("orders_item"),
            QStringLiteral("orders_type"),
            QStringLiteral("orders_created"),
            QStringLiteral("orders_appointment"),
            QStringLiteral("orders_technician"),
            QStringLiteral("orders_city_created"),
            QStringLiteral("orders_status_appointment"),
            QStringLiteral("orders_complaint"),
            QStringLiteral("orders_refund"),
            QStringLiteral("orders_open"),
            QStringLiteral("orders_customer"),
            QStringLiteral("orders_coupon"),
            QStringLiteral("orders_figures"),
            QStringLiteral("orders_closing")};
}

QStringList recordsBulkLoadBegin(const QString &collection)
{
    QStringList sql;
    for (const char *name : factsTriggerNames)
        sql.append(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
    for (const char *c : technicianCollections)
        if (collection == QLatin1String(c))
            sql.append(QStringLiteral("DROP INDEX IF EXISTS ") +
                       technicianIndexName(QLatin1String(c)));
    return sql;
}

QStringList recordsBulkLoadFinish(const QString &collection)
{
    QStringList sql;
    for (const char *c : technicianCollections)
        if (collection == QLatin1String(c))
            sql.append(technicianIndex(QLatin1String(c)));
    for (const char *c : factsCollections)
        if (collection == QLatin1String(c)) {
            sql.append(QStringLiteral("DELETE FROM record_facts WHERE collection = '%1'")
                           .arg(QLatin1String(c)));
            sql.append(
                QStringLiteral("INSERT INTO record_facts(") + recordFactsColumns() +
                QStringLiteral(") SELECT ") + recordFactsValues("r") +
                QStringLiteral(" FROM records r WHERE r.collection = '%1'").arg(QLatin1String(c)));
        }
    for (const char *name : factsTriggerNames)
        sql.append(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
    return sql + factsTriggers() + analyze();
}

QStringList analyze()
{
    // A sample of each index is enough for the planner (milliseconds, not
    // seconds, on a million orders).
    return {QStringLiteral("PRAGMA analysis_limit = 1000"), QStringLiteral("ANALYZE")};
}

QString rebuildOrdersText()
{
    // Most orders have no notes: those skip parsing their document.
    return QStringLiteral(
        "INSERT INTO orders_fts(rowid, order_id, address, customer_name, phone_tail,"
        " notes) SELECT o.rk, o.id, o.address, o.customer_name, o.phone_tail,"
        " CASE WHEN instr(r.doc, '\"notes\":[]') > 0 THEN NULL ELSE"
        " (SELECT group_concat(json_extract(n.value, '$.text'), char(10))"
        " FROM json_each(r.doc, '$.notes') n) END"
        " FROM orders o JOIN records r ON r.collection = 'orders' AND r.id = o.id");
}

} // namespace OpsDesk::CacheSchema
