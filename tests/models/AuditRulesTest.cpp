// The audit rules of models/audit: the resident ID number (GB 11643), age,
// certificate validity, the pre-check list, the review queue, the audit trail.
#include "models/audit/AuditTrail.h"
#include "models/audit/Performance.h"
#include "models/audit/PreChecks.h"
#include "models/audit/ReviewQueue.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace OpsDesk;
using namespace OpsDesk::Audit;

namespace {

QJsonObject certificateDoc(const QString &from, const QString &to)
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificate")},
                       {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                       {QStringLiteral("certificate"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("electrician")},
                                    {QStringLiteral("number"), QStringLiteral("T123")},
                                    {QStringLiteral("issuer"), QStringLiteral("上海市应急管理局")},
                                    {QStringLiteral("valid_from"), from},
                                    {QStringLiteral("valid_to"), to}}}};
}

// A good application on 2026-06-01: born 1990-03-07, ID ending in X.
QJsonObject application()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("A000001")},
        {QStringLiteral("kind"), QStringLiteral("new")},
        {QStringLiteral("name"), QStringLiteral("李师傅")},
        {QStringLiteral("id_number"), QStringLiteral("31011519900307451X")},
        {QStringLiteral("phone"), QStringLiteral("13912345678")},
        {QStringLiteral("birth_date"), QStringLiteral("1990-03-07")},
        {QStringLiteral("city"), QStringLiteral("shanghai")},
        {QStringLiteral("skills"), QJsonArray{QStringLiteral("S01")}},
        {QStringLiteral("service_districts"), QJsonArray{QStringLiteral("浦东新区")}},
        {QStringLiteral("face_verification"),
         QJsonObject{{QStringLiteral("result"), QStringLiteral("pass")},
                     {QStringLiteral("score"), 0.93}}},
        {QStringLiteral("documents"),
         QJsonArray{certificateDoc(QStringLiteral("2024-01-01"), QStringLiteral("2029-12-31"))}},
        {QStringLiteral("status"), QStringLiteral("under_review")},
        {QStringLiteral("submitted_at"), QStringLiteral("2026-05-28T02:00:00Z")}};
}

PreCheckContext context()
{
    PreCheckContext c;
    c.today = QDate(2026, 6, 1);
    c.operatingCities.insert(QStringLiteral("shanghai"),
                             {QStringLiteral("浦东新区"), QStringLiteral("黄浦区")});
    return c;
}

PreCheckResult find(const QList<PreCheckResult> &results, const QString &id)
{
    for (const auto &r : results)
        if (r.id == id)
            return r;
    ADD_FAILURE() << "no check " << qPrintable(id);
    return {};
}

CheckOutcome outcome(const QJsonObject &app, const char *id, const PreCheckContext &c = context())
{
    return find(runPreChecks(app, c), QString::fromLatin1(id)).outcome;
}

} // namespace

