#include "services/sync/CacheRecords.h"

#include "models/dashboard/DashboardFigures.h"
#include "services/cache/SqlStatement.h"
#include "services/sync/FigureKeys.h"
#include "services/sync/FlatJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <stdexcept>

namespace OpsDesk {

namespace {

QByteArray compact(const QJsonObject &doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QString text(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toString();
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

// When an order first entered the statuses the dashboards count, read from
// its raw `status_history` array (objects of status, at, by and perhaps a
// reason, in time order) without parsing the whole document.
struct StatusTimes
{
    QByteArrayView assigned, arrived, inService, completed, cancelled;
};

StatusTimes statusTimes(QByteArrayView history)
{
    StatusTimes times;
    bool inString = false;
    bool escaped = false;
    int depth = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const char c = history[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            if (++depth == 1)
                start = i;
        } else if (c == '}') {
            if (--depth == 0 && start >= 0) {
                const FlatJson entry(history.sliced(start, i - start + 1));
                const QByteArrayView status = entry.string("status");
                QByteArrayView *slot = status == "assigned"     ? &times.assigned
                                       : status == "arrived"    ? &times.arrived
                                       : status == "in_service" ? &times.inService
                                       : status == "completed"  ? &times.completed
                                       : status == "cancelled"  ? &times.cancelled
                                                                : nullptr;
                if (slot && slot->isEmpty())
                    *slot = entry.string("at");
                start = -1;
            }
        }
    }
    return times;
}

} // namespace

CacheRecords::CacheRecords(const QSqlDatabase &db)
    : m_db(db)
{
    m_upsert = std::make_unique<SqlStatement>(
        db, "INSERT INTO records(collection, id, version, city, doc, seen_pass) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(collection, id) DO UPDATE SET "
            "version = excluded.version, city = excluded.city, doc = excluded.doc, "
            "seen_pass = excluded.seen_pass, server_doc = NULL "
            "WHERE records.pending = 0 AND excluded.version >= records.version");
    // Not stored above: an older version (only seen), or a pending record
    // (the server's version goes beside the local look).
    m_touchOrBeside = std::make_unique<SqlStatement>(
        db, "UPDATE records SET seen_pass = ?1, "
            "server_doc = CASE WHEN pending != 0 AND ?4 >= version THEN ?5 ELSE server_doc END, "
            "version = CASE WHEN pending != 0 AND ?4 >= version THEN ?4 ELSE version END "
            "WHERE collection = ?2 AND id = ?3 RETURNING pending");
    m_findOrder = std::make_unique<SqlStatement>(db, "SELECT rk FROM orders WHERE id = ?1");
    static const char *columns =
        "status, city, district, service_item_id, customer_id, customer_type, technician_id, "
        "created_at, appointment_start, appointment_end, price_cents, paid_cents, "
        "refunded_cents, coupon_discount_cents, has_refund, has_complaint, lat, lng, address, "
        "customer_name, phone_tail, pending, id, paid_at, dispatched_at, arrived_at, started_at, "
        "completed_at, cancelled_at, coupon_id, rating, fig_day, fig_cell, fig_customer, "
        "fig_technician, fig_coupon, fig_flags, fig_net";
    m_insertOrder = std::make_unique<SqlStatement>(
        db,
        QByteArray(QByteArray("INSERT INTO orders(") + columns +
                   ") VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,"
                   "?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,?35,?36,?37,"
                   "?38)")
            .constData());
    m_updateOrder = std::make_unique<SqlStatement>(
        db,
        "UPDATE orders SET status = ?1, city = ?2, district = ?3, service_item_id = ?4, "
        "customer_id = ?5, customer_type = ?6, technician_id = ?7, created_at = ?8, "
        "appointment_start = ?9, appointment_end = ?10, price_cents = ?11, paid_cents = ?12, "
        "refunded_cents = ?13, coupon_discount_cents = ?14, has_refund = ?15, "
        "has_complaint = ?16, lat = ?17, lng = ?18, address = ?19, customer_name = ?20, "
        "phone_tail = ?21, pending = ?22, paid_at = ?24, dispatched_at = ?25, arrived_at = ?26, "
        "started_at = ?27, completed_at = ?28, cancelled_at = ?29, coupon_id = ?30, "
        "rating = ?31, fig_day = ?32, fig_cell = ?33, fig_customer = ?34, fig_technician = ?35, "
        "fig_coupon = ?36, fig_flags = ?37, fig_net = ?38 WHERE id = ?23");
    m_ftsDelete = std::make_unique<SqlStatement>(db, "DELETE FROM orders_fts WHERE rowid = ?1");
    m_ftsInsert = std::make_unique<SqlStatement>(
        db, "INSERT INTO orders_fts(rowid, order_id, address, customer_name, phone_tail, notes) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    m_customer = std::make_unique<SqlStatement>(
        db, "SELECT json_extract(doc, '$.name'), json_extract(doc, '$.phone') FROM records "
            "WHERE collection = 'customers' AND id = ?1");
    m_figureKeys = std::make_unique<FigureKeys>(db);
}

void CacheRecords::forgetUnsaved()
{
    m_customers.clear();
    m_figureKeys->forget();
}

CacheRecords::~CacheRecords() = default;

CacheRecords::Outcome CacheRecords::storeServer(const QString &collection, QByteArrayView id,
                                                qint64 version, QByteArrayView city,
                                                QByteArrayView json, qint64 passId,
                                                const FlatJson *order)
{
    m_upsert->bind(1, collection).bind(2, id).bindInt(3, version);
    if (city.isEmpty())
        m_upsert->bindNull(4);
    else
        m_upsert->bind(4, city);
    m_upsert->bind(5, json).bindInt(6, passId);
    if (m_upsert->run() > 0) {
        if (order)
            project(*order, false);
        else if (collection == QLatin1String("customers"))
            m_customers.remove(id.toByteArray());
        return Outcome::Stored;
    }
    m_touchOrBeside->bindInt(1, passId)
        .bind(2, collection)
        .bind(3, id)
        .bindInt(4, version)
        .bind(5, json);
    const bool pending = m_touchOrBeside->step() && m_touchOrBeside->columnInt(0) != 0;
    m_touchOrBeside->reset();
    return pending ? Outcome::BesidePending : Outcome::Older;
}

void CacheRecords::storeLocal(const QString &collection, const QJsonObject &doc)
{
    // The first local change keeps the server's version aside.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE records SET server_doc = CASE WHEN pending = 0 THEN doc ELSE server_doc END, "
        "doc = ?, city = ?, pending = 1 WHERE collection = ? AND id = ?"));
    query.addBindValue(QString::fromUtf8(compact(doc)));
    const QString city = text(doc, "city");
    query.addBindValue(city.isEmpty() ? QVariant() : QVariant(city));
    query.addBindValue(collection);
    query.addBindValue(text(doc, "id"));
    exec(query);
    if (query.numRowsAffected() == 0) {
        // A record the server does not know yet (a create).
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO records(collection, id, version, city, doc, "
                                      "pending) VALUES(?, ?, 0, ?, ?, 1)"));
        insert.addBindValue(collection);
        insert.addBindValue(text(doc, "id"));
        insert.addBindValue(city.isEmpty() ? QVariant() : QVariant(city));
        insert.addBindValue(QString::fromUtf8(compact(doc)));
        exec(insert);
    }
    if (collection == QLatin1String("orders"))
        project(doc, true);
}

