#include "services/sync/CacheWriter.h"

#include "services/cache/CacheSchema.h"
#include "services/sync/CacheRecords.h"
#include "services/sync/FlatJson.h"
#include "services/sync/OutboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <stdexcept>

namespace OpsDesk {

namespace {

constexpr int ResumeTextIndexDelayMs = 3000;

void run(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

// Where the elements of the top-level array `key` lie in a JSON object's
// text: each item's own bytes, so that storing it needs no re-encoding.
// Returns false when the text is not an object with that array.
struct ArraySlices
{
    qsizetype begin = -1; // the '['
    qsizetype end = -1;   // one past the ']'
    QList<QByteArrayView> items;
};

bool sliceTopLevelArray(QByteArrayView json, QByteArrayView key, ArraySlices *out)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    QByteArrayView lastKey;
    bool inTarget = false;
    qsizetype itemStart = -1;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = json.sliced(stringStart + 1, i - stringStart - 1);
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            if (inTarget && depth == 2 && itemStart < 0)
                itemStart = i;
            break;
        case '{':
        case '[':
            if (inTarget && depth == 2 && itemStart < 0)
                itemStart = i;
            ++depth;
            if (c == '[' && depth == 2 && lastKey == key) {
                inTarget = true;
                out->begin = i;
            }
            break;
        case '}':
        case ']':
            if (inTarget && depth == 2 && c == ']') {
                if (itemStart >= 0)
                    out->items.append(json.sliced(itemStart, i - itemStart).trimmed());
                out->end = i + 1;
                return true;
            }
            --depth;
            break;
        case ',':
            if (inTarget && depth == 2) {
                out->items.append(json.sliced(itemStart, i - itemStart).trimmed());
                itemStart = -1;
            }
            break;
        default:
            if (inTarget && depth == 2 && itemStart < 0 && c != ' ' && c != '\n' && c != '\r' &&
                c != '\t')
                itemStart = i;
            break;
        }
    }
    return false;
}

} // namespace

CacheWriter::CacheWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

CacheWriter::~CacheWriter()
{
    // Prepared statements go before their connection does.
    m_outbox.reset();
    m_records.reset();
}

