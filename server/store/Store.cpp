#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

namespace OpsDesk::Server {

namespace {

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw std::runtime_error(
            QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
}

QString cityOf(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("city")).toString();
}

// Binds UTF-8 text that outlives the statement's step; a null view as NULL.
void bindText(sqlite3_stmt *statement, int index, QByteArrayView text)
{
    if (text.isNull())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

// Runs a statement that returns no rows and resets it for the next use.
void step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        throw std::runtime_error(sqlite3_errmsg(sqlite3_db_handle(statement)));
}

// A one-off query run through SQLite directly, for the sync pages: the
// documents' UTF-8 text goes into QByteArrays as stored, without the
// UTF-16 QString (and QVariant) round trip of QSqlQuery.
class Query
{
public:
    Query(sqlite3 *db, const QString &sql)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr) !=
            SQLITE_OK) {
            const std::string error = sqlite3_errmsg(db);
            sqlite3_finalize(m_statement);
            throw std::runtime_error(error);
        }
    }
    ~Query() { sqlite3_finalize(m_statement); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    // Values bind in order, as QSqlQuery::addBindValue; a null string as NULL.
    void add(const QString &text)
    {
        const int index = ++m_bound;
        if (text.isNull()) {
            sqlite3_bind_null(m_statement, index);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void add(qint64 value) { sqlite3_bind_int64(m_statement, ++m_bound, value); }

    bool next()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_bound = 0;
};

} // namespace

QString sqlPlaceholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    return marks;
}

const QStringList &Store::collections()
{
    static const QStringList names{
        QStringLiteral("orders"),           QStringLiteral("customers"),
        QStringLiteral("technicians"),      QStringLiteral("applications"),
        QStringLiteral("refunds"),          QStringLiteral("coupons"),
        QStringLiteral("redemptions"),      QStringLiteral("service_items"),
        QStringLiteral("commission_rates"), QStringLiteral("settlements"),
        QStringLiteral("withdrawals"),      QStringLiteral("reviews"),
        QStringLiteral("complaints"),       QStringLiteral("staff")};
    return names;
}

bool Store::isCollection(const QString &name)
{
    return collections().contains(name);
}

Store::Store()
    : m_connectionName(QStringLiteral("opsdesk-server-") + QUuid::createUuid().toString())
{}

