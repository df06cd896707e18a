#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace OpsDesk {

// Runs the reference central server (`opsdesk-server`) as a child process on
// a free loopback port: the console's --demo mode, the integration tests and
// the benchmarks all use it. The server is stopped when this object goes.
class LocalServerProcess : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerProcess(QObject *parent = nullptr);
    ~LocalServerProcess() override;

    // Starts `program` with `--port 0 --data-dir <dir>` plus `arguments`.
    // An empty `dataDir` means a temporary folder removed on stop.
    void start(const QString &program, const QStringList &arguments,
               const QString &dataDir = QString());
    // Blocks (with an event loop) until ready() or failed(); true when ready.
    bool waitForReady(int timeoutMs = 60000);
    void stop();

    bool isReady() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString dataDir() const { return m_dataDir; }
    QString errorString() const { return m_error; }
    QByteArray standardError() const { return m_stderr; }
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    void onReadyReadStdout();
    void fail(const QString &error);

    QProcess m_process;
    QTimer m_startTimeout;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace OpsDesk