void CacheWriter::open()
{
    QString error;
    if (!m_cache.open(m_path, CacheDatabase::Mode::ReadWrite, &error)) {
        Q_EMIT opened(false, error, {});
        return;
    }
    try {
        m_records = std::make_unique<CacheRecords>(m_cache.database());
    } catch (const std::exception &e) {
        Q_EMIT opened(false, QString::fromUtf8(e.what()), {});
        return;
    }
    m_outbox = std::make_unique<OutboxStore>(m_cache.database(), *m_records, [] {
        return QRandomGenerator::global()->generateDouble();
    });
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
    query.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'orders_bulk_load'"));
    if (query.next()) {
        // A bulk load was under way when the program stopped.
        m_ordersBulkLoad = true;
        m_records->setBulkLoad(true);
        if (stateOf(QStringLiteral("orders")).passComplete) {
            QString error;
            inTransaction([this] { finishOrdersBulkLoad(); }, &error);
        }
    }
    // A collection's first pass that was under way when the program
    // stopped: what it defers is built now (the rest of the pass then keeps
    // it up row by row).
    QString loadError;
    inTransaction([this] { finishRecordsBulkLoads(); }, &loadError);
    Q_EMIT opened(true, {}, m_states);
    publishCounts();
    // A text index build that was under way goes on, after the first pull
    // of this start has had its turn (the pull comes first; a step already
    // running would make it wait).
    QTimer::singleShot(ResumeTextIndexDelayMs, this, &CacheWriter::buildTextIndexStep);
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

void CacheWriter::applyPage(const QString &collection, const QString &requestCursor,
                            const QByteArray &body)
{
    if (!m_records)
        return;
    const CollectionState before = stateOf(collection);
    // A page continues the stored cursor, or starts a new pass after a
    // complete one (its request then carried the complete pass's cursor).
    if (requestCursor != before.cursor) {
        Q_EMIT pageSkipped(collection);
        return;
    }

    ArraySlices items;
    const bool sliced = sliceTopLevelArray(body, "items", &items);
    QJsonParseError parseError{};
    QJsonObject page;
    if (sliced) {
        const QByteArray rest = body.left(items.begin) + "[]" + body.mid(items.end);
        const QJsonDocument document = QJsonDocument::fromJson(rest, &parseError);
        page = document.object();
    } else {
        QJsonDocument::fromJson(body, &parseError);
    }
    const bool shapeOk = sliced && parseError.error == QJsonParseError::NoError &&
                         page.value(QStringLiteral("collection")).toString() == collection &&
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
    const QString nextCursor = page.value(QStringLiteral("next_cursor")).toString();
    const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
    Q_EMIT pageParsed(collection, nextCursor, hasMore);

    if (before.cursor.isEmpty() || before.passComplete) {
        // A new pass begins with this page.
        CollectionState &state = stateOf(collection);
        state.fullPass = before.cursor.isEmpty();
        state.passId =
            QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
    }
    QString error;
    bool ok = false;
    const bool bulkBefore = m_ordersBulkLoad;
    try {
        ok = m_cache.transaction([&] {
            if (stateOf(collection).fullPass && (before.cursor.isEmpty() || before.passComplete)) {
                if (collection == QLatin1String("orders") && !m_ordersBulkLoad)
                    beginOrdersBulkLoad();
                beginRecordsBulkLoad(collection);
            }
            const bool written = writePage(collection, page, items.items, &error);
            m_records->flushText();
            return written;
        });
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    if (!ok) {
        m_states[collection] = before;
        m_ordersBulkLoad = bulkBefore;
        m_records->setBulkLoad(bulkBefore);
        Q_EMIT pageFailed(collection,
                          tr("The local cache could not store a sync page: %1").arg(error));
        return;
    }
    Q_EMIT pageApplied(
        collection,
        int(items.items.size() + page.value(QStringLiteral("tombstones")).toArray().size()),
        nextCursor, hasMore, page.value(QStringLiteral("total_estimate")).toInteger());
}

bool CacheWriter::writePage(const QString &collection, const QJsonObject &page,
                            const QList<QByteArrayView> &items, QString *error)
{
    CollectionState &state = stateOf(collection);
    const bool isOrders = collection == QLatin1String("orders");
    for (const QByteArrayView item : items) {
        const FlatJson record(item);
        const QByteArrayView id = record.string("id");
        const qint64 version = record.integer("version", -1);
        if (!record.valid() || id.isEmpty() || version < 0) {
            *error = tr("a %1 record without id or version").arg(collection);
            return false;
        }
        QByteArray decodedId, decodedCity;
        QByteArrayView city = record.string("city");
        if (record.hasEscapes()) {
            const QJsonObject doc = QJsonDocument::fromJson(item.toByteArray()).object();
            decodedId = doc.value(QStringLiteral("id")).toString().toUtf8();
            decodedCity = doc.value(QStringLiteral("city")).toString().toUtf8();
            m_records->storeServer(collection, decodedId, version, decodedCity, item, state.passId,
                                   isOrders ? &record : nullptr);
            continue;
        }
        m_records->storeServer(collection, id, version, city, item, state.passId,
                               isOrders ? &record : nullptr);
    }
    for (const QJsonValue &value : page.value(QStringLiteral("tombstones")).toArray())
        m_records->remove(collection, value[QStringLiteral("id")].toString());

    const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
    if (!hasMore && state.fullPass)
        // A full pass is a snapshot: whatever it did not contain is gone.
        m_records->removeUnseen(collection, state.passId);
    if (!hasMore && m_ordersBulkLoad && collection == QLatin1String("orders"))
        finishOrdersBulkLoad();
    if (!hasMore)
        finishRecordsBulkLoad(collection);

    state.cursor = page.value(QStringLiteral("next_cursor")).toString();
    state.passComplete = !hasMore;
    QSqlQuery cursor(m_cache.database());
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

void CacheWriter::beginOrdersBulkLoad()
{
    QSqlQuery query(m_cache.database());
    query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders)"));
    if (!query.next() || query.value(0).toBool())
        return; // not empty: rows are added one by one
    for (const QString &index : CacheSchema::ordersIndexNames()) {
        query.prepare(QStringLiteral("DROP INDEX IF EXISTS ") + index);
        run(query);
    }
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('orders_bulk_load', '1')"));
    run(query);
    m_ordersBulkLoad = true;
    m_records->setBulkLoad(true);
}

void CacheWriter::beginRecordsBulkLoad(const QString &collection)
{
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM records WHERE collection = ?)"));
    query.addBindValue(collection);
    run(query);
    if (!query.next() || query.value(0).toBool())
        return; // not empty: kept up row by row
    query.finish();
    finishRecordsBulkLoads(); // one at a time (a pass that did not end)
    for (const QString &sql : CacheSchema::recordsBulkLoadBegin(collection)) {
        query.prepare(sql);
        run(query);
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, '1')"));
    query.addBindValue(QString(QLatin1String(CacheSchema::BulkLoadKeyPrefix) + collection));
    run(query);
}

void CacheWriter::finishRecordsBulkLoad(const QString &collection)
{
    const QString key = QLatin1String(CacheSchema::BulkLoadKeyPrefix) + collection;
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    query.addBindValue(key);
    run(query);
    if (!query.next())
        return;
    query.finish();
    for (const QString &sql : CacheSchema::recordsBulkLoadFinish(collection)) {
        query.prepare(sql);
        run(query);
    }
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(key);
    run(query);
}

void CacheWriter::finishRecordsBulkLoads()
{
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("SELECT substr(key, ?) FROM meta WHERE substr(key, 1, ?) = ?"));
    const QString prefix = QLatin1String(CacheSchema::BulkLoadKeyPrefix);
    query.addBindValue(prefix.size() + 1);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    run(query);
    QStringList loads;
    while (query.next())
        loads.append(query.value(0).toString());
    query.finish();
    for (const QString &collection : loads)
        finishRecordsBulkLoad(collection);
}

