#pragma once

#include "services/cache/CacheDatabase.h"

#include <QHash>
#include <QObject>

namespace OpsDesk {

// The cache's one writer. Lives in the sync engine's worker thread; every
// public slot runs there (call through queued invocations), and results come
// back as signals.
//
// A pulled page is applied in one transaction together with the cursor that
// follows it, so a crash at any point costs at most re-pulling that page.
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
    // `body` is the raw JSON of one GET /sync/{collection} page.
    void applyPage(const QString &collection, const QByteArray &body);
    // The server said the cursor expired: the next pass is a full one.
    void resetCursor(const QString &collection);

Q_SIGNALS:
    void opened(bool ok, const QString &error,
                const QHash<QString, OpsDesk::CacheWriter::CollectionState> &states);
    void pageApplied(const QString &collection, int records, const QString &nextCursor,
                     bool hasMore, qint64 remaining);
    void pageFailed(const QString &collection, const QString &error);

private:
    bool writePage(const QString &collection, const QJsonObject &page, QString *error);
    CollectionState &stateOf(const QString &collection);

    QString m_path;
    CacheDatabase m_cache;
    QHash<QString, CollectionState> m_states;
};

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::CacheWriter::CollectionState)
