#pragma once

#include <QCoreApplication>
#include <QString>

namespace OpsDesk {

// Translated names of the audit workspace's wire values.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::AuditText)
public:
    // submitted, under_review, approved, rejected; active, suspended.
    static QString statusName(const QString &status);
    static QString kindName(const QString &kind);     // new, annual_review
    static QString faceResult(const QString &result); // pass, fail, pending
    static QString certificateType(const QString &type);
    static QString documentKind(const QString &kind);
    static QString cityName(const QString &cityId);
    // "3 d", "5 h" since the time.
    static QString waitingText(int days, bool compact = false);
    static QString money(qint64 cents);
};

} // namespace OpsDesk