void CacheWriter::finishOrdersBulkLoad()
{
    QSqlQuery query(m_cache.database());
    for (const QString &sql : CacheSchema::ordersIndexes() + CacheSchema::analyze()) {
        query.prepare(sql);
        run(query);
    }
    query.prepare(QStringLiteral("DELETE FROM orders_fts"));
    run(query);
    // The text index is built afterwards, in steps (see buildTextIndexStep):
    // the orders are usable meanwhile, and searches fall back to scanning.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) "
                                 "VALUES('orders_text_built_to', '0')"));
    run(query);
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = 'orders_bulk_load'"));
    run(query);
    m_ordersBulkLoad = false;
    m_records->setBulkLoad(false);
    QMetaObject::invokeMethod(this, &CacheWriter::buildTextIndexStep, Qt::QueuedConnection);
}

void CacheWriter::setPulling(bool pulling)
{
    m_pulling = pulling;
    if (!pulling)
        buildTextIndexStep();
}

void CacheWriter::buildTextIndexStep()
{
    if (!m_records)
        return;
    // Pulls go first: the text index waits while a sync run is going on.
    if (m_pulling)
        return; // setPulling(false) starts it again
    // Small enough that a pull arriving meanwhile waits a fraction of a
    // second (about 0.5 s per 20,000 orders on a 2-core machine).
    constexpr qint64 Step = 20000;
    QString error;
    bool done = false;
    qint64 builtTo = 0;
    qint64 last = 0;
    const bool ok = inTransaction(
        [&] {
            QSqlQuery query(m_cache.database());
            query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'orders_text_built_to'"));
            if (!query.next()) {
                done = true;
                return;
            }
            builtTo = query.value(0).toLongLong();
            query.exec(QStringLiteral("SELECT coalesce(max(rk), 0) FROM orders"));
            query.next();
            last = query.value(0).toLongLong();
            // Orders written since the bulk load have their text already.
            query.prepare(CacheSchema::rebuildOrdersText() +
                          QStringLiteral(" WHERE o.rk > ? AND o.rk <= ? AND o.rk NOT IN "
                                         "(SELECT rowid FROM orders_fts WHERE rowid > ? AND "
                                         "rowid <= ?)"));
            query.addBindValue(builtTo);
            query.addBindValue(builtTo + Step);
            query.addBindValue(builtTo);
            query.addBindValue(builtTo + Step);
            run(query);
            builtTo += Step;
            done = builtTo >= last;
            query.prepare(
                done ? QStringLiteral("DELETE FROM meta WHERE key = 'orders_text_built_to'")
                     : QStringLiteral("UPDATE meta SET value = ? WHERE key = "
                                      "'orders_text_built_to'"));
            if (!done)
                query.addBindValue(builtTo);
            run(query);
        },
        &error);
    if (!ok)
        return; // tried again when the cache is next opened
    Q_EMIT textIndexProgress(std::min(builtTo, last), last, done);
    if (!done)
        QMetaObject::invokeMethod(this, &CacheWriter::buildTextIndexStep, Qt::QueuedConnection);
}

