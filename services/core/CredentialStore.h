#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace OpsDesk {

// The one door to the operating system's keychain (Secret Service on Linux,
// Credential Manager on Windows, Keychain on macOS). Secrets never touch a
// file, a log or QSettings.
//
// Every call is asynchronous; its callback runs on the GUI thread, and only
// while `context` is alive. A watchdog turns a keychain that never answers
// (a locked or missing Secret Service) into a clear error instead of a hang.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false; // read/remove of a key that is not stored
        QString secret;        // read only
        QString error;         // human-readable, translated
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, QObject *context, Callback callback);
    void read(const QString &key, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);

    QString service() const { return m_service; }
    void setWatchdogMs(int ms) { m_watchdogMs = ms; }

private:
    QString m_service;
    int m_watchdogMs = 15000;
};

} // namespace OpsDesk
