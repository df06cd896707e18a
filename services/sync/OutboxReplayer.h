#pragma once

#include "services/sync/OutboxTypes.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace OpsDesk {

class ApiClient;
class CacheWriter;

// Sends the outbox's due entries to the server, each with its
// Idempotency-Key and (for updates) If-Match, and hands every answer back to
// the CacheWriter, which applies it in one transaction with the entry. Runs
// on the GUI thread; the network calls are asynchronous.
//
// A replay that never got an answer is sent again with the same key, so the
// server applies it once however often it arrives.
class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    OutboxReplayer(ApiClient *api, CacheWriter *writer, QObject *parent = nullptr);

    // Looks for due entries now and whenever the outbox changes.
    void start();
    void stop();
    // Looks again now (the network came back, the user pressed "send now").
    void kick();
    int inFlight() const { return int(m_inFlight.size()); }
    void setMaxInFlight(int n) { m_maxInFlight = n; }

Q_SIGNALS:
    // One entry was answered (any outcome); tests and the status bar listen.
    void answered(const OpsDesk::OutboxResult &result);
    // A change reached the server: related records may have changed too.
    void delivered(const QString &collection);

private:
    void onDue(const QList<OpsDesk::OutboxEntry> &entries, qint64 nextDueMs);
    void send(const OutboxEntry &entry);

    ApiClient *m_api;
    CacheWriter *m_writer;
    QSet<QString> m_inFlight;
    QTimer m_wake;
    int m_maxInFlight = 4;
    bool m_running = false;
    bool m_asking = false;
};

} // namespace OpsDesk