TEST(ResidentId, ChecksumAndX)
{
    EXPECT_EQ(residentIdCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
    EXPECT_EQ(residentIdCheckCharacter(u"44030420000229123"), QLatin1Char('6'));
    EXPECT_TRUE(residentIdCheckCharacter(u"1101051949123100").isNull());
    EXPECT_TRUE(residentIdCheckCharacter(u"1101051949123100A").isNull());

    EXPECT_TRUE(isValidResidentId(QStringLiteral("11010519491231002X")));
    EXPECT_TRUE(isValidResidentId(QStringLiteral("11010519491231002x"))); // lower-case x
    EXPECT_TRUE(isValidResidentId(QStringLiteral("440304200002291236"))); // 29 Feb 2000
    EXPECT_TRUE(isValidResidentId(QStringLiteral("310101199912310016")));

    const auto wrong = parseResidentId(QStringLiteral("110105194912310021"));
    EXPECT_TRUE(wrong.formatOk);
    EXPECT_FALSE(wrong.checksumOk);
    EXPECT_EQ(wrong.expectedCheck, QLatin1Char('X'));
    EXPECT_FALSE(isValidResidentId(QStringLiteral("31011519900307451Y")));
    EXPECT_FALSE(isValidResidentId(QStringLiteral("310115199003074519")));
}

TEST(ResidentId, Format)
{
    EXPECT_FALSE(parseResidentId(QString()).formatOk);
    EXPECT_FALSE(parseResidentId(QStringLiteral("31011519900307451")).formatOk);   // 17
    EXPECT_FALSE(parseResidentId(QStringLiteral("31011519900307451X1")).formatOk); // 19
    EXPECT_FALSE(parseResidentId(QStringLiteral("3101151990030745X1")).formatOk);  // X inside
    EXPECT_FALSE(parseResidentId(QStringLiteral("3101**********451X")).formatOk);  // masked
    EXPECT_FALSE(parseResidentId(QStringLiteral("010115199003074510")).formatOk);  // area 0…
    EXPECT_FALSE(parseResidentId(QStringLiteral("３１０１１５１９９００３０７４５１Ｘ")).formatOk);
    const auto spaced = parseResidentId(QStringLiteral(" 310115 19900307 451X "));
    EXPECT_TRUE(spaced.isValid());
    EXPECT_EQ(spaced.areaCode, QStringLiteral("310115"));
    EXPECT_TRUE(spaced.male); // 17th digit 1
    EXPECT_EQ(spaced.birthDate, QDate(1990, 3, 7));
    EXPECT_FALSE(parseResidentId(QStringLiteral("310101200501010022")).male);
}

TEST(ResidentId, BirthDateInside)
{
    // 2001-02-29 does not exist; the checksum is right all the same.
    const QString first17 = QStringLiteral("31010120010229001");
    const QString id = first17 + residentIdCheckCharacter(first17);
    const auto info = parseResidentId(id);
    EXPECT_TRUE(info.formatOk);
    EXPECT_TRUE(info.checksumOk);
    EXPECT_FALSE(info.birthDateOk);
    EXPECT_FALSE(info.isValid());
    // Month 13
    const QString m13 = QStringLiteral("31010119901301001");
    EXPECT_FALSE(parseResidentId(m13 + residentIdCheckCharacter(m13)).birthDateOk);
    // 1899
    const QString old = QStringLiteral("31010118991231001");
    EXPECT_FALSE(parseResidentId(old + residentIdCheckCharacter(old)).birthDateOk);

    QJsonObject app = application();
    app.insert(QStringLiteral("id_number"), id);
    app.remove(QStringLiteral("birth_date"));
    EXPECT_EQ(outcome(app, CheckId::IdBirthDate), CheckOutcome::Failed);
    EXPECT_EQ(outcome(app, CheckId::Age), CheckOutcome::Failed);

    // A birth date after today
    const QString future = QStringLiteral("31010120300101001");
    app.insert(QStringLiteral("id_number"), QString(future + residentIdCheckCharacter(future)));
    EXPECT_EQ(outcome(app, CheckId::IdBirthDate), CheckOutcome::Failed);
    // The stated birth date must agree with the number's
    app = application();
    app.insert(QStringLiteral("birth_date"), QStringLiteral("1990-03-08"));
    EXPECT_EQ(outcome(app, CheckId::IdBirthDate), CheckOutcome::Failed);
}

TEST(ResidentId, AgeLimits)
{
    EXPECT_EQ(ageOn(QDate(1990, 3, 7), QDate(2026, 3, 6)), 35);
    EXPECT_EQ(ageOn(QDate(1990, 3, 7), QDate(2026, 3, 7)), 36);
    EXPECT_EQ(ageOn(QDate(2000, 2, 29), QDate(2018, 2, 28)), 17);
    EXPECT_EQ(ageOn(QDate(2000, 2, 29), QDate(2018, 3, 1)), 18);
    EXPECT_EQ(ageOn(QDate(2030, 1, 1), QDate(2026, 1, 1)), -1);

    const auto withBirth = [](const QDate &birth) {
        const QString first17 =
            QStringLiteral("310101") + birth.toString(u"yyyyMMdd") + QStringLiteral("001");
        QJsonObject app = application();
        app.insert(QStringLiteral("id_number"),
                   QString(first17 + residentIdCheckCharacter(first17)));
        app.insert(QStringLiteral("birth_date"), birth.toString(Qt::ISODate));
        return app;
    };
    // today 2026-06-01: 18 on 2026-06-01 is allowed, 17 the day before not
    EXPECT_EQ(outcome(withBirth(QDate(2008, 6, 1)), CheckId::Age), CheckOutcome::Passed);
    EXPECT_EQ(outcome(withBirth(QDate(2008, 6, 2)), CheckId::Age), CheckOutcome::Failed);
    // 60 allowed, 61 not
    EXPECT_EQ(outcome(withBirth(QDate(1965, 6, 2)), CheckId::Age), CheckOutcome::Passed);
    EXPECT_EQ(outcome(withBirth(QDate(1965, 6, 1)), CheckId::Age), CheckOutcome::Failed);
    const auto failed = find(runPreChecks(withBirth(QDate(1960, 1, 1)), context()),
                             QString::fromLatin1(CheckId::Age));
    EXPECT_EQ(failed.suggestedReason, QStringLiteral("age_out_of_range"));
    // The range is the context's
    PreCheckContext wide = context();
    wide.maximumAge = 65;
    EXPECT_EQ(outcome(withBirth(QDate(1965, 6, 1)), CheckId::Age, wide), CheckOutcome::Passed);
}

TEST(ResidentId, Masking)
{
    EXPECT_EQ(maskIdNumber(QStringLiteral("31011519900307451X")),
              QStringLiteral("3101**********451X"));
    EXPECT_EQ(maskIdNumber(QStringLiteral("12345678")), QStringLiteral("********"));
    Staff auditor;
    auditor.roles = {Role::Auditor};
    Staff admin;
    admin.roles = {Role::Admin};
    Staff dispatcher;
    dispatcher.roles = {Role::Dispatcher};
    Staff finance;
    finance.roles = {Role::Finance};
    const QString id = QStringLiteral("31011519900307451X");
    EXPECT_EQ(displayedIdNumber(auditor, id), id);
    EXPECT_EQ(displayedIdNumber(admin, id), id);
    EXPECT_EQ(displayedIdNumber(dispatcher, id), QStringLiteral("3101**********451X"));
    EXPECT_EQ(displayedIdNumber(finance, id), QStringLiteral("3101**********451X"));
}

TEST(Certificates, Expiry)
{
    const QDate today(2026, 6, 1);
    const QDate from(2020, 1, 1);
    EXPECT_EQ(certificateValidity(from, QDate(2026, 5, 31), today), CertificateValidity::Expired);
    EXPECT_EQ(certificateValidity(from, today, today),
              CertificateValidity::ExpiringSoon); // last valid day
    EXPECT_EQ(certificateValidity(from, today.addDays(29), today),
              CertificateValidity::ExpiringSoon);
    EXPECT_EQ(certificateValidity(from, today.addDays(30), today), CertificateValidity::Valid);
    EXPECT_EQ(certificateValidity(today.addDays(1), today.addDays(900), today),
              CertificateValidity::NotYetValid);
    EXPECT_EQ(certificateValidity(from, QDate(), today), CertificateValidity::Unknown);
    EXPECT_EQ(certificateValidity(QJsonObject{{QStringLiteral("valid_from"), QStringLiteral("x")},
                                              {QStringLiteral("valid_to"), QStringLiteral("y")}},
                                  today),
              CertificateValidity::Unknown);

    QJsonObject app = application();
    app.insert(
        QStringLiteral("documents"),
        QJsonArray{certificateDoc(QStringLiteral("2020-01-01"), QStringLiteral("2026-06-20")),
                   certificateDoc(QStringLiteral("2020-01-01"), QStringLiteral("2026-05-01")),
                   certificateDoc(QStringLiteral("2020-01-01"), QStringLiteral("2028-05-01"))});
    const auto results = runPreChecks(app, context());
    EXPECT_EQ(find(results, QStringLiteral("certificate:0")).outcome, CheckOutcome::Warning);
    EXPECT_EQ(find(results, QStringLiteral("certificate:1")).outcome, CheckOutcome::Failed);
    EXPECT_EQ(find(results, QStringLiteral("certificate:1")).suggestedReason,
              QStringLiteral("certificate_expired"));
    EXPECT_EQ(find(results, QStringLiteral("certificate:2")).outcome, CheckOutcome::Passed);
    EXPECT_EQ(worstOutcome(results), CheckOutcome::Failed);

    app.insert(QStringLiteral("documents"), QJsonArray());
    EXPECT_EQ(outcome(app, CheckId::Certificates), CheckOutcome::Failed);
}

TEST(PreChecks, AGoodApplicationPassesEverything)
{
    const auto results = runPreChecks(application(), context());
    for (const auto &r : results) {
        EXPECT_EQ(r.outcome, CheckOutcome::Passed)
            << qPrintable(r.id) << ": " << qPrintable(r.text);
        EXPECT_FALSE(r.text.isEmpty());
        EXPECT_TRUE(r.suggestedReason.isEmpty());
    }
    EXPECT_GE(results.size(), 9);
}

TEST(PreChecks, WrongChecksumFails)
{
    QJsonObject app = application();
    app.insert(QStringLiteral("id_number"), QStringLiteral("310115199003074511"));
    const auto r = find(runPreChecks(app, context()), QString::fromLatin1(CheckId::IdChecksum));
    EXPECT_EQ(r.outcome, CheckOutcome::Failed);
    EXPECT_TRUE(r.text.contains(QLatin1Char('X'))) << qPrintable(r.text);
    EXPECT_EQ(r.suggestedReason, QStringLiteral("id_mismatch"));

    app.insert(QStringLiteral("id_number"), QStringLiteral("abc"));
    EXPECT_EQ(outcome(app, CheckId::IdFormat), CheckOutcome::Failed);
    EXPECT_EQ(outcome(app, CheckId::IdChecksum), CheckOutcome::Failed);
}

TEST(PreChecks, Duplicates)
{
    PreCheckContext c = context();
    // itself: not a duplicate
    c.identities.addApplication(application());
    EXPECT_EQ(outcome(application(), CheckId::DuplicateId, c), CheckOutcome::Passed);
    EXPECT_EQ(outcome(application(), CheckId::DuplicatePhone, c), CheckOutcome::Passed);

    // another pending application with the same ID number
    QJsonObject other = application();
    other.insert(QStringLiteral("id"), QStringLiteral("A000002"));
    other.insert(QStringLiteral("phone"), QStringLiteral("13800000000"));
    c.identities.addApplication(other);
    auto results = runPreChecks(application(), c);
    EXPECT_EQ(find(results, QString::fromLatin1(CheckId::DuplicateId)).outcome,
              CheckOutcome::Failed);
    EXPECT_TRUE(find(results, QString::fromLatin1(CheckId::DuplicateId))
                    .text.contains(QStringLiteral("A000002")));
    EXPECT_EQ(find(results, QString::fromLatin1(CheckId::DuplicatePhone)).outcome,
              CheckOutcome::Passed);

    // only an earlier rejection: a warning
    PreCheckContext rejected = context();
    other.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    rejected.identities.addApplication(other);
    EXPECT_EQ(outcome(application(), CheckId::DuplicateId, rejected), CheckOutcome::Warning);

    // a technician with the phone (written with +86 and spaces)
    PreCheckContext phone = context();
    phone.identities.addTechnician(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("T00001")},
                    {QStringLiteral("phone"), QStringLiteral("+86 139 1234 5678")},
                    {QStringLiteral("status"), QStringLiteral("active")}});
    EXPECT_EQ(outcome(application(), CheckId::DuplicatePhone, phone), CheckOutcome::Failed);
    // … unless the application is that technician's annual review
    QJsonObject review = application();
    review.insert(QStringLiteral("technician_id"), QStringLiteral("T00001"));
    EXPECT_EQ(outcome(review, CheckId::DuplicatePhone, phone), CheckOutcome::Passed);
}