void CacheRecords::settle(const QString &collection, const QJsonObject &serverDoc,
                          bool stillPending)
{
    const QString id = text(serverDoc, "id");
    const qint64 version = serverDoc.value(QLatin1String("version")).toInteger();
    const QByteArray json = compact(serverDoc);
    QSqlQuery query(m_db);
    if (stillPending) {
        query.prepare(QStringLiteral("UPDATE records SET server_doc = ?, version = ? "
                                     "WHERE collection = ? AND id = ?"));
        query.addBindValue(QString::fromUtf8(json));
        query.addBindValue(version);
        query.addBindValue(collection);
        query.addBindValue(id);
        exec(query);
        return;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO records(collection, id, version, city, doc, pending) VALUES(?, ?, ?, ?, ?, 0) "
        "ON CONFLICT(collection, id) DO UPDATE SET version = excluded.version, city = "
        "excluded.city, doc = excluded.doc, pending = 0, server_doc = NULL"));
    query.addBindValue(collection);
    query.addBindValue(id);
    query.addBindValue(version);
    const QString city = text(serverDoc, "city");
    query.addBindValue(city.isEmpty() ? QVariant() : QVariant(city));
    query.addBindValue(QString::fromUtf8(json));
    exec(query);
    if (collection == QLatin1String("orders"))
        project(serverDoc, false);
}