Store::~Store()
{
    close();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    try {
        exec(db, QStringLiteral("PRAGMA page_size=16384")); // before the first table; big JSON rows
        exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        exec(db, QStringLiteral("PRAGMA cache_size=-65536"));
        if (!migrate(error))
            return false;
        m_epoch = setting(QStringLiteral("epoch"));
        if (m_epoch.isEmpty()) {
            m_epoch = QUuid::createUuid().toString(QUuid::Id128).left(12);
            setSetting(QStringLiteral("epoch"), m_epoch);
        }
        m_seq = setting(QStringLiteral("seq"), QStringLiteral("0")).toLongLong();
        m_tombstoneHorizon =
            setting(QStringLiteral("tombstone_horizon"), QStringLiteral("0")).toLongLong();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void Store::close()
{
    // Prepared statements must go before their connection does.
    for (sqlite3_stmt **statement : {&m_bulkInsert, &m_bulkInsertParsed, &m_factsUpsert}) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
    }
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery version(db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    version.next();
    const int current = version.value(0).toInt();
    if (current > 1) {
        *error =
            QStringLiteral("the database was written by a newer server (schema %1)").arg(current);
        return false;
    }
    if (current == 1)
        return true;
    const char *schema[] = {
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE records (collection TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT "
        "NULL,"
        " seq INTEGER NOT NULL, city TEXT, deleted INTEGER NOT NULL DEFAULT 0, doc TEXT NOT NULL,"
        " PRIMARY KEY (collection, id)) WITHOUT ROWID",
        "CREATE UNIQUE INDEX records_by_seq ON records(collection, seq)",
        "CREATE TABLE order_facts (id TEXT PRIMARY KEY, city TEXT, district TEXT,"
        " service_item_id TEXT, status TEXT, customer_id TEXT, customer_type TEXT,"
        " technician_id TEXT, created_day TEXT, paid INTEGER, dispatched INTEGER,"
        " completed INTEGER, price_cents INTEGER, paid_cents INTEGER, refunded_cents INTEGER,"
        " coupon_id TEXT, coupon_discount_cents INTEGER, lat REAL, lng REAL,"
        " has_complaint INTEGER, rating INTEGER) WITHOUT ROWID",
        "CREATE INDEX order_facts_day ON order_facts(created_day, city)",
        "CREATE TABLE credentials (staff_id TEXT PRIMARY KEY, username TEXT UNIQUE NOT NULL,"
        " salt BLOB NOT NULL, hash BLOB NOT NULL)",
        "CREATE TABLE refresh_tokens (token_hash BLOB PRIMARY KEY, staff_id TEXT NOT NULL,"
        " expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE idempotency (key TEXT PRIMARY KEY, staff_id TEXT NOT NULL,"
        " fingerprint BLOB NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL,"
        " body BLOB NOT NULL, created_at INTEGER NOT NULL)",
        "CREATE TABLE files (sha256 TEXT PRIMARY KEY, content_type TEXT NOT NULL,"
        " data BLOB NOT NULL)",
        "PRAGMA user_version = 1",
    };
    try {
        exec(db, QStringLiteral("BEGIN"));
        for (const char *sql : schema)
            exec(db, QString::fromLatin1(sql));
        exec(db, QStringLiteral("COMMIT"));
    } catch (const std::exception &e) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool Store::beginTransaction()
{
    return database().transaction();
}

bool Store::commit()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES('seq', ?)"));
    query.addBindValue(QString::number(m_seq));
    query.exec();
    if (!db.commit())
        return false;
    QList<Change> changes;
    changes.swap(m_pendingChanges);
    if (m_listener && !changes.isEmpty())
        m_listener(changes);
    return true;
}

void Store::rollback()
{
    database().rollback();
    m_pendingChanges.clear();
    m_seq = setting(QStringLiteral("seq"), QStringLiteral("0")).toLongLong();
}

qint64 Store::nextSeq()
{
    return ++m_seq;
}

std::optional<Record> Store::get(const QString &collection, const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT version, seq, doc FROM records WHERE collection = ? AND id = ? AND deleted = 0"));
    query.addBindValue(collection);
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    Record record;
    record.collection = collection;
    record.id = id;
    record.version = query.value(0).toLongLong();
    record.seq = query.value(1).toLongLong();
    record.doc = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    return record;
}

Record Store::put(const QString &collection, QJsonObject doc, const QString &nowIso)
{
    const QString id = doc.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        throw std::runtime_error("record without id");
    QSqlQuery old(database());
    old.prepare(QStringLiteral("SELECT version FROM records WHERE collection = ? AND id = ?"));
    old.addBindValue(collection);
    old.addBindValue(id);
    exec(old);
    const qint64 version = old.next() ? old.value(0).toLongLong() + 1 : 1;

    Record record;
    record.collection = collection;
    record.id = id;
    record.version = version;
    record.seq = nextSeq();
    doc.insert(QStringLiteral("version"), version);
    doc.insert(QStringLiteral("updated_at"), nowIso);
    record.doc = doc;

    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records(collection, id, version, seq, "
                                 "city, deleted, doc) VALUES(?, ?, ?, ?, ?, 0, ?)"));
    query.addBindValue(collection);
    query.addBindValue(id);
    query.addBindValue(version);
    query.addBindValue(record.seq);
    const QString city = cityOf(doc);
    query.addBindValue(city.isEmpty() ? QVariant() : QVariant(city));
    query.addBindValue(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
    exec(query);
    if (collection == QLatin1String("orders"))
        upsertOrderFacts(OrderFacts::fromDocument(doc));
    m_pendingChanges.append({collection, id, version, record.seq, false});
    return record;
}

bool Store::remove(const QString &collection, const QString &id, const QString &nowIso)
{
    const auto existing = get(collection, id);
    if (!existing)
        return false;
    const QJsonObject tombstone{{QStringLiteral("id"), id},
                                {QStringLiteral("version"), existing->version + 1},
                                {QStringLiteral("deleted_at"), nowIso}};
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE records SET version = ?, seq = ?, deleted = 1, doc = ? "
                                 "WHERE collection = ? AND id = ?"));
    const qint64 seq = nextSeq();
    query.addBindValue(existing->version + 1);
    query.addBindValue(seq);
    query.addBindValue(QString::fromUtf8(QJsonDocument(tombstone).toJson(QJsonDocument::Compact)));
    query.addBindValue(collection);
    query.addBindValue(id);
    exec(query);
    if (collection == QLatin1String("orders")) {
        QSqlQuery facts(database());
        facts.prepare(QStringLiteral("DELETE FROM order_facts WHERE id = ?"));
        facts.addBindValue(id);
        exec(facts);
    }
    m_pendingChanges.append({collection, id, existing->version + 1, seq, true});
    return true;
}

bool Store::updatePosition(const QString &technicianId, double lat, double lng,
                           const QString &atIso)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE records SET doc = json_set(doc, '$.last_lat', ?, '$.last_lng', ?, "
        "'$.last_position_at', ?) WHERE collection = 'technicians' AND id = ? AND deleted = 0"));
    query.addBindValue(lat);
    query.addBindValue(lng);
    query.addBindValue(atIso);
    query.addBindValue(technicianId);
    exec(query);
    return query.numRowsAffected() > 0;
}