TEST(PreChecks, ServiceAreaAndFace)
{
    QJsonObject app = application();
    app.insert(QStringLiteral("service_districts"),
               QJsonArray{QStringLiteral("浦东新区"), QStringLiteral("西湖区")});
    EXPECT_EQ(outcome(app, CheckId::ServiceArea), CheckOutcome::Failed);
    app.insert(QStringLiteral("service_districts"), QJsonArray());
    EXPECT_EQ(outcome(app, CheckId::ServiceArea), CheckOutcome::Failed);
    app = application();
    app.insert(QStringLiteral("city"), QStringLiteral("lhasa"));
    EXPECT_EQ(outcome(app, CheckId::ServiceArea), CheckOutcome::Failed);
    PreCheckContext anyDistrict = context();
    anyDistrict.operatingCities.insert(QStringLiteral("shanghai"), {});
    app = application();
    app.insert(QStringLiteral("service_districts"), QJsonArray{QStringLiteral("崇明区")});
    EXPECT_EQ(outcome(app, CheckId::ServiceArea, anyDistrict), CheckOutcome::Passed);

    app = application();
    app.insert(QStringLiteral("face_verification"),
               QJsonObject{{QStringLiteral("result"), QStringLiteral("fail")},
                           {QStringLiteral("score"), 0.41}});
    EXPECT_EQ(outcome(app, CheckId::FaceVerification), CheckOutcome::Failed);
    app.insert(QStringLiteral("face_verification"),
               QJsonObject{{QStringLiteral("result"), QStringLiteral("pending")}});
    EXPECT_EQ(outcome(app, CheckId::FaceVerification), CheckOutcome::Warning);
}

