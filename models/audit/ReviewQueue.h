#pragma once

#include "models/Staff.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpsDesk::Audit {

// Why an item is in the auditor's queue. An item may have several reasons.
enum class DueReason
{
    NewApplication,      // application kind "new", status submitted or under_review
    AnnualReviewPending, // application kind "annual_review", submitted or under_review
    AnnualReviewDue,     // active technician whose annual_review_due is today or earlier
    CertificateExpiring  // a certificate (pending application, or an active technician's
                         // latest approved application) ends within 30 days or has ended
};

// One row of the queue: either an application awaiting a decision
// (collection "applications") or an active technician needing a review
// (collection "technicians", no open application of theirs).
struct ReviewItem
{
    QString collection;   // "applications" or "technicians"
    QString recordId;     // "A000017" / "T00042"
    QString technicianId; // the technician concerned (empty for a new applicant)
    QString name;
    QString city;
    QStringList skills;
    QString status;           // the record's status (submitted, under_review / active)
    QList<DueReason> reasons; // never empty
    // When the item started waiting: the application's submitted_at, or for a
    // technician the review date / earliest certificate end (start of that
    // China-local day, as UTC).
    QDateTime waitingSince;
    int daysWaiting = 0; // whole days from waitingSince to `now` (0 when in the future)
    // The earliest certificate end among the item's certificates (invalid when none).
    QDate earliestCertificateEnd;
    QDate annualReviewDue; // technicians (and annual-review applications: their technician's)
    bool pending = false;  // the record has a change of ours waiting in the outbox

    bool hasReason(DueReason reason) const { return reasons.contains(reason); }
};

// The queue's filter; an empty field does not filter.
struct ReviewFilter
{
    QString city;         // city id
    QString skill;        // service item id in `skills`
    QStringList statuses; // record statuses
    std::optional<DueReason> reason;
    int minDaysWaiting = -1; // "age": at least this many days waiting
    int maxDaysWaiting = -1; // at most
    QString text;            // case-insensitive in name, record id, technician id

    bool matches(const ReviewItem &item) const;
};

struct ReviewQueueInput
{
    QList<QJsonObject> applications; // as synced (records.doc)
    QList<QJsonObject> technicians;
    QSet<QString> pendingIds; // record ids with a change of ours in the outbox
    QDate today;              // China local date
    QDateTime now;            // UTC
    int expiringWithinDays = 30;
};

// Every item due, most urgent first: applications before technicians, then
// the longest waiting first, then record id. Records outside the staff
// member's city scope are left out (Staff::cities empty = every city).
QList<ReviewItem> buildReviewQueue(const ReviewQueueInput &input, const Staff &staff);
QList<ReviewItem> filterQueue(const QList<ReviewItem> &items, const ReviewFilter &filter);

// The certificates ({type, number, issuer, valid_from, valid_to}) of an
// application's documents, in document order.
QList<QJsonObject> certificatesOf(const QJsonObject &application);
bool isAwaitingDecision(const QJsonObject &application); // submitted or under_review
bool staffMayAccessCity(const Staff &staff, const QString &city);

class ReviewQueueText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::Audit::ReviewQueueText)
public:
    static QString reasonName(DueReason reason); // "New application", …
};

} // namespace OpsDesk::Audit
