#include "services/audit/OfflineBatch.h"

#include "services/api/ApiClient.h"
#include "services/audit/SecureDocumentStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace OpsDesk {

namespace {

constexpr int MaxAttempts = 3;

} // namespace

OfflineBatch::OfflineBatch(ApiClient *api, SecureDocumentStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    qRegisterMetaType<OpsDesk::OfflineBatch::Summary>();
    loadManifest();
}

QStringList OfflineBatch::documentHashes(const QJsonObject &application)
{
    QStringList hashes;
    for (const auto &d : application.value(QStringLiteral("documents")).toArray()) {
        const QString sha = d.toObject().value(QStringLiteral("sha256")).toString();
        if (!sha.isEmpty() && !hashes.contains(sha))
            hashes.append(sha);
    }
    return hashes;
}

QString OfflineBatch::manifestPath() const
{
    return m_store ? QDir(m_store->folder()).filePath(QStringLiteral("offline.json")) : QString();
}

void OfflineBatch::loadManifest()
{
    m_manifest.clear();
    QFile file(manifestPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject apps = root.value(QStringLiteral("applications")).toObject();
    for (auto it = apps.begin(); it != apps.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ManifestEntry e;
        e.takenAt = QDateTime::fromString(entry.value(QStringLiteral("taken_at")).toString(),
                                          Qt::ISODateWithMs);
        for (const auto &h : entry.value(QStringLiteral("hashes")).toArray())
            e.hashes.append(h.toString());
        m_manifest.insert(it.key(), e);
    }
}

void OfflineBatch::saveManifest()
{
    if (!m_store)
        return;
    QJsonObject apps;
    for (auto it = m_manifest.cbegin(); it != m_manifest.cend(); ++it)
        apps.insert(it.key(), QJsonObject{{QStringLiteral("taken_at"),
                                           it->takenAt.toUTC().toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("hashes"),
                                           QJsonArray::fromStringList(it->hashes)}});
    QDir().mkpath(m_store->folder());
    QSaveFile file(manifestPath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("applications"), apps}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}

bool OfflineBatch::isAvailableOffline(const QJsonObject &application) const
{
    if (!m_store)
        return false;
    const QString id = application.value(QStringLiteral("id")).toString();
    if (!m_manifest.contains(id))
        return false;
    for (const QString &sha : documentHashes(application))
        if (!m_store->contains(sha))
            return false;
    return true;
}

QStringList OfflineBatch::offlineApplicationIds() const
{
    QStringList ids;
    if (!m_store)
        return ids;
    for (auto it = m_manifest.cbegin(); it != m_manifest.cend(); ++it) {
        bool complete = true;
        for (const QString &sha : it->hashes)
            complete &= m_store->contains(sha);
        if (complete)
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

QDateTime OfflineBatch::takenOfflineAt(const QString &applicationId) const
{
    return m_manifest.value(applicationId).takenAt;
}

void OfflineBatch::forget(const QStringList &applicationIds)
{
    for (const QString &id : applicationIds)
        m_manifest.remove(id);
    saveManifest();
}

void OfflineBatch::start(const QList<QJsonObject> &applications)
{
    if (m_running) {
        Summary refused;
        refused.errors.append(tr("Another batch is being taken offline."));
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT finished(false, refused); });
        return;
    }
    m_summary = Summary();
    m_summary.applications = int(applications.size());
    if (!m_store || !m_store->isOpen() || !m_api) {
        m_summary.errors.append(tr("The encrypted document store is not open."));
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false, m_summary); });
        return;
    }
    loadManifest();
    m_running = true;
    m_cancelled = false;
    m_applications = applications;
    m_queue.clear();
    m_attempts.clear();
    m_failed.clear();
    m_inFlight = 0;
    m_done = 0;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> seen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonObject &application : applications) {
        const QStringList hashes = documentHashes(application);
        m_manifest.insert(application.value(QStringLiteral("id")).toString(),
                          ManifestEntry{now, hashes});
        for (const QString &sha : hashes) {
            if (seen.contains(sha))
                continue;
            seen.insert(sha);
            if (m_store->contains(sha))
                ++m_done;
            else
                m_queue.append(sha);
        }
    }
    m_total = int(seen.size());
    m_summary.documents = m_total;
    Q_EMIT progress(m_done, m_total, 0);
    if (m_queue.isEmpty()) {
        QTimer::singleShot(0, this, &OfflineBatch::finish);
        return;
    }
    pump();
}

void OfflineBatch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (m_inFlight == 0)
        finish();
}

void OfflineBatch::pump()
{
    while (!m_cancelled && m_inFlight < m_maxConcurrent && !m_queue.isEmpty())
        fetchOne(m_queue.takeFirst());
    if (m_inFlight == 0 && (m_queue.isEmpty() || m_cancelled))
        finish();
}

void OfflineBatch::fetchOne(const QString &sha256)
{
    ++m_inFlight;
    ++m_attempts[sha256];
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/files/") + sha256);
    request.checkJson = false;
    QPointer<OfflineBatch> self(this);
    m_api->send(request, this, [self, sha256](const ApiResponse &response) {
        if (!self)
            return;
        --self->m_inFlight;
        QString error;
        bool stored = false;
        if (!response.ok())
            error = tr("%1: %2").arg(sha256.left(12), response.error.message());
        else if (self->m_store && self->m_store->put(sha256, response.body, &error))
            stored = true;
        else if (error.isEmpty())
            error = tr("The document store was closed.");
        if (stored) {
            ++self->m_done;
            ++self->m_summary.downloaded;
            self->m_summary.bytesDownloaded += response.body.size();
            Q_EMIT self->progress(self->m_done, self->m_total, self->m_summary.bytesDownloaded);
        } else if (!self->m_cancelled && self->m_attempts.value(sha256) < MaxAttempts &&
                   !(response.error.kind == ApiError::Kind::Http && response.error.status == 404)) {
            self->m_queue.append(sha256); // try again after the others
        } else {
            self->m_failed.insert(sha256);
            self->m_summary.errors.append(
                tr("Document %1 could not be taken offline: %2").arg(sha256.left(12), error));
        }
        self->pump();
    });
}

void OfflineBatch::finish()
{
    if (!m_running)
        return;
    m_running = false;
    for (const QJsonObject &application : std::as_const(m_applications)) {
        const QString id = application.value(QStringLiteral("id")).toString();
        bool complete = true;
        for (const QString &sha : documentHashes(application))
            complete &= m_store && m_store->contains(sha);
        if (complete)
            ++m_summary.availableOffline;
        else {
            m_summary.failedApplications.append(id);
            m_manifest.remove(id);
        }
    }
    if (m_cancelled)
        m_summary.errors.append(tr("Cancelled."));
    saveManifest();
    m_summary.diskSize = m_store ? m_store->diskSize() : 0;
    m_summary.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    m_applications.clear();
    Q_EMIT finished(!m_cancelled && m_summary.failedApplications.isEmpty(), m_summary);
}

} // namespace OpsDesk
