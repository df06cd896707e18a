#include "models/audit/ReviewQueue.h"

#include "models/audit/PreChecks.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace OpsDesk::Audit {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const auto &v : value.toArray())
        result.append(v.toString());
    return result;
}

QDateTime chinaMidnightUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)).toUTC();
}

// The earliest end of the certificates that end within `days` (or ended).
QDate earliestEndingCertificate(const QJsonObject &application, const QDate &today, int days,
                                QDate *earliestOverall)
{
    QDate earliest;
    for (const QJsonObject &certificate : certificatesOf(application)) {
        const QDate to = QDate::fromString(str(certificate, "valid_to"), Qt::ISODate);
        if (!to.isValid())
            continue;
        if (earliestOverall && (!earliestOverall->isValid() || to < *earliestOverall))
            *earliestOverall = to;
        const auto validity = certificateValidity(certificate, today, days);
        if ((validity == CertificateValidity::Expired ||
             validity == CertificateValidity::ExpiringSoon) &&
            (!earliest.isValid() || to < earliest))
            earliest = to;
    }
    return earliest;
}

int daysBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return 0;
    return int(from.secsTo(to) / 86400);
}

QString decidedAt(const QJsonObject &application)
{
    const QString at = application.value(QStringLiteral("decision"))
                           .toObject()
                           .value(QStringLiteral("at"))
                           .toString();
    return at.isEmpty() ? str(application, "submitted_at") : at;
}

} // namespace

bool isAwaitingDecision(const QJsonObject &application)
{
    const QString status = str(application, "status");
    return status == QLatin1String("submitted") || status == QLatin1String("under_review");
}

bool staffMayAccessCity(const Staff &staff, const QString &city)
{
    return staff.cities.isEmpty() || staff.cities.contains(city);
}

QList<QJsonObject> certificatesOf(const QJsonObject &application)
{
    QList<QJsonObject> result;
    for (const auto &d : application.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject document = d.toObject();
        if (str(document, "kind") == QLatin1String("certificate"))
            result.append(document.value(QStringLiteral("certificate")).toObject());
    }
    return result;
}

