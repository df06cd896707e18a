#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace OpsDesk {

class ApiClient;
class SecureDocumentStore;

// "Take offline": every document of a chosen set of applications (their
// `documents[].sha256`) downloaded into the SecureDocumentStore (encrypted
// at rest), so the auditor can review them with no network. The records
// themselves are already in the synced cache; decisions made offline go to
// the outbox (which survives restarts) and are sent when the server is back.
//
// What is offline is recorded in a manifest beside the documents
// ("<folder>/offline.json": application ids, when taken, the hashes each
// needs — ids and hashes only, no personal data) and is re-checked against
// the files: isAvailableOffline() is true only when every document of the
// application is in the store.
//
// Downloads run up to `maxConcurrent` at a time (default 6); a hash shared by
// several applications (the agreement form) is fetched once; documents
// already in the store are not fetched again. A failed document is retried
// twice; the batch then finishes with the applications that are complete.
//
// Threading contract: GUI thread.
class OfflineBatch : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int applications = 0;           // asked for
        int availableOffline = 0;       // complete afterwards
        int documents = 0;              // distinct hashes needed
        int downloaded = 0;             // fetched now (the rest were here)
        qint64 bytesDownloaded = 0;     // plaintext bytes fetched now
        qint64 diskSize = 0;            // the store's encrypted files afterwards
        QStringList failedApplications; // ids with a document missing
        QStringList errors;             // translated, one per failed document
        qint64 elapsedMs = 0;
    };

    OfflineBatch(ApiClient *api, SecureDocumentStore *store, QObject *parent = nullptr);

    // Starts taking these applications (records as synced) offline; the
    // store must be open. Emits progress and then finished once. Refused
    // (finished with an error at once) while another run is going.
    void start(const QList<QJsonObject> &applications);
    void cancel(); // finishes with what is complete, errors say "cancelled"
    bool isRunning() const { return m_running; }
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }

    // Offline status, from the manifest and the store's files.
    bool isAvailableOffline(const QJsonObject &application) const;
    QStringList offlineApplicationIds() const; // every complete one in the manifest
    QDateTime takenOfflineAt(const QString &applicationId) const;
    // Forgets applications (the manifest; documents shared with others stay).
    void forget(const QStringList &applicationIds);

    // The document hashes of an application (`documents[].sha256`).
    static QStringList documentHashes(const QJsonObject &application);

Q_SIGNALS:
    void progress(int documentsDone, int documentsTotal, qint64 bytes);
    void finished(bool ok, const OpsDesk::OfflineBatch::Summary &summary);

private:
    void pump();
    void fetchOne(const QString &sha256);
    void finish();
    void loadManifest();
    void saveManifest();
    QString manifestPath() const;

    QPointer<ApiClient> m_api;
    QPointer<SecureDocumentStore> m_store;
    int m_maxConcurrent = 6;
    bool m_running = false;
    bool m_cancelled = false;
    QList<QJsonObject> m_applications;
    QStringList m_queue;            // hashes still to fetch
    QHash<QString, int> m_attempts; // hash → tries so far
    QSet<QString> m_failed;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    qint64 m_startedMs = 0;
    Summary m_summary;
    struct ManifestEntry
    {
        QDateTime takenAt;
        QStringList hashes;
    };
    QHash<QString, ManifestEntry> m_manifest;
};

} // namespace OpsDesk

Q_DECLARE_METATYPE(OpsDesk::OfflineBatch::Summary)
