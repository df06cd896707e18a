#include "services/core/CredentialStore.h"

#include "services/core/Logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace OpsDesk {

namespace {

enum class Operation
{
    Write,
    Read,
    Remove
};

// Runs one keychain job and delivers exactly one result: the job's, or the
// watchdog's if the job does not finish in time.
void runJob(QKeychain::Job *job, Operation operation, int watchdogMs, QObject *context,
            CredentialStore::Callback callback)
{
    auto delivered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto deliver = [delivered, guard, callback](const CredentialStore::Result &result) {
        if (*delivered)
            return;
        *delivered = true;
        if (guard)
            callback(result);
    };

    auto *watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    QObject::connect(watchdog, &QTimer::timeout, job, [deliver, job] {
        qCWarning(lcKeychain) << "keychain did not answer in time";
        CredentialStore::Result result;
        result.error = QObject::tr("The system keychain did not answer. Check that a keyring "
                                   "service is running and unlocked.");
        deliver(result);
        job->disconnect();
    });

    QObject::connect(job, &QKeychain::Job::finished, job, [deliver, operation](QKeychain::Job *j) {
        CredentialStore::Result result;
        switch (j->error()) {
        case QKeychain::NoError:
            result.ok = true;
            if (operation == Operation::Read)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            break;
        case QKeychain::EntryNotFound:
            result.notFound = true;
            result.ok = operation == Operation::Remove;
            result.error = QObject::tr("No saved credentials were found.");
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.error = QObject::tr("Access to the system keychain was denied.");
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            result.error = QObject::tr("No system keychain is available on this computer.");
            break;
        default:
            result.error =
                QObject::tr("The system keychain reported an error: %1").arg(j->errorString());
            break;
        }
        if (!result.ok)
            qCInfo(lcKeychain) << "keychain job failed:" << j->error();
        deliver(result);
    });

    watchdog->start(watchdogMs);
    job->start();
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, Operation::Write, m_watchdogMs, context, std::move(callback));
}

void CredentialStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, Operation::Read, m_watchdogMs, context, std::move(callback));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, Operation::Remove, m_watchdogMs, context, std::move(callback));
}

} // namespace OpsDesk
