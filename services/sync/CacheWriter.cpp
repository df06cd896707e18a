#include "services/sync/CacheWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace OpsDesk {

namespace {

void run(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

CacheWriter::CacheWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

CacheWriter::~CacheWriter() = default;

void CacheWriter::open()
{
    QString error;
    if (!m_cache.open(m_path, CacheDatabase::Mode::ReadWrite, &error)) {
        Q_EMIT opened(false, error, {});
        return;
    }
    QSqlQuery query(m_cache.database());
    query.exec(QStringLiteral(
        "SELECT collection, cursor, pass_complete, pass_id, full_pass FROM sync_state"));
    while (query.next()) {
        CollectionState state;
        state.cursor = query.value(1).toString();
        state.passComplete = query.value(2).toBool();
        state.passId = query.value(3).toLongLong();
        state.fullPass = query.value(4).toBool();
        m_states.insert(query.value(0).toString(), state);
    }
    Q_EMIT opened(true, {}, m_states);
}

CacheWriter::CollectionState &CacheWriter::stateOf(const QString &collection)
{
    return m_states[collection];
}

void CacheWriter::resetCursor(const QString &collection)
{
    CollectionState &state = stateOf(collection);
    state = CollectionState();
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE collection = ?"));
    query.addBindValue(collection);
    query.exec();
}

void CacheWriter::applyPage(const QString &collection, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject page = document.object();
    const bool shapeOk = parseError.error == QJsonParseError::NoError && document.isObject() &&
                         page.value(QStringLiteral("collection")).toString() == collection &&
                         page.value(QStringLiteral("items")).isArray() &&
                         page.value(QStringLiteral("tombstones")).isArray() &&
                         page.value(QStringLiteral("next_cursor")).isString() &&
                         page.value(QStringLiteral("has_more")).isBool();
    if (!shapeOk) {
        Q_EMIT pageFailed(collection,
                          parseError.error != QJsonParseError::NoError
                              ? tr("The server sent a sync page that is not valid JSON (%1); "
                                   "nothing was written.")
                                    .arg(parseError.errorString())
                              : tr("The server sent a sync page of an unexpected shape; "
                                   "nothing was written."));
        return;
    }
    QString error;
    const CollectionState before = stateOf(collection);
    if (before.cursor.isEmpty() || before.passComplete) {
        // A new pass begins with this page.
        CollectionState &state = stateOf(collection);
        state.fullPass = before.cursor.isEmpty();
        state.passId =
            QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
    }
    bool ok = false;
    try {
        ok = m_cache.transaction([&] { return writePage(collection, page, &error); });
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    if (!ok) {
        m_states[collection] = before;
        Q_EMIT pageFailed(collection,
                          tr("The local cache could not store a sync page: %1").arg(error));
        return;
    }
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    const QJsonArray tombstones = page.value(QStringLiteral("tombstones")).toArray();
    Q_EMIT pageApplied(collection, int(items.size() + tombstones.size()),
                       page.value(QStringLiteral("next_cursor")).toString(),
                       page.value(QStringLiteral("has_more")).toBool(),
                       page.value(QStringLiteral("total_estimate")).toInteger());
}

bool CacheWriter::writePage(const QString &collection, const QJsonObject &page, QString *error)
{
    QSqlDatabase db = m_cache.database();
    CollectionState &state = stateOf(collection);
    const bool isOrders = collection == QLatin1String("orders");

    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO records(collection, id, version, city, doc, seen_pass) VALUES(?,?,?,?,?,?) "
        "ON CONFLICT(collection, id) DO UPDATE SET version = excluded.version, city = "
        "excluded.city, doc = excluded.doc, seen_pass = excluded.seen_pass "
        "WHERE excluded.version >= records.version"));
    QSqlQuery touch(db);
    touch.prepare(
        QStringLiteral("UPDATE records SET seen_pass = ? WHERE collection = ? AND id = ?"));
    QSqlQuery orderRow(db);
    QSqlQuery ftsDelete(db);
    QSqlQuery ftsInsert(db);
    QSqlQuery customer(db);
    if (isOrders) {
        orderRow.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO orders(id, status, city, district, service_item_id, "
            "customer_id, customer_type, technician_id, created_at, appointment_start, "
            "appointment_end, price_cents, paid_cents, refunded_cents, coupon_discount_cents, "
            "has_refund, has_complaint, lat, lng, address, customer_name, phone_tail) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        ftsDelete.prepare(QStringLiteral("DELETE FROM orders_fts WHERE order_id = ?"));
        ftsInsert.prepare(QStringLiteral("INSERT INTO orders_fts(order_id, address, "
                                         "customer_name, phone_tail, notes) VALUES(?,?,?,?,?)"));
        customer.prepare(
            QStringLiteral("SELECT doc FROM records WHERE collection = 'customers' AND id = ?"));
    }

    for (const QJsonValue &value : page.value(QStringLiteral("items")).toArray()) {
        const QJsonObject doc = value.toObject();
        const QString id = doc.value(QStringLiteral("id")).toString();
        const qint64 version = doc.value(QStringLiteral("version")).toInteger(-1);
        if (id.isEmpty() || version < 0) {
            *error = tr("a %1 record without id or version").arg(collection);
            return false;
        }
        upsert.bindValue(0, collection);
        upsert.bindValue(1, id);
        upsert.bindValue(2, version);
        upsert.bindValue(3, nullable(doc.value(QStringLiteral("city")).toString()));
        upsert.bindValue(4, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
        upsert.bindValue(5, state.passId);
        run(upsert);
        if (upsert.numRowsAffected() == 0) {
            // An older version than we have: keep ours, but it was seen.
            touch.bindValue(0, state.passId);
            touch.bindValue(1, collection);
            touch.bindValue(2, id);
            run(touch);
            continue;
        }
        if (!isOrders)
            continue;
        QString customerName;
        QString phone;
        customer.bindValue(0, doc.value(QStringLiteral("customer_id")).toString());
        if (customer.exec() && customer.next()) {
            const QJsonObject c = QJsonDocument::fromJson(customer.value(0).toByteArray()).object();
            customerName = c.value(QStringLiteral("name")).toString();
            phone = c.value(QStringLiteral("phone")).toString();
        }
        customer.finish();
        const QString phoneTail = phone.right(4);
        QStringList notes;
        for (const QJsonValue &note : doc.value(QStringLiteral("notes")).toArray())
            notes.append(note[QStringLiteral("text")].toString());
        int i = 0;
        orderRow.bindValue(i++, id);
        orderRow.bindValue(i++, doc.value(QStringLiteral("status")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("city")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("district")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("service_item_id")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("customer_id")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("customer_type")).toString());
        orderRow.bindValue(i++, nullable(doc.value(QStringLiteral("technician_id")).toString()));
        orderRow.bindValue(i++, doc.value(QStringLiteral("created_at")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("appointment_start")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("appointment_end")).toString());
        orderRow.bindValue(i++, doc.value(QStringLiteral("price_cents")).toInteger());
        orderRow.bindValue(i++, doc.value(QStringLiteral("paid_cents")).toInteger());
        orderRow.bindValue(i++, doc.value(QStringLiteral("refunded_cents")).toInteger());
        orderRow.bindValue(i++, doc.value(QStringLiteral("coupon_discount_cents")).toInteger());
        orderRow.bindValue(i++, doc.value(QStringLiteral("has_refund")).toBool() ? 1 : 0);
        orderRow.bindValue(i++, doc.value(QStringLiteral("has_complaint")).toBool() ? 1 : 0);
        orderRow.bindValue(i++, doc.value(QStringLiteral("lat")).toDouble());
        orderRow.bindValue(i++, doc.value(QStringLiteral("lng")).toDouble());
        orderRow.bindValue(i++, doc.value(QStringLiteral("address")).toString());
        orderRow.bindValue(i++, customerName);
        orderRow.bindValue(i++, phoneTail);
        run(orderRow);
        ftsDelete.bindValue(0, id);
        run(ftsDelete);
        ftsInsert.bindValue(0, id);
        ftsInsert.bindValue(1, doc.value(QStringLiteral("address")).toString());
        ftsInsert.bindValue(2, customerName);
        ftsInsert.bindValue(3, phoneTail);
        ftsInsert.bindValue(4, notes.join(QLatin1Char('\n')));
        run(ftsInsert);
    }

    QSqlQuery removeRecord(db);
    removeRecord.prepare(QStringLiteral("DELETE FROM records WHERE collection = ? AND id = ?"));
    for (const QJsonValue &value : page.value(QStringLiteral("tombstones")).toArray()) {
        const QString id = value[QStringLiteral("id")].toString();
        removeRecord.bindValue(0, collection);
        removeRecord.bindValue(1, id);
        run(removeRecord);
        if (isOrders) {
            QSqlQuery drop(db);
            drop.prepare(QStringLiteral("DELETE FROM orders WHERE id = ?"));
            drop.addBindValue(id);
            run(drop);
            ftsDelete.bindValue(0, id);
            run(ftsDelete);
        }
    }

    const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
    if (!hasMore && state.fullPass) {
        // A full pass is a snapshot: whatever it did not contain is gone.
        if (isOrders) {
            QSqlQuery drop(db);
            drop.prepare(QStringLiteral(
                "DELETE FROM orders WHERE id IN (SELECT id FROM records WHERE collection = "
                "'orders' AND seen_pass != ?)"));
            drop.addBindValue(state.passId);
            run(drop);
            QSqlQuery dropFts(db);
            dropFts.prepare(QStringLiteral(
                "DELETE FROM orders_fts WHERE order_id NOT IN (SELECT id FROM orders)"));
            run(dropFts);
        }
        QSqlQuery stale(db);
        stale.prepare(
            QStringLiteral("DELETE FROM records WHERE collection = ? AND seen_pass != ?"));
        stale.addBindValue(collection);
        stale.addBindValue(state.passId);
        run(stale);
    }

    state.cursor = page.value(QStringLiteral("next_cursor")).toString();
    state.passComplete = !hasMore;
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_state(collection, cursor, pass_complete, last_synced_at, "
        "pass_id, full_pass) VALUES(?,?,?,?,?,?)"));
    cursor.addBindValue(collection);
    cursor.addBindValue(state.cursor);
    cursor.addBindValue(state.passComplete ? 1 : 0);
    cursor.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    cursor.addBindValue(state.passId);
    cursor.addBindValue(state.fullPass ? 1 : 0);
    run(cursor);
    return true;
}

} // namespace OpsDesk