void CacheRecords::revert(const QString &collection, const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT server_doc FROM records WHERE collection = ? AND id = ? "
                                 "AND pending != 0"));
    query.addBindValue(collection);
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return;
    if (query.value(0).isNull()) {
        // A local create the server never accepted: it goes.
        remove(collection, id);
        return;
    }
    const QJsonObject doc = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    query.finish();
    settle(collection, doc, false);
}

void CacheRecords::remove(const QString &collection, const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    exec(query);
    if (collection == QLatin1String("orders"))
        unproject(id);
}

void CacheRecords::removeUnseen(const QString &collection, qint64 passId)
{
    QSqlQuery query(m_db);
    if (collection == QLatin1String("orders")) {
        query.prepare(QStringLiteral(
            "DELETE FROM orders_fts WHERE rowid IN (SELECT o.rk FROM orders o JOIN records r ON "
            "r.collection = 'orders' AND r.id = o.id WHERE r.seen_pass != ? AND r.pending = 0)"));
        query.addBindValue(passId);
        exec(query);
        query.prepare(QStringLiteral(
            "DELETE FROM orders WHERE id IN (SELECT id FROM records WHERE collection = 'orders' "
            "AND seen_pass != ? AND pending = 0)"));
        query.addBindValue(passId);
        exec(query);
    }
    query.prepare(QStringLiteral(
        "DELETE FROM records WHERE collection = ? AND seen_pass != ? AND pending = 0"));
    query.addBindValue(collection);
    query.addBindValue(passId);
    exec(query);
}

bool CacheRecords::applyPosition(const QString &technicianId, double lat, double lng,
                                 const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE records SET doc = json_set(doc, '$.last_lat', ?, '$.last_lng', ?, "
                       "'$.last_position_at', ?) WHERE collection = 'technicians' AND id = ? AND "
                       "coalesce(json_extract(doc, '$.last_position_at'), '') <= ?"));
    query.addBindValue(lat);
    query.addBindValue(lng);
    query.addBindValue(at);
    query.addBindValue(technicianId);
    query.addBindValue(at);
    exec(query);
    return query.numRowsAffected() > 0;
}

