#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace OpsDesk::TestSupport {

// The source and binary folders of the build under test.
QString sourceDir();
QString binDir();
QString program(const QString &baseName); // binDir()/baseName(.exe)

struct ProgramResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};
// Runs a program to completion (killing it after timeoutMs).
ProgramResult runProgram(const QString &program, const QStringList &arguments,
                         int timeoutMs = 60000, const QStringList &extraEnvironment = {});

struct HttpResult
{
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    QByteArray contentType;
    QString error;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};
// A blocking HTTP request for tests.
HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 30000);

// Every file under `dir` (recursively) whose contents contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace OpsDesk::TestSupport