TEST(ReviewQueue, DueItemsAndFilters)
{
    ReviewQueueInput in;
    in.today = QDate(2026, 6, 1);
    in.now = QDateTime(QDate(2026, 6, 1), QTime(4, 0), Qt::UTC);
    QJsonObject fresh = application(); // A000001, waiting since 05-28
    QJsonObject submitted = application();
    submitted.insert(QStringLiteral("id"), QStringLiteral("A000002"));
    submitted.insert(QStringLiteral("status"), QStringLiteral("submitted"));
    submitted.insert(QStringLiteral("city"), QStringLiteral("beijing"));
    submitted.insert(QStringLiteral("submitted_at"), QStringLiteral("2026-05-31T02:00:00Z"));
    submitted.insert(
        QStringLiteral("documents"),
        QJsonArray{certificateDoc(QStringLiteral("2020-01-01"), QStringLiteral("2026-06-10"))});
    QJsonObject done = application();
    done.insert(QStringLiteral("id"), QStringLiteral("A000003"));
    done.insert(QStringLiteral("status"), QStringLiteral("approved"));
    done.insert(QStringLiteral("technician_id"), QStringLiteral("T00002"));
    done.insert(
        QStringLiteral("documents"),
        QJsonArray{certificateDoc(QStringLiteral("2020-01-01"), QStringLiteral("2026-06-15"))});
    in.applications = {fresh, submitted, done};
    const auto tech = [](const char *id, const char *due, const char *status) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("name"), QStringLiteral("王师傅")},
                           {QStringLiteral("city"), QStringLiteral("shanghai")},
                           {QStringLiteral("skills"), QJsonArray{QStringLiteral("S02")}},
                           {QStringLiteral("status"), QString::fromLatin1(status)},
                           {QStringLiteral("annual_review_due"), QString::fromLatin1(due)}};
    };
    in.technicians = {tech("T00001", "2026-05-20", "active"),     // review due
                      tech("T00002", "2026-12-01", "active"),     // certificate ending 06-15
                      tech("T00003", "2026-12-01", "active"),     // nothing due
                      tech("T00004", "2026-01-01", "suspended")}; // not active
    in.pendingIds = {QStringLiteral("A000002")};
    Staff everywhere;
    everywhere.roles = {Role::Auditor};
    const auto queue = buildReviewQueue(in, everywhere);
    ASSERT_EQ(queue.size(), 4);
    EXPECT_EQ(queue.at(0).recordId, QStringLiteral("A000001")); // waiting longest
    EXPECT_EQ(queue.at(0).daysWaiting, 4);
    EXPECT_TRUE(queue.at(0).hasReason(DueReason::NewApplication));
    EXPECT_EQ(queue.at(1).recordId, QStringLiteral("A000002"));
    EXPECT_TRUE(queue.at(1).hasReason(DueReason::CertificateExpiring));
    EXPECT_TRUE(queue.at(1).pending);
    EXPECT_EQ(queue.at(2).recordId, QStringLiteral("T00001"));
    EXPECT_TRUE(queue.at(2).hasReason(DueReason::AnnualReviewDue));
    EXPECT_EQ(queue.at(2).daysWaiting, 12);
    EXPECT_EQ(queue.at(3).recordId, QStringLiteral("T00002"));
    EXPECT_TRUE(queue.at(3).hasReason(DueReason::CertificateExpiring));
    EXPECT_EQ(queue.at(3).earliestCertificateEnd, QDate(2026, 6, 15));

    ReviewFilter byCity;
    byCity.city = QStringLiteral("beijing");
    EXPECT_EQ(filterQueue(queue, byCity).size(), 1);
    ReviewFilter bySkill;
    bySkill.skill = QStringLiteral("S02");
    EXPECT_EQ(filterQueue(queue, bySkill).size(), 2);
    ReviewFilter byStatus;
    byStatus.statuses = {QStringLiteral("submitted")};
    EXPECT_EQ(filterQueue(queue, byStatus).size(), 1);
    ReviewFilter old;
    old.minDaysWaiting = 3;
    EXPECT_EQ(filterQueue(queue, old).size(), 2);
    ReviewFilter reason;
    reason.reason = DueReason::CertificateExpiring;
    EXPECT_EQ(filterQueue(queue, reason).size(), 2);

    Staff shanghaiOnly;
    shanghaiOnly.roles = {Role::Auditor};
    shanghaiOnly.cities = {QStringLiteral("shanghai")};
    EXPECT_EQ(buildReviewQueue(in, shanghaiOnly).size(), 3);
}