qint64 Store::count(const QString &collection) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM records WHERE collection = ? AND deleted = 0"));
    query.addBindValue(collection);
    exec(query);
    query.next();
    return query.value(0).toLongLong();
}

sqlite3 *Store::handle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("the database is not an SQLite connection");
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        throw std::runtime_error("the database is not open");
    return db;
}

sqlite3_stmt *Store::prepared(sqlite3_stmt **statement, const char *sql)
{
    if (!*statement) {
        sqlite3 *db = handle();
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) !=
            SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    }
    return *statement;
}

void Store::bulkInsert(QByteArrayView collection, QByteArrayView id, QByteArrayView city,
                       QByteArrayView compactJson, qint64 version, const OrderFacts *facts)
{
    // The version column follows the document's own "version" (generated
    // records may have a history): If-Match compares against it.
    sqlite3_stmt *insert =
        version > 0 ? prepared(&m_bulkInsert,
                               "INSERT INTO records(collection, id, seq, city, deleted, doc, "
                               "version) VALUES(?1, ?2, ?3, ?4, 0, ?5, ?6)")
                    : prepared(&m_bulkInsertParsed,
                               "INSERT INTO records(collection, id, seq, city, deleted, doc, "
                               "version) VALUES(?1, ?2, ?3, ?4, 0, ?5, "
                               "COALESCE(json_extract(?5, '$.version'), 1))");
    bindText(insert, 1, collection);
    bindText(insert, 2, id);
    sqlite3_bind_int64(insert, 3, nextSeq());
    bindText(insert, 4, city.isEmpty() ? QByteArrayView() : city);
    bindText(insert, 5, compactJson.isNull() ? QByteArrayView("") : compactJson);
    if (version > 0)
        sqlite3_bind_int64(insert, 6, version);
    step(insert);
    if (facts)
        upsertOrderFacts(*facts);
}

DeltaPage Store::delta(const QString &collection, qint64 afterSeq, qint64 snapshotSeq, int limit,
                       const QStringList &cities, const QString &onlyId, bool withTombstones) const
{
    QString scope;
    if (!withTombstones)
        scope += QStringLiteral(" AND deleted = 0");
    if (!onlyId.isEmpty())
        scope += QStringLiteral(" AND id = ?");
    if (!cities.isEmpty())
        scope += QStringLiteral(" AND (city IS NULL OR city IN (") +
                 sqlPlaceholders(cities.size()) + QStringLiteral("))");
    auto bind = [&](Query &query, qint64 after) {
        query.add(collection);
        query.add(after);
        query.add(snapshotSeq);
        if (!onlyId.isEmpty())
            query.add(onlyId);
        for (const QString &city : cities)
            query.add(city);
    };
    Query query(handle(), QStringLiteral("SELECT seq, deleted, doc FROM records WHERE collection "
                                         "= ? AND seq > ? AND seq <= ?") +
                              scope + QStringLiteral(" ORDER BY seq LIMIT ?"));
    bind(query, afterSeq);
    query.add(qint64(limit) + 1);
    DeltaPage page;
    page.lastSeq = afterSeq;
    int rows = 0;
    while (query.next()) {
        if (rows == limit) {
            page.hasMore = true;
            break;
        }
        ++rows;
        page.lastSeq = query.int64(0);
        if (query.int64(1))
            page.tombstones.append(QJsonDocument::fromJson(query.text(2).toByteArray()).object());
        else
            page.items.append(query.text(2).toByteArray());
    }
    if (page.hasMore) {
        Query remaining(handle(),
                        QStringLiteral("SELECT COUNT(*) FROM records WHERE collection = ? AND "
                                       "seq > ? AND seq <= ?") +
                            scope);
        bind(remaining, page.lastSeq);
        remaining.next();
        page.remaining = remaining.int64(0);
    }
    return page;
}

