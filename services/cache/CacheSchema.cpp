#include "services/cache/CacheSchema.h"

namespace OpsDesk::CacheSchema {

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
    };
    return steps;
}

} // namespace OpsDesk::CacheSchema