TEST(AuditTrail, ReadsTheServersFields)
{
    QJsonObject technician{
        {QStringLiteral("id"), QStringLiteral("T00001")},
        {QStringLiteral("action_log"),
         QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("penalty")},
                                {QStringLiteral("at"), QStringLiteral("2026-05-02T03:00:00Z")},
                                {QStringLiteral("by"), QStringLiteral("ST0004")},
                                {QStringLiteral("reason"), QStringLiteral("迟到")},
                                {QStringLiteral("amount_cents"), 5000}},
                    QJsonObject{{QStringLiteral("action"), QStringLiteral("star_level")},
                                {QStringLiteral("at"), QStringLiteral("2026-05-03T03:00:00Z")},
                                {QStringLiteral("by"), QStringLiteral("system")},
                                {QStringLiteral("reason"), QStringLiteral("auto")},
                                {QStringLiteral("star_level"), 4}}}}};
    QJsonObject rejected = application();
    rejected.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    rejected.insert(
        QStringLiteral("decision"),
        QJsonObject{{QStringLiteral("by"), QStringLiteral("ST0007")},
                    {QStringLiteral("at"), QStringLiteral("2026-05-29T03:00:00Z")},
                    {QStringLiteral("reasons"), QJsonArray{QStringLiteral("id_photo_unreadable")}},
                    {QStringLiteral("note"), QStringLiteral("请重新拍摄")},
                    {QStringLiteral("pending"), true}});
    const auto trail = auditTrail(technician, {rejected});
    ASSERT_EQ(trail.size(), 4);
    EXPECT_EQ(trail.at(0).action, QStringLiteral("rejected")); // pending first
    EXPECT_TRUE(trail.at(0).pending);
    EXPECT_EQ(trail.at(0).by, QStringLiteral("ST0007"));
    EXPECT_EQ(trail.at(0).reasonCodes, QStringList{QStringLiteral("id_photo_unreadable")});
    EXPECT_TRUE(trail.at(0).text.contains(QStringLiteral("请重新拍摄")));
    EXPECT_EQ(trail.at(1).action, QStringLiteral("submitted"));
    EXPECT_EQ(trail.at(2).action, QStringLiteral("star_level"));
    EXPECT_EQ(trail.at(2).starLevel, 4);
    EXPECT_EQ(trail.at(3).action, QStringLiteral("penalty"));
    EXPECT_EQ(trail.at(3).amountCents, 5000);
    EXPECT_FALSE(trail.at(3).pending);
    EXPECT_EQ(rejectionReasonCodes().size(), 13);
    EXPECT_EQ(rejectionReasonCodes().last(), QStringLiteral("other"));
}