// One page of a full pass. Full passes page by id, not by seq: a record
// changed while a pass runs moves to a higher seq, so a pass over seq ranges
// would skip it. By id every record that exists throughout the pass comes
// exactly once, in its version of that moment; what changed after the
// snapshot comes (again) in the next delta pass, which pages by seq.
DeltaPage Store::fullPage(const QString &collection, const QString &afterId, int limit,
                          const QStringList &cities, const QString &onlyId, qint64 snapshot,
                          qint64 knownRemaining, QString *lastId) const
{
    QString scope = QStringLiteral(" FROM records WHERE collection = ? AND deleted = 0 AND id > ?");
    if (!onlyId.isEmpty())
        scope += QStringLiteral(" AND id = ?");
    if (!cities.isEmpty())
        scope += QStringLiteral(" AND (city IS NULL OR city IN (") +
                 sqlPlaceholders(cities.size()) + QStringLiteral("))");
    auto bind = [&](Query &query, const QString &after) {
        query.add(collection);
        query.add(after.isNull() ? QStringLiteral("") : after); // null would bind as NULL
        if (!onlyId.isEmpty())
            query.add(onlyId);
        for (const QString &city : cities)
            query.add(city);
    };
    Query query(handle(),
                QStringLiteral("SELECT id, doc") + scope + QStringLiteral(" ORDER BY id LIMIT ?"));
    bind(query, afterId);
    query.add(qint64(limit) + 1);
    DeltaPage page;
    page.items.reserve(limit);
    QByteArray last; // the last id returned, kept only at the end
    while (query.next()) {
        if (page.items.size() == limit) {
            page.hasMore = true;
            break;
        }
        const QByteArrayView id = query.text(0);
        last.resize(id.size());
        std::copy(id.begin(), id.end(), last.begin());
        page.items.append(query.text(1).toByteArray());
    }
    *lastId = page.items.isEmpty() ? afterId : QString::fromUtf8(last);
    if (page.hasMore) {
        // total_estimate: counted on the first page only, then carried in
        // the cursor. Without a scope the (collection, seq) index counts a
        // million rows in a blink; with one the documents' table is scanned.
        if (knownRemaining < 0) {
            if (cities.isEmpty() && onlyId.isEmpty()) {
                Query count(handle(), QStringLiteral("SELECT COUNT(*) FROM records INDEXED BY "
                                                     "records_by_seq WHERE collection = ? AND "
                                                     "seq <= ?"));
                count.add(collection);
                count.add(snapshot);
                if (!count.next())
                    throw std::runtime_error("no count");
                knownRemaining = count.int64(0);
            } else {
                Query count(handle(), QStringLiteral("SELECT COUNT(*)") + scope);
                bind(count, QString());
                if (!count.next())
                    throw std::runtime_error("no count");
                knownRemaining = count.int64(0);
            }
        }
        page.remaining = std::max<qint64>(0, knownRemaining - page.items.size());
    }
    return page;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

void Store::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    exec(query);
}

void Store::upsertOrderFacts(const OrderFacts &f)
{
    sqlite3_stmt *upsert = prepared(
        &m_factsUpsert,
        "INSERT OR REPLACE INTO order_facts(id, city, district, service_item_id, status, "
        "customer_id, customer_type, technician_id, created_day, paid, dispatched, completed, "
        "price_cents, paid_cents, refunded_cents, coupon_id, coupon_discount_cents, lat, lng, "
        "has_complaint, rating) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    int i = 0;
    bindText(upsert, ++i, f.id);
    bindText(upsert, ++i, f.city);
    bindText(upsert, ++i, f.district);
    bindText(upsert, ++i, f.serviceItemId);
    bindText(upsert, ++i, f.status);
    bindText(upsert, ++i, f.customerId);
    bindText(upsert, ++i, f.customerType);
    bindText(upsert, ++i,
             f.technicianId.isEmpty() ? QByteArrayView() : QByteArrayView(f.technicianId));
    bindText(upsert, ++i, f.createdDay);
    sqlite3_bind_int(upsert, ++i, f.paid ? 1 : 0);
    sqlite3_bind_int(upsert, ++i, f.dispatched ? 1 : 0);
    sqlite3_bind_int(upsert, ++i, f.completed ? 1 : 0);
    sqlite3_bind_int64(upsert, ++i, f.priceCents);
    sqlite3_bind_int64(upsert, ++i, f.paidCents);
    sqlite3_bind_int64(upsert, ++i, f.refundedCents);
    bindText(upsert, ++i, f.couponId.isEmpty() ? QByteArrayView() : QByteArrayView(f.couponId));
    sqlite3_bind_int64(upsert, ++i, f.couponDiscountCents);
    sqlite3_bind_double(upsert, ++i, f.lat);
    sqlite3_bind_double(upsert, ++i, f.lng);
    sqlite3_bind_int(upsert, ++i, f.hasComplaint ? 1 : 0);
    if (f.rating)
        sqlite3_bind_int(upsert, ++i, *f.rating);
    else
        sqlite3_bind_null(upsert, ++i);
    step(upsert);
}

} // namespace OpsDesk::Server
