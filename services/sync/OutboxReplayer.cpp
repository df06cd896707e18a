#include "services/sync/OutboxReplayer.h"

#include "models/OutboxRules.h"
#include "services/api/ApiClient.h"
#include "services/sync/CacheWriter.h"

#include <QDateTime>
#include <QMetaObject>

#include <algorithm>

namespace OpsDesk {

OutboxReplayer::OutboxReplayer(ApiClient *api, CacheWriter *writer, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_writer(writer)
{
    qRegisterMetaType<OutboxEntry>();
    qRegisterMetaType<QList<OpsDesk::OutboxEntry>>();
    qRegisterMetaType<OutboxResult>();
    qRegisterMetaType<OutboxCounts>();
    qRegisterMetaType<LocalChange>();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxReplayer::kick);
    connect(m_writer, &CacheWriter::due, this, &OutboxReplayer::onDue);
    // An entry counts as in flight until its answer is written: a due list
    // asked for before that may still name it.
    connect(m_writer, &CacheWriter::resultApplied, this, [this](const QString &opId) {
        m_inFlight.remove(opId);
        kick();
    });
    connect(m_writer, &CacheWriter::outboxChanged, this, [this](const OutboxCounts &counts) {
        if (counts.pending > 0)
            kick();
    });
}

void OutboxReplayer::start()
{
    m_running = true;
    kick();
}

void OutboxReplayer::stop()
{
    m_running = false;
    m_wake.stop();
}

void OutboxReplayer::kick()
{
    if (!m_running || m_asking)
        return;
    const int room = m_maxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return;
    m_asking = true;
    // Ask for a few more than there is room for: some may be in flight.
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, n = room + m_maxInFlight] { writer->takeDue(n); });
}

void OutboxReplayer::onDue(const QList<OutboxEntry> &entries, qint64 nextDueMs)
{
    m_asking = false;
    if (!m_running)
        return;
    for (const OutboxEntry &entry : entries) {
        if (int(m_inFlight.size()) >= m_maxInFlight)
            break;
        if (!m_inFlight.contains(entry.opId))
            send(entry);
    }
    if (nextDueMs > 0) {
        const qint64 wait = nextDueMs - QDateTime::currentMSecsSinceEpoch();
        m_wake.start(int(std::clamp<qint64>(wait, 50, 10 * 60 * 1000)));
    }
}

void OutboxReplayer::send(const OutboxEntry &entry)
{
    m_inFlight.insert(entry.opId);
    ApiRequest request;
    request.method = entry.method;
    request.path = entry.path;
    request.body = entry.body;
    request.withHeader("Idempotency-Key", entry.opId.toLatin1());
    if (entry.baseVersion > 0)
        request.withHeader("If-Match", '"' + QByteArray::number(entry.baseVersion) + '"');
    m_api->send(request, this, [this, entry](const ApiResponse &response) {
        OutboxResult result;
        result.opId = entry.opId;
        const bool gotAnswer = response.error.kind == ApiError::Kind::None ||
                               response.error.kind == ApiError::Kind::Http;
        // No answer, or one cut off: the same key goes again later.
        result.status = gotAnswer ? response.status : 0;
        result.body = response.body;
        result.error = response.error.isNone() ? QString() : response.error.message();
        result.retryAfterSeconds = response.error.retryAfterSeconds;
        if (response.error.kind == ApiError::Kind::Cancelled && !m_running) {
            m_inFlight.remove(entry.opId);
            return;
        }
        QMetaObject::invokeMethod(m_writer,
                                  [writer = m_writer, result] { writer->applyResult(result); });
        Q_EMIT answered(result);
        if (outboxDisposition(result.status, response.error.type) == OutboxDisposition::Done)
            Q_EMIT delivered(entry.collection);
    });
}

} // namespace OpsDesk