TEST(Performance, StarRulePreview)
{
    PerformanceSummary p;
    p.starLevel = 3;
    p.rating = 4.9;
    p.onTimeRate = 0.97;
    p.complaints = 0;
    p.completedOrders = 160;
    auto preview = previewStarRule(p);
    EXPECT_EQ(preview.current, 3);
    EXPECT_EQ(preview.proposed, 4);
    EXPECT_EQ(preview.direction(), 1);
    p.completedOrders = 149; // 3 stars need 150
    EXPECT_EQ(previewStarRule(p).direction(), 0);
    EXPECT_FALSE(previewStarRule(p).reasons.isEmpty());
    p.completedOrders = 400;
    p.complaints = 5;
    preview = previewStarRule(p);
    EXPECT_EQ(preview.proposed, 2);
    EXPECT_EQ(preview.reasons.size(), 1);
    p.complaints = 0;
    p.onTimeRate = 0.7;
    p.rating = 3.9;
    EXPECT_EQ(previewStarRule(p).reasons.size(), 2);
    p.starLevel = 1;
    EXPECT_EQ(previewStarRule(p).proposed, 1); // never below one star
    p.starLevel = 5;
    p.onTimeRate = 1;
    p.rating = 5;
    EXPECT_EQ(previewStarRule(p).proposed, 5); // never above five

    const QJsonObject technician{
        {QStringLiteral("rating"), 4.5},
        {QStringLiteral("on_time_rate"), 0.9},
        {QStringLiteral("complaint_count"), 2},
        {QStringLiteral("completed_orders"), 88},
        {QStringLiteral("star_level"), 4},
        {QStringLiteral("action_log"),
         QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("star_level")},
                                {QStringLiteral("at"), QStringLiteral("2026-04-01T00:00:00Z")},
                                {QStringLiteral("by"), QStringLiteral("system")},
                                {QStringLiteral("star_level"), 4}},
                    QJsonObject{{QStringLiteral("action"), QStringLiteral("reward")},
                                {QStringLiteral("amount_cents"), 2000}},
                    QJsonObject{{QStringLiteral("action"), QStringLiteral("penalty")},
                                {QStringLiteral("amount_cents"), 5000}}}}};
    const PerformanceSummary s = performanceOf(technician);
    EXPECT_EQ(s.completedOrders, 88);
    EXPECT_EQ(s.complaints, 2);
    ASSERT_EQ(s.starHistory.size(), 1);
    EXPECT_EQ(s.starHistory.first().level, 4);
    EXPECT_EQ(s.rewardsCents, 2000);
    EXPECT_EQ(s.penaltiesCents, 5000);
}