bool ReviewFilter::matches(const ReviewItem &item) const
{
    if (!city.isEmpty() && item.city != city)
        return false;
    if (!skill.isEmpty() && !item.skills.contains(skill))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(item.status))
        return false;
    if (reason && !item.hasReason(*reason))
        return false;
    if (minDaysWaiting >= 0 && item.daysWaiting < minDaysWaiting)
        return false;
    if (maxDaysWaiting >= 0 && item.daysWaiting > maxDaysWaiting)
        return false;
    if (!text.isEmpty() && !item.name.contains(text, Qt::CaseInsensitive) &&
        !item.recordId.contains(text, Qt::CaseInsensitive) &&
        !item.technicianId.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

QList<ReviewItem> buildReviewQueue(const ReviewQueueInput &input, const Staff &staff)
{
    QList<ReviewItem> items;
    QHash<QString, QJsonObject> technicians;
    for (const QJsonObject &t : input.technicians)
        technicians.insert(str(t, "id"), t);

    // The technicians with an open application (their review happens there)
    // and each technician's latest approved application (their certificates).
    QSet<QString> withOpenApplication;
    QHash<QString, QJsonObject> latestApproved;
    for (const QJsonObject &a : input.applications) {
        const QString technicianId = str(a, "technician_id");
        if (technicianId.isEmpty())
            continue;
        if (isAwaitingDecision(a))
            withOpenApplication.insert(technicianId);
        else if (str(a, "status") == QLatin1String("approved")) {
            const auto known = latestApproved.constFind(technicianId);
            if (known == latestApproved.constEnd() || decidedAt(*known) < decidedAt(a))
                latestApproved.insert(technicianId, a);
        }
    }

    for (const QJsonObject &a : input.applications) {
        if (!isAwaitingDecision(a) || !staffMayAccessCity(staff, str(a, "city")))
            continue;
        ReviewItem item;
        item.collection = QStringLiteral("applications");
        item.recordId = str(a, "id");
        item.technicianId = str(a, "technician_id");
        item.name = str(a, "name");
        item.city = str(a, "city");
        item.skills = stringList(a.value(QStringLiteral("skills")));
        item.status = str(a, "status");
        item.reasons.append(str(a, "kind") == QLatin1String("annual_review")
                                ? DueReason::AnnualReviewPending
                                : DueReason::NewApplication);
        if (earliestEndingCertificate(a, input.today, input.expiringWithinDays,
                                      &item.earliestCertificateEnd)
                .isValid())
            item.reasons.append(DueReason::CertificateExpiring);
        item.waitingSince = QDateTime::fromString(str(a, "submitted_at"), Qt::ISODateWithMs);
        item.daysWaiting = daysBetween(item.waitingSince, input.now);
        if (!item.technicianId.isEmpty())
            item.annualReviewDue = QDate::fromString(
                str(technicians.value(item.technicianId), "annual_review_due"), Qt::ISODate);
        item.pending = input.pendingIds.contains(item.recordId);
        items.append(item);
    }

    for (const QJsonObject &t : input.technicians) {
        const QString id = str(t, "id");
        if (str(t, "status") != QLatin1String("active") || withOpenApplication.contains(id) ||
            !staffMayAccessCity(staff, str(t, "city")))
            continue;
        ReviewItem item;
        item.annualReviewDue = QDate::fromString(str(t, "annual_review_due"), Qt::ISODate);
        QDateTime since;
        if (item.annualReviewDue.isValid() && item.annualReviewDue <= input.today) {
            item.reasons.append(DueReason::AnnualReviewDue);
            since = chinaMidnightUtc(item.annualReviewDue);
        }
        const auto approved = latestApproved.constFind(id);
        if (approved != latestApproved.constEnd()) {
            const QDate ending = earliestEndingCertificate(
                *approved, input.today, input.expiringWithinDays, &item.earliestCertificateEnd);
            if (ending.isValid()) {
                item.reasons.append(DueReason::CertificateExpiring);
                // waiting since it ended; one still valid waits from today
                const QDateTime from = ending < input.today ? chinaMidnightUtc(ending.addDays(1))
                                                            : chinaMidnightUtc(input.today);
                if (!since.isValid() || from < since)
                    since = from;
            }
        }
        if (item.reasons.isEmpty())
            continue;
        item.collection = QStringLiteral("technicians");
        item.recordId = id;
        item.technicianId = id;
        item.name = str(t, "name");
        item.city = str(t, "city");
        item.skills = stringList(t.value(QStringLiteral("skills")));
        item.status = str(t, "status");
        item.waitingSince = since;
        item.daysWaiting = daysBetween(since, input.now);
        item.pending = input.pendingIds.contains(id);
        items.append(item);
    }

    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        const bool aApp = a.collection == QLatin1String("applications");
        const bool bApp = b.collection == QLatin1String("applications");
        if (aApp != bApp)
            return aApp;
        if (a.waitingSince != b.waitingSince)
            return a.waitingSince < b.waitingSince;
        return a.recordId < b.recordId;
    });
    return items;
}

QList<ReviewItem> filterQueue(const QList<ReviewItem> &items, const ReviewFilter &filter)
{
    QList<ReviewItem> result;
    for (const ReviewItem &item : items)
        if (filter.matches(item))
            result.append(item);
    return result;
}

QString ReviewQueueText::reasonName(DueReason reason)
{
    switch (reason) {
    case DueReason::NewApplication:
        return tr("New application");
    case DueReason::AnnualReviewPending:
        return tr("Annual review submitted");
    case DueReason::AnnualReviewDue:
        return tr("Annual review due");
    case DueReason::CertificateExpiring:
        return tr("Certificate expiring");
    }
    return {};
}

} // namespace OpsDesk::Audit