std::optional<QJsonObject> CacheRecords::document(const QString &collection,
                                                  const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

qint64 CacheRecords::version(const QString &collection, const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void CacheRecords::project(const QJsonObject &order, bool pending)
{
    const QByteArray json = compact(order);
    project(FlatJson(json), pending);
}

void CacheRecords::project(const FlatJson &flat, bool pending)
{
    // Strings with escape sequences are decoded properly (rare); everything
    // else is bound straight from the record's text.
    QJsonObject decoded;
    if (flat.hasEscapes())
        decoded = QJsonDocument::fromJson(flat.text().toByteArray()).object();
    const bool slow = flat.hasEscapes();
    std::vector<QByteArray> keep; // decoded strings outlive the binding
    keep.reserve(32);
    auto str = [&](const char *key) -> QByteArrayView {
        if (!slow)
            return flat.string(key);
        keep.push_back(decoded.value(QLatin1String(key)).toString().toUtf8());
        return keep.back();
    };
    const QByteArrayView id = str("id");
    const QByteArrayView customerId = str("customer_id");
    const QByteArray customerKey = customerId.toByteArray();
    auto known = m_customers.constFind(customerKey);
    if (known == m_customers.constEnd()) {
        QString name, phone;
        m_customer->bind(1, customerId);
        if (m_customer->step()) {
            name = m_customer->columnText(0);
            phone = m_customer->columnText(1);
        }
        m_customer->reset();
        if (m_customers.size() > 500000)
            m_customers.clear(); // a bound on memory, not a cache policy
        known = m_customers.insert(customerKey,
                                   {name.toUtf8(), phone.right(4).toUtf8(),
                                    m_figureKeys->key(FigureKeys::Kind::Customer, customerId)});
    }
    const QByteArray customerName = known->name;
    const QByteArray phoneTail = known->phoneTail;
    const QByteArrayView address = str("address");

    m_findOrder->bind(1, id);
    const bool exists = m_findOrder->step();
    const qint64 existing = exists ? m_findOrder->columnInt(0) : 0;
    m_findOrder->reset();

    SqlStatement &row = exists ? *m_updateOrder : *m_insertOrder;
    auto optional = [&row](int index, QByteArrayView text) {
        if (text.isEmpty())
            row.bindNull(index);
        else
            row.bind(index, text);
    };
    row.bind(1, str("status"));
    optional(2, str("city"));
    optional(3, str("district"));
    optional(4, str("service_item_id"));
    optional(5, customerId);
    optional(6, str("customer_type"));
    optional(7, str("technician_id"));
    optional(8, str("created_at"));
    optional(9, str("appointment_start"));
    optional(10, str("appointment_end"));
    row.bindInt(11, flat.integer("price_cents"))
        .bindInt(12, flat.integer("paid_cents"))
        .bindInt(13, flat.integer("refunded_cents"))
        .bindInt(14, flat.integer("coupon_discount_cents"))
        .bindInt(15, flat.boolean("has_refund") ? 1 : 0)
        .bindInt(16, flat.boolean("has_complaint") ? 1 : 0)
        .bindReal(17, flat.real("lat"))
        .bindReal(18, flat.real("lng"));
    optional(19, address);
    optional(20, customerName);
    optional(21, phoneTail);
    row.bindInt(22, pending ? 1 : 0).bind(23, id);
    const StatusTimes times = statusTimes(flat.raw("status_history"));
    optional(24, str("paid_at"));
    optional(25, times.assigned);
    optional(26, times.arrived);
    optional(27, times.inService);
    optional(28, times.completed);
    optional(29, times.cancelled);
    optional(30, str("coupon_id"));
    if (const qint64 rating = flat.integer("rating"); rating > 0)
        row.bindInt(31, rating);
    else
        row.bindNull(31);
    // The dashboards' figures (Dashboard::businessJulianDay, orderFlags).
    const auto optionalInt = [&row](int index, qint64 value) {
        if (value == 0)
            row.bindNull(index);
        else
            row.bindInt(index, value);
    };
    const QByteArrayView status = str("status");
    optionalInt(32, Dashboard::businessJulianDay(str("created_at")));
    row.bindInt(33, m_figureKeys->cell(str("city"), str("district"), str("service_item_id"),
                                       str("customer_type")));
    optionalInt(34, known->figureKey);
    optionalInt(35, m_figureKeys->key(FigureKeys::Kind::Technician, str("technician_id")));
    optionalInt(36, m_figureKeys->key(FigureKeys::Kind::Coupon, str("coupon_id")));
    row.bindInt(37, Dashboard::orderFlags(!str("paid_at").isEmpty(), !times.assigned.isEmpty(),
                                          !times.completed.isEmpty() || status == "completed",
                                          times.arrived, str("appointment_end")));
    row.bindInt(38, flat.integer("paid_cents") - flat.integer("refunded_cents"));
    if (row.run() != 1)
        throw std::runtime_error("the orders projection did not write its row");
    const qint64 rk = exists ? existing : row.lastInsertRowId();

    if (m_bulkLoad)
        return;
    QStringList notes;
    const QByteArrayView rawNotes = flat.raw("notes");
    if (rawNotes.size() > 2)
        for (const QJsonValue &note : QJsonDocument::fromJson(rawNotes.toByteArray()).array())
            notes.append(note[QLatin1String("text")].toString());
    m_text.push_back({rk, exists && existing == rk, QString::fromUtf8(id),
                      QString::fromUtf8(address), QString::fromUtf8(customerName),
                      QString::fromUtf8(phoneTail), notes.join(QLatin1Char('\n'))});
}

void CacheRecords::flushText()
{
    for (const TextRow &t : m_text) {
        if (t.replace)
            m_ftsDelete->bindInt(1, t.rk).run();
        m_ftsInsert->bindInt(1, t.rk)
            .bind(2, t.id)
            .bind(3, t.address)
            .bind(4, t.customerName)
            .bind(5, t.phoneTail)
            .bind(6, t.notes)
            .run();
    }
    m_text.clear();
}

void CacheRecords::unproject(const QString &id)
{
    flushText(); // its text may be waiting
    m_findOrder->bind(1, id);
    const bool exists = m_findOrder->step();
    const qint64 rk = exists ? m_findOrder->columnInt(0) : 0;
    m_findOrder->reset();
    if (!exists)
        return;
    m_ftsDelete->bindInt(1, rk).run();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM orders WHERE rk = ?"));
    query.addBindValue(rk);
    exec(query);
}

} // namespace OpsDesk
