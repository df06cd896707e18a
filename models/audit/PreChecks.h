#pragma once

#include "models/Staff.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

namespace OpsDesk::Audit {

// The automatic half of 自动人工双重审核 (automatic + manual double review):
// checks the console runs on an application record (as synced, api/openapi.yaml
// `Application`) and shows as a checklist beside the auditor's decision. The
// auditor decides; a failed check only suggests a rejection reason.
//
// Pure functions, QtCore only. Everything that needs other records (the
// duplicate checks) or the calendar comes in through PreCheckContext.

enum class CheckOutcome
{
    Passed,
    Warning, // the auditor should look (e.g. a certificate expiring within 30 days)
    Failed
};

// Stable ids of the checks (PreCheckResult::id). Certificate checks are
// "certificate:<index of the document>" so each certificate has its own row.
namespace CheckId {
inline constexpr char IdFormat[] = "id_format";        // 18 characters, 17 digits + digit or X
inline constexpr char IdChecksum[] = "id_checksum";    // GB 11643 check character
inline constexpr char IdBirthDate[] = "id_birth_date"; // a real date, not in the future,
                                                       // and the application's birth_date
inline constexpr char Age[] = "age";                   // from the ID's birth date
inline constexpr char Certificates[] = "certificates"; // at least one certificate document
inline constexpr char CertificatePrefix[] = "certificate:";
inline constexpr char DuplicateId[] = "duplicate_id";
inline constexpr char DuplicatePhone[] = "duplicate_phone";
inline constexpr char ServiceArea[] = "service_area";
inline constexpr char FaceVerification[] = "face_verification";
} // namespace CheckId

struct PreCheckResult
{
    QString id; // CheckId::…
    CheckOutcome outcome = CheckOutcome::Passed;
    QString text; // translated, one sentence ("ID number checksum is wrong (expected X)")
    // The rejection reason code (AuditCommands::rejectionReasonCodes) that
    // fits a failure or warning; empty when passed.
    QString suggestedReason;
};

// Who else uses an ID number or a phone: record ids of other applications
// ("A000012") and technicians ("T00042"). Fill with add…(); the record being
// checked, and the technician an annual review belongs to, are skipped by
// runPreChecks.
struct IdentityIndex
{
    struct Use
    {
        QString collection; // "applications" or "technicians"
        QString recordId;
        QString technicianId; // the application's technician_id, or the technician's id
        QString status;       // the record's status
    };
    QMultiHash<QString, Use> byIdNumber; // normalised: upper case, no spaces
    QMultiHash<QString, Use> byPhone;    // digits only

    void addApplication(const QJsonObject &application);
    void addTechnician(const QJsonObject &technician);
};

struct PreCheckContext
{
    QDate today; // China local date the checks are made on
    // The age range the business accepts (inclusive, full years on `today`).
    // Default 18–60: adults, and the statutory retirement age for men.
    int minimumAge = 18;
    int maximumAge = 60;
    // A certificate valid for fewer days than this is a warning.
    int expiringWithinDays = 30;
    IdentityIndex identities;
    // Operating cities: city id ("shanghai") → its district names as used in
    // `service_districts` ("浦东新区"). An empty list accepts any district of
    // that city; a city that is not a key is not operated.
    QHash<QString, QStringList> operatingCities;
};

// ---- Chinese resident identity number (GB 11643-1999) -------------------

struct ResidentIdInfo
{
    bool formatOk = false;   // 18 characters: 17 digits and a digit or X (x accepted)
    bool checksumOk = false; // the 18th character is the ISO 7064 MOD 11-2 check
    QChar expectedCheck;     // what the 18th character should be (when formatOk)
    bool birthDateOk = false;
    QDate birthDate;   // characters 7–14, when a real date
    QString areaCode;  // characters 1–6
    bool male = false; // the 17th digit is odd
    bool isValid() const { return formatOk && checksumOk && birthDateOk; }
};

// The check character of the first 17 digits ('0'–'9' or 'X'); a null QChar
// when `first17` is not 17 digits.
QChar residentIdCheckCharacter(QStringView first17);
ResidentIdInfo parseResidentId(const QString &idNumber);
inline bool isValidResidentId(const QString &idNumber)
{
    return parseResidentId(idNumber).isValid();
}
// Full years between `birth` and `on` (−1 when either is invalid or birth is later).
int ageOn(const QDate &birth, const QDate &on);

// "3101**********123X": the first 4 and the last 4 characters, the rest as
// '*' (the server's rule in api/openapi.yaml). A value of 8 characters or
// fewer is starred completely.
QString maskIdNumber(const QString &idNumber);

// The translated name of a certificate type id ("electrician" → "Electrician
// (low voltage)"); an unknown id as it is.
QString certificateTypeName(const QString &type);
// Auditors and admins see the full number (the server sends it to them
// only); everybody else sees it masked.
bool maySeeFullIdNumber(const Staff &staff);
QString displayedIdNumber(const Staff &staff, const QString &idNumber);

// ---- certificates -------------------------------------------------------

enum class CertificateValidity
{
    Valid,
    ExpiringSoon, // valid today, ends within `withinDays` days
    Expired,      // valid_to before today
    NotYetValid,  // valid_from after today
    Unknown       // a date missing or not a date
};
// valid_to is the last valid day.
CertificateValidity certificateValidity(const QDate &validFrom, const QDate &validTo,
                                        const QDate &today, int withinDays = 30);
// From an ApplicationDocument's `certificate` object ({valid_from, valid_to}).
CertificateValidity certificateValidity(const QJsonObject &certificate, const QDate &today,
                                        int withinDays = 30);

// ---- the checklist ------------------------------------------------------

// All checks for one application, in a fixed order: ID format, checksum,
// birth date, age, certificates, duplicate ID, duplicate phone, service area,
// face verification. When the format fails, checksum/birth date/age are
// reported as failed with "cannot be checked".
QList<PreCheckResult> runPreChecks(const QJsonObject &application, const PreCheckContext &context);
// The worst outcome of a list (Passed for an empty list).
CheckOutcome worstOutcome(const QList<PreCheckResult> &results);

// Translated texts for the checklist.
class PreCheckText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::Audit::PreCheckText)
public:
    static QString outcomeName(CheckOutcome outcome); // "Passed", "Warning", "Failed"
    static QString validityName(CertificateValidity validity);
};

} // namespace OpsDesk::Audit