bool CacheWriter::inTransaction(const std::function<void()> &work, QString *error)
{
    if (!m_records) {
        *error = tr("The local cache is not open.");
        return false;
    }
    try {
        if (m_cache.transaction([&] {
                // A write besides the pulls (a local change, an answer from
                // the server, positions) goes through the triggers: a first
                // pass under way builds what it deferred now.
                finishRecordsBulkLoads();
                work();
                m_records->flushText();
                return true;
            }))
            return true;
        *error = m_cache.database().lastError().text();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
    }
    m_records->forgetUnsaved();
    return false;
}

void CacheWriter::publishCounts()
{
    if (m_outbox)
        Q_EMIT outboxChanged(m_outbox->counts());
}

void CacheWriter::submit(const LocalChange &change)
{
    QString opId;
    QString error;
    const bool ok = inTransaction(
        [&] { opId = m_outbox->enqueue(change, QDateTime::currentDateTimeUtc()); }, &error);
    Q_EMIT submitted(ok ? opId : QString(),
                     ok ? QString() : tr("The change could not be saved locally: %1").arg(error));
    if (ok) {
        Q_EMIT recordsChanged({change.collection});
        publishCounts();
    }
}

void CacheWriter::takeDue(int limit)
{
    if (!m_outbox)
        return;
    try {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT due(m_outbox->due(now, limit), m_outbox->nextDueMs());
    } catch (const std::exception &) {
        Q_EMIT due({}, -1);
    }
}

void CacheWriter::applyResult(const OutboxResult &result)
{
    QStringList changed;
    QString error;
    const bool ok = inTransaction(
        [&] { changed = m_outbox->applyResult(result, QDateTime::currentMSecsSinceEpoch()); },
        &error);
    Q_EMIT resultApplied(result.opId);
    if (!ok)
        return; // the entry stays as it was and is sent again later
    if (!changed.isEmpty())
        Q_EMIT recordsChanged(changed);
    publishCounts();
}

void CacheWriter::discard(const QString &opId)
{
    QString error;
    if (inTransaction([&] { m_outbox->discard(opId); }, &error)) {
        Q_EMIT recordsChanged({});
        publishCounts();
    }
}

void CacheWriter::applyAgain(const QString &opId)
{
    QString error;
    if (inTransaction([&] { m_outbox->applyAgain(opId); }, &error))
        publishCounts();
}

void CacheWriter::retry(const QString &opId)
{
    QString error;
    if (inTransaction([&] { m_outbox->retry(opId); }, &error))
        publishCounts();
}

void CacheWriter::listOutbox()
{
    if (!m_outbox)
        return;
    try {
        Q_EMIT outboxListed(m_outbox->entries());
    } catch (const std::exception &) {
        Q_EMIT outboxListed({});
    }
}

void CacheWriter::applyPositions(const QList<QJsonObject> &positions)
{
    int applied = 0;
    QString error;
    inTransaction(
        [&] {
            for (const QJsonObject &p : positions)
                applied +=
                    m_records->applyPosition(p.value(QStringLiteral("technician_id")).toString(),
                                             p.value(QStringLiteral("lat")).toDouble(),
                                             p.value(QStringLiteral("lng")).toDouble(),
                                             p.value(QStringLiteral("at")).toString());
        },
        &error);
    if (applied > 0)
        Q_EMIT recordsChanged({QStringLiteral("technicians")});
}

} // namespace OpsDesk
