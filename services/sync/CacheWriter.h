#pragma once

#include "services/cache/CacheDatabase.h"
#include "services/sync/OutboxTypes.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace OpsDesk {

class CacheRecords;
class OutboxStore;

// The cache's one writer. Lives in the sync engine's worker thread; every
// public slot runs there (call through queued invocations), and results come
// back as signals.
//
// A pulled page is applied in one transaction together with the cursor that
// follows it, so a crash at any point costs at most re-pulling that page. A
// user's change is one transaction too: the record's local look and its
// outbox entry. The server's answer to an entry is applied in one
// transaction with the entry's removal (or new state).
class CacheWriter : public QObject
{
    Q_OBJECT
public:
    struct CollectionState
    {
        QString cursor; // empty: the next pass is a full pass
        bool passComplete = false;
        qint64 passId = 0;
        bool fullPass = false;
    };

    explicit CacheWriter(const QString &path, QObject *parent = nullptr);
    ~CacheWriter() override;

public Q_SLOTS:
    void open();
    // `body` is the raw JSON of one GET /sync/{collection} page, requested
    // with `requestCursor` (empty for the first page of a full pass). A page
    // whose request cursor is not the stored one is dropped: it belongs to a
    // run that failed or was cancelled.
    void applyPage(const QString &collection, const QString &requestCursor, const QByteArray &body);
    // A sync run starts or ends; background work (the text index) waits
    // while one is under way.
    void setPulling(bool pulling);
    // The server said the cursor expired: the next pass is a full one.
    void resetCursor(const QString &collection);

    void submit(const OpsDesk::LocalChange &change);
    // Emits due() with what may be sent now.
    void takeDue(int limit);
    void applyResult(const OpsDesk::OutboxResult &result);
    void discard(const QString &opId);
    void applyAgain(const QString &opId);
    void retry(const QString &opId);
    // Emits outboxListed().
    void listOutbox();
    // Live positions: {technician_id, lat, lng, at} each.
    void applyPositions(const QList<QJsonObject> &positions);

Q_SIGNALS:
    void opened(bool ok, const QString &error,
                const QHash<QString, OpsDesk::CacheWriter::CollectionState> &states);
    // Parsed, before it is written: the next page may be requested now.
    void pageParsed(const QString &collection, const QString &nextCursor, bool hasMore);
    void pageApplied(const QString &collection, int records, const QString &nextCursor,
                     bool hasMore, qint64 remaining);
    void pageFailed(const QString &collection, const QString &error);
    // Dropped: the page did not follow the stored cursor (a stale request).
    void pageSkipped(const QString &collection);

    void submitted(const QString &opId, const QString &error);
    void due(const QList<OpsDesk::OutboxEntry> &entries, qint64 nextDueMs);
    void outboxChanged(const OpsDesk::OutboxCounts &counts);
    // The answer to this entry is written (or could not be: it stays due).
    void resultApplied(const QString &opId);
    void outboxListed(const QList<OpsDesk::OutboxEntry> &entries);
    // Records of these collections changed outside a pull (outbox, positions).
    void recordsChanged(const QStringList &collections);
    // The orders' text index after a first sync: `built` of `total` order
    // keys; searches should scan instead of using the index until `done`
    // (meta key "orders_text_built_to" is present while it is not).
    void textIndexProgress(qint64 built, qint64 total, bool done);

private:
    bool writePage(const QString &collection, const QJsonObject &page,
                   const QList<QByteArrayView> &items, QString *error);
    CollectionState &stateOf(const QString &collection);
    void publishCounts();
    // The first full pass of orders into an empty cache: secondary indexes
    // and the text index are built once at its end (see CacheSchema).
    void beginOrdersBulkLoad();
    void finishOrdersBulkLoad();
    // The first full pass of a collection with no records: what
    // CacheSchema::recordsBulkLoadBegin defers is built once at its end
    // (recordsBulkLoadFinish), or before any other write.
    void beginRecordsBulkLoad(const QString &collection);
    void finishRecordsBulkLoad(const QString &collection);
    void finishRecordsBulkLoads();
    // One step of building the orders' text index after a bulk load.
    void buildTextIndexStep();
    // Runs `work` in a transaction; reports a failure as outbox error text.
    bool inTransaction(const std::function<void()> &work, QString *error);

    QString m_path;
    CacheDatabase m_cache;
    std::unique_ptr<CacheRecords> m_records;
    std::unique_ptr<OutboxStore> m_outbox;
    QHash<QString, CollectionState> m_states;
    bool m_ordersBulkLoad = false;
    bool m_pulling = false;
};

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::CacheWriter::CollectionState)
