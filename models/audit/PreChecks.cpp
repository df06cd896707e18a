#include "models/audit/PreChecks.h"

#include <QJsonArray>

namespace OpsDesk::Audit {

namespace {

QString normalisedId(const QString &idNumber)
{
    QString result;
    for (const QChar c : idNumber)
        if (!c.isSpace())
            result.append(c.toUpper());
    return result;
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    // +86 / 0086 prefixes of a mainland mobile number
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits = digits.mid(2);
    else if (digits.size() == 15 && digits.startsWith(QLatin1String("0086")))
        digits = digits.mid(4);
    return digits;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

PreCheckResult result(const char *id, CheckOutcome outcome, const QString &text,
                      const QString &reason = {})
{
    return PreCheckResult{QString::fromLatin1(id), outcome, text,
                          outcome == CheckOutcome::Passed ? QString() : reason};
}

QString recordList(const QList<IdentityIndex::Use> &uses)
{
    QStringList ids;
    for (const auto &use : uses)
        if (!ids.contains(use.recordId))
            ids.append(use.recordId);
    ids.sort();
    return ids.join(QStringLiteral(", "));
}

// Other records than the application itself and the technician it is about.
QList<IdentityIndex::Use> othersOf(const QList<IdentityIndex::Use> &uses,
                                   const QJsonObject &application)
{
    const QString ownId = str(application, "id");
    const QString ownTechnician = str(application, "technician_id");
    QList<IdentityIndex::Use> result;
    for (const auto &use : uses) {
        if (use.collection == QLatin1String("applications") && use.recordId == ownId)
            continue;
        if (!ownTechnician.isEmpty() && use.technicianId == ownTechnician)
            continue;
        result.append(use);
    }
    return result;
}

} // namespace

void IdentityIndex::addApplication(const QJsonObject &application)
{
    const Use use{QStringLiteral("applications"), str(application, "id"),
                  str(application, "technician_id"), str(application, "status")};
    const QString id = normalisedId(str(application, "id_number"));
    if (!id.isEmpty() && !id.contains(QLatin1Char('*')))
        byIdNumber.insert(id, use);
    const QString phone = phoneDigits(str(application, "phone"));
    if (!phone.isEmpty())
        byPhone.insert(phone, use);
}

void IdentityIndex::addTechnician(const QJsonObject &technician)
{
    const Use use{QStringLiteral("technicians"), str(technician, "id"), str(technician, "id"),
                  str(technician, "status")};
    const QString phone = phoneDigits(str(technician, "phone"));
    if (!phone.isEmpty())
        byPhone.insert(phone, use);
    const QString id = normalisedId(str(technician, "id_number"));
    if (!id.isEmpty() && !id.contains(QLatin1Char('*')))
        byIdNumber.insert(id, use);
}

QChar residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[12] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += (c.unicode() - '0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

ResidentIdInfo parseResidentId(const QString &idNumber)
{
    ResidentIdInfo info;
    const QString id = normalisedId(idNumber);
    if (id.size() != 18)
        return info;
    for (int i = 0; i < 17; ++i)
        if (id.at(i) < QLatin1Char('0') || id.at(i) > QLatin1Char('9'))
            return info;
    const QChar last = id.at(17);
    if (!(last.isDigit() && last.unicode() < 128) && last != QLatin1Char('X'))
        return info;
    // No area code starts with 0 (1–8: provinces; 9: the 2023 permanent
    // residence cards of foreigners, same layout and checksum).
    if (id.at(0) == QLatin1Char('0'))
        return info;
    info.formatOk = true;
    info.areaCode = id.left(6);
    info.expectedCheck = residentIdCheckCharacter(QStringView(id).left(17));
    info.checksumOk = info.expectedCheck == last;
    info.birthDate = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    info.birthDateOk = info.birthDate.isValid() && info.birthDate.year() >= 1900;
    if (!info.birthDateOk)
        info.birthDate = QDate();
    info.male = (id.at(16).unicode() - '0') % 2 == 1;
    return info;
}

int ageOn(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || birth > on)
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

QString certificateTypeName(const QString &type)
{
    if (type == QLatin1String("electrician"))
        return PreCheckText::tr("Electrician (low voltage)");
    if (type == QLatin1String("refrigeration"))
        return PreCheckText::tr("Refrigeration and air conditioning");
    if (type == QLatin1String("housekeeping"))
        return PreCheckText::tr("Housekeeping skills");
    return type;
}

QString maskIdNumber(const QString &idNumber)
{
    const QString id = idNumber.trimmed();
    if (id.size() <= 8)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}

bool maySeeFullIdNumber(const Staff &staff)
{
    return staff.hasRole(Role::Auditor) || staff.hasRole(Role::Admin);
}

QString displayedIdNumber(const Staff &staff, const QString &idNumber)
{
    return maySeeFullIdNumber(staff) ? idNumber : maskIdNumber(idNumber);
}

CertificateValidity certificateValidity(const QDate &validFrom, const QDate &validTo,
                                        const QDate &today, int withinDays)
{
    if (!validTo.isValid() || !today.isValid())
        return CertificateValidity::Unknown;
    if (validTo < today)
        return CertificateValidity::Expired;
    if (validFrom.isValid() && validFrom > today)
        return CertificateValidity::NotYetValid;
    if (today.daysTo(validTo) < withinDays)
        return CertificateValidity::ExpiringSoon;
    return CertificateValidity::Valid;
}

CertificateValidity certificateValidity(const QJsonObject &certificate, const QDate &today,
                                        int withinDays)
{
    const QDate from = QDate::fromString(str(certificate, "valid_from"), Qt::ISODate);
    const QDate to = QDate::fromString(str(certificate, "valid_to"), Qt::ISODate);
    return certificateValidity(from, to, today, withinDays);
}

QList<PreCheckResult> runPreChecks(const QJsonObject &application, const PreCheckContext &context)
{
    QList<PreCheckResult> results;
    const QString idNumber = str(application, "id_number");
    const ResidentIdInfo info = parseResidentId(idNumber);
    const QString mismatch = QStringLiteral("id_mismatch");

    // ID format, checksum, birth date
    if (!info.formatOk) {
        const QString cannot =
            PreCheckText::tr("Cannot be checked: the ID number is not well formed.");
        results << result(CheckId::IdFormat, CheckOutcome::Failed,
                          idNumber.contains(QLatin1Char('*'))
                              ? PreCheckText::tr("The ID number is masked; it cannot be checked.")
                              : PreCheckText::tr(
                                    "The ID number must be 18 characters: 17 digits and a "
                                    "digit or X."),
                          mismatch)
                << result(CheckId::IdChecksum, CheckOutcome::Failed, cannot, mismatch)
                << result(CheckId::IdBirthDate, CheckOutcome::Failed, cannot, mismatch)
                << result(CheckId::Age, CheckOutcome::Failed, cannot, mismatch);
    } else {
        results << result(CheckId::IdFormat, CheckOutcome::Passed,
                          PreCheckText::tr("The ID number is well formed."));
        results << (info.checksumOk
                        ? result(CheckId::IdChecksum, CheckOutcome::Passed,
                                 PreCheckText::tr("The ID number's check character is right."))
                        : result(CheckId::IdChecksum, CheckOutcome::Failed,
                                 PreCheckText::tr(
                                     "The ID number's check character is wrong (it should "
                                     "be %1): the number is mistyped or not genuine.")
                                     .arg(info.expectedCheck),
                                 mismatch));
        const QDate stated = QDate::fromString(str(application, "birth_date"), Qt::ISODate);
        if (!info.birthDateOk)
            results << result(
                CheckId::IdBirthDate, CheckOutcome::Failed,
                PreCheckText::tr("The birth date in the ID number (%1) is not a date.")
                    .arg(normalisedId(idNumber).mid(6, 8)),
                mismatch);
        else if (context.today.isValid() && info.birthDate > context.today)
            results << result(
                CheckId::IdBirthDate, CheckOutcome::Failed,
                PreCheckText::tr("The birth date in the ID number (%1) is in the future.")
                    .arg(info.birthDate.toString(Qt::ISODate)),
                mismatch);
        else if (stated.isValid() && stated != info.birthDate)
            results << result(
                CheckId::IdBirthDate, CheckOutcome::Failed,
                PreCheckText::tr("The birth date in the ID number (%1) differs from the "
                                 "one stated (%2).")
                    .arg(info.birthDate.toString(Qt::ISODate), stated.toString(Qt::ISODate)),
                mismatch);
        else
            results << result(
                CheckId::IdBirthDate, CheckOutcome::Passed,
                PreCheckText::tr("Born %1.").arg(info.birthDate.toString(Qt::ISODate)));

        const int age = ageOn(info.birthDate, context.today);
        if (age < 0)
            results << result(CheckId::Age, CheckOutcome::Failed,
                              PreCheckText::tr("The age cannot be worked out from the ID number."),
                              QStringLiteral("age_out_of_range"));
        else if (age < context.minimumAge || age > context.maximumAge)
            results << result(CheckId::Age, CheckOutcome::Failed,
                              PreCheckText::tr("Age %1 is outside the accepted %2–%3 years.")
                                  .arg(age)
                                  .arg(context.minimumAge)
                                  .arg(context.maximumAge),
                              QStringLiteral("age_out_of_range"));
        else
            results << result(CheckId::Age, CheckOutcome::Passed,
                              PreCheckText::tr("Age %1, within %2–%3 years.")
                                  .arg(age)
                                  .arg(context.minimumAge)
                                  .arg(context.maximumAge));
    }

    // Certificates
    const QJsonArray documents = application.value(QStringLiteral("documents")).toArray();
    int certificates = 0;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject document = documents.at(i).toObject();
        if (str(document, "kind") != QLatin1String("certificate"))
            continue;
        ++certificates;
        const QJsonObject certificate = document.value(QStringLiteral("certificate")).toObject();
        const QString type = certificateTypeName(str(certificate, "type"));
        const QString name = str(certificate, "number").isEmpty()
                                 ? type
                                 : type + QLatin1Char(' ') + str(certificate, "number");
        const QDate to = QDate::fromString(str(certificate, "valid_to"), Qt::ISODate);
        const QByteArray id = QByteArray(CheckId::CertificatePrefix) + QByteArray::number(i);
        switch (certificateValidity(certificate, context.today, context.expiringWithinDays)) {
        case CertificateValidity::Valid:
            results << result(id.constData(), CheckOutcome::Passed,
                              PreCheckText::tr("Certificate %1 is valid until %2.")
                                  .arg(name, to.toString(Qt::ISODate)));
            break;
        case CertificateValidity::ExpiringSoon:
            results << result(id.constData(), CheckOutcome::Warning,
                              PreCheckText::tr("Certificate %1 expires on %2, in %n day(s).",
                                               nullptr, int(context.today.daysTo(to)))
                                  .arg(name, to.toString(Qt::ISODate)),
                              QStringLiteral("certificate_expired"));
            break;
        case CertificateValidity::Expired:
            results << result(id.constData(), CheckOutcome::Failed,
                              PreCheckText::tr("Certificate %1 expired on %2.")
                                  .arg(name, to.toString(Qt::ISODate)),
                              QStringLiteral("certificate_expired"));
            break;
        case CertificateValidity::NotYetValid:
            results << result(id.constData(), CheckOutcome::Failed,
                              PreCheckText::tr("Certificate %1 is not valid before %2.")
                                  .arg(name, str(certificate, "valid_from")),
                              QStringLiteral("certificate_unreadable"));
            break;
        case CertificateValidity::Unknown:
            results << result(
                id.constData(), CheckOutcome::Failed,
                PreCheckText::tr("Certificate %1 has no readable validity dates.").arg(name),
                QStringLiteral("certificate_unreadable"));
            break;
        }
    }
    if (certificates == 0)
        results << result(CheckId::Certificates, CheckOutcome::Failed,
                          PreCheckText::tr("No certificate was submitted."),
                          QStringLiteral("certificate_missing"));

    // Duplicates
    const auto otherIds =
        othersOf(context.identities.byIdNumber.values(normalisedId(idNumber)), application);
    if (!info.formatOk || otherIds.isEmpty()) {
        results << result(
            CheckId::DuplicateId, CheckOutcome::Passed,
            PreCheckText::tr("No other application or technician has this ID number."));
    } else {
        bool onlyRejected = true;
        for (const auto &use : otherIds)
            onlyRejected &= use.status == QLatin1String("rejected");
        results << (onlyRejected
                        ? result(CheckId::DuplicateId, CheckOutcome::Warning,
                                 PreCheckText::tr("This ID number was rejected before (%1).")
                                     .arg(recordList(otherIds)),
                                 QStringLiteral("duplicate_application"))
                        : result(CheckId::DuplicateId, CheckOutcome::Failed,
                                 PreCheckText::tr("The ID number is also used by %1.")
                                     .arg(recordList(otherIds)),
                                 QStringLiteral("duplicate_application")));
    }
    const QString phone = phoneDigits(str(application, "phone"));
    const auto otherPhones = phone.isEmpty()
                                 ? QList<IdentityIndex::Use>()
                                 : othersOf(context.identities.byPhone.values(phone), application);
    if (phone.isEmpty())
        results << result(CheckId::DuplicatePhone, CheckOutcome::Failed,
                          PreCheckText::tr("No phone number was given."), QStringLiteral("other"));
    else if (otherPhones.isEmpty())
        results << result(
            CheckId::DuplicatePhone, CheckOutcome::Passed,
            PreCheckText::tr("No other application or technician has this phone number."));
    else
        results << result(
            CheckId::DuplicatePhone, CheckOutcome::Failed,
            PreCheckText::tr("The phone number is also used by %1.").arg(recordList(otherPhones)),
            QStringLiteral("duplicate_application"));

    // Service area
    const QString city = str(application, "city");
    const QJsonArray districts = application.value(QStringLiteral("service_districts")).toArray();
    if (!context.operatingCities.contains(city)) {
        results << result(CheckId::ServiceArea, CheckOutcome::Failed,
                          PreCheckText::tr("The city \"%1\" is not one we operate in.").arg(city),
                          QStringLiteral("service_area_uncovered"));
    } else if (districts.isEmpty()) {
        results << result(CheckId::ServiceArea, CheckOutcome::Failed,
                          PreCheckText::tr("No service district was chosen."),
                          QStringLiteral("service_area_uncovered"));
    } else {
        const QStringList known = context.operatingCities.value(city);
        QStringList outside;
        for (const auto &d : districts)
            if (!known.isEmpty() && !known.contains(d.toString()))
                outside.append(d.toString());
        results << (outside.isEmpty()
                        ? result(
                              CheckId::ServiceArea, CheckOutcome::Passed,
                              PreCheckText::tr("The service area lies inside an operating city."))
                        : result(CheckId::ServiceArea, CheckOutcome::Failed,
                                 PreCheckText::tr("Not districts of the city: %1.")
                                     .arg(outside.join(QStringLiteral(", "))),
                                 QStringLiteral("service_area_uncovered")));
    }

    // Face verification (the server's result)
    const QJsonObject face = application.value(QStringLiteral("face_verification")).toObject();
    const QString faceResult = str(face, "result");
    if (faceResult == QLatin1String("pass"))
        results << result(CheckId::FaceVerification, CheckOutcome::Passed,
                          PreCheckText::tr("Face verification passed (similarity %1).")
                              .arg(face.value(QStringLiteral("score")).toDouble(), 0, 'f', 2));
    else if (faceResult == QLatin1String("fail"))
        results << result(CheckId::FaceVerification, CheckOutcome::Failed,
                          PreCheckText::tr("Face verification failed (similarity %1).")
                              .arg(face.value(QStringLiteral("score")).toDouble(), 0, 'f', 2),
                          QStringLiteral("face_mismatch"));
    else
        results << result(CheckId::FaceVerification, CheckOutcome::Warning,
                          PreCheckText::tr("Face verification has not finished."),
                          QStringLiteral("face_mismatch"));
    return results;
}

CheckOutcome worstOutcome(const QList<PreCheckResult> &results)
{
    CheckOutcome worst = CheckOutcome::Passed;
    for (const auto &r : results)
        if (int(r.outcome) > int(worst))
            worst = r.outcome;
    return worst;
}

QString PreCheckText::outcomeName(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return tr("Passed");
    case CheckOutcome::Warning:
        return tr("Warning");
    case CheckOutcome::Failed:
        return tr("Failed");
    }
    return {};
}

QString PreCheckText::validityName(CertificateValidity validity)
{
    switch (validity) {
    case CertificateValidity::Valid:
        return tr("Valid");
    case CertificateValidity::ExpiringSoon:
        return tr("Expiring soon");
    case CertificateValidity::Expired:
        return tr("Expired");
    case CertificateValidity::NotYetValid:
        return tr("Not yet valid");
    case CertificateValidity::Unknown:
        return tr("Unknown");
    }
    return {};
}

} // namespace OpsDesk::Audit
