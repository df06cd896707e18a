#include "services/server/LocalServerProcess.h"

#include "services/core/Logging.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace OpsDesk {

LocalServerProcess::LocalServerProcess(QObject *parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(tr("The local server did not start in time.")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &LocalServerProcess::onReadyReadStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > 256 * 1024)
            m_stderr = m_stderr.right(128 * 1024);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_port == 0)
            fail(tr("The local server stopped before it was ready (exit code %1).").arg(exitCode));
        else
            qCWarning(lcServer) << "local server exited with code" << exitCode;
        m_port = 0;
    });
}

LocalServerProcess::~LocalServerProcess()
{
    stop();
}

void LocalServerProcess::start(const QString &program, const QStringList &arguments,
                               const QString &dataDir)
{
    stop();
    m_error.clear();
    m_stdoutBuffer.clear();
    m_stderr.clear();
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                     m_dataDir, QStringLiteral("--exit-on-stdin-close")};
    args += arguments;
    qCInfo(lcServer) << "starting" << program << args;
    m_startTimeout.start(120000);
    // stdin stays open as a lifeline: if the console dies, the server sees
    // end-of-file and exits instead of lingering.
    m_process.start(program, args, QIODevice::ReadWrite);
}

void LocalServerProcess::onReadyReadStdout()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    if (m_port != 0) {
        m_stdoutBuffer.clear();
        return;
    }
    static const QRegularExpression portLine(QStringLiteral("listening on \\S+ port (\\d+)"));
    const auto match = portLine.match(QString::fromUtf8(m_stdoutBuffer));
    if (!match.hasMatch())
        return;
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    m_stdoutBuffer.clear();
    m_startTimeout.stop();
    qCInfo(lcServer) << "local server ready on port" << m_port;
    Q_EMIT ready(baseUrl());
}

void LocalServerProcess::fail(const QString &error)
{
    m_startTimeout.stop();
    if (!m_error.isEmpty())
        return;
    m_error = error;
    qCWarning(lcServer) << error << m_stderr.right(2000);
    Q_EMIT failed(error);
}

bool LocalServerProcess::waitForReady(int timeoutMs)
{
    if (m_port != 0)
        return true;
    if (!m_error.isEmpty())
        return false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &LocalServerProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &LocalServerProcess::failed, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    if (m_port == 0 && m_error.isEmpty())
        fail(tr("The local server did not start in time."));
    return m_port != 0;
}

void LocalServerProcess::stop()
{
    m_startTimeout.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    m_port = 0;
    m_tempDir.reset();
}

QUrl LocalServerProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace OpsDesk
