// Coupons and promotions against the real reference server process and a
// real SQLite cache (finance account): the validation messages, creating
// and changing coupons through the outbox, the server's refusals kept with
// their per-field codes, unique promo codes, the best-coupon preview equal
// to POST /coupons/best on generated cases, per-campaign figures equal to
// GET /stats/coupons, and the promo code's QR code as PNG and PDF.
#include "common/SyncedDemo.h"
#include "common/TestSupport.h"
#include "models/finance/CouponJson.h"
#include "services/finance/CouponCache.h"
#include "services/finance/CouponCommands.h"
#include "services/finance/PromoCodeQr.h"
#include "services/sync/SyncEngine.h"
#include "ui/finance/CouponText.h"

#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <map>

using namespace OpsDesk;
using namespace OpsDesk::Finance;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

CouponDefinition thresholdCoupon(const QString &name)
{
    CouponDefinition c;
    c.name = name;
    c.kind = CouponKind::Threshold;
    c.amountOffCents = 3000;
    c.thresholdCents = 20000;
    c.validFrom = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    c.validTo = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    c.campaign = s("冬季保养");
    return c;
}

class CouponsTest : public TestSupport::SyncedDemoSuite
{
protected:
    static void SetUpTestSuite() { startSuite(QStringLiteral("finance")); }

    void SetUp() override
    {
        TestSupport::SyncedDemoSuite::SetUp();
        QString error;
        ASSERT_TRUE(m_cache.open(env->cachePath, &error)) << error.toStdString();
    }

    QByteArray token() const { return env->api->accessToken().toLatin1(); }

    TestSupport::HttpResult call(const QByteArray &method, const QString &path,
                                 const QJsonObject &body = {}, const QUrlQuery &query = {})
    {
        QUrl url = env->server.baseUrl();
        url.setPath(path);
        url.setQuery(query);
        return TestSupport::httpRequest(
            method, url,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + token()}, {"Content-Type", "application/json"}});
    }

    QHash<QString, QJsonObject> serverCoupons()
    {
        return TestSupport::serverSnapshot(env->server.baseUrl(), token(),
                                           QStringLiteral("coupons"));
    }

    // Submits a change and waits until the server answered it.
    OutboxEntry submit(const LocalChange &change)
    {
        QString error;
        const QString opId = TestSupport::submitAndWait(*env->sync, change, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));
        for (const OutboxEntry &e : TestSupport::outboxEntries(*env->sync))
            if (e.opId == opId)
                return e;
        return {}; // delivered
    }

    // One pull pass, so that the cache has what the server has now.
    void pull()
    {
        QSignalSpy finished(env->sync->engine(), &SyncEngine::runFinished);
        env->sync->engine()->syncNow();
        ASSERT_TRUE(finished.wait(30000));
    }

    QJsonObject cachedCouponNamed(const QString &name)
    {
        for (const QJsonObject &doc : m_cache.couponDocs())
            if (doc.value(QStringLiteral("name")).toString() == name)
                return doc;
        return {};
    }

    CouponCache m_cache;
};

TEST_F(CouponsTest, ValidationExplainsEveryProblemInPlainWords)
{
    CouponDefinition c = thresholdCoupon(s("满30减50"));
    c.amountOffCents = 5000;
    c.thresholdCents = 3000;
    c.validTo = c.validFrom.addDays(-3);
    c.promoCode = s("win-25");
    c.perCustomerLimit = 0;
    const QList<CouponFieldIssue> issues = validateCoupon(c);
    const QList<CouponFieldIssue> expected{
        {s("threshold_cents"), CouponIssue::ThresholdNotAboveAmount},
        {s("valid_to"), CouponIssue::EndNotAfterStart},
        {s("per_customer_limit"), CouponIssue::BelowOne},
        {s("promo_code"), CouponIssue::PromoCodeFormat}};
    EXPECT_EQ(issues, expected);
    EXPECT_EQ(CouponText::issue(s("threshold_cents"), CouponIssue::ThresholdNotAboveAmount, c),
              s("The minimum order amount must be above the amount off (¥50.00); otherwise the "
                "customer would pay nothing or less."));
    EXPECT_EQ(CouponText::issue(s("valid_to"), CouponIssue::EndNotAfterStart, c),
              s("The last day is before the first day."));

    CouponDefinition percent;
    percent.name = s("八折");
    percent.kind = CouponKind::Percentage;
    percent.percentOff = 120;
    percent.validDaysAfterIssue = 0;
    const QList<CouponFieldIssue> more = validateCoupon(percent);
    EXPECT_TRUE(more.contains(CouponFieldIssue{s("percent_off"), CouponIssue::PercentOutOfRange}));
    EXPECT_TRUE(more.contains(CouponFieldIssue{s("cap_cents"), CouponIssue::Required}));
    EXPECT_TRUE(
        more.contains(CouponFieldIssue{s("valid_days_after_issue"), CouponIssue::DaysOutOfRange}));
    EXPECT_EQ(CouponText::issue(s("percent_off"), CouponIssue::PercentOutOfRange, percent),
              s("The percentage must be between 1 and 100."));
    // Every code has a sentence, and the server's codes read back.
    for (int i = 0; i <= int(CouponIssue::PromoCodeTaken); ++i) {
        EXPECT_FALSE(CouponText::issue(s("total_quota"), CouponIssue(i), c).isEmpty()) << i;
        EXPECT_EQ(couponIssueFromId(couponIssueId(CouponIssue(i))), CouponIssue(i));
    }
    EXPECT_TRUE(isValidPromoCode(s("SUMMER30")));
    EXPECT_FALSE(isValidPromoCode(s("ABC")));
    EXPECT_FALSE(isValidPromoCode(s("ABCDEFGHIJKLMNOPQRSTU")));
    EXPECT_FALSE(isValidPromoCode(s("SUMMER 30")));
}

TEST_F(CouponsTest, JsonRoundTripKeepsEveryField)
{
    CouponDefinition c = thresholdCoupon(s("往返"));
    c.serviceItemIds = {s("S001"), s("S002")};
    c.totalQuota = 500;
    c.perCustomerLimit = 2;
    c.newCustomersOnly = true;
    c.stackable = true;
    c.costBearer = CostBearer::Technician;
    c.promoCode = s("ROUND2026");
    c.referralRole = ReferralRole::Invitee;
    QJsonObject doc = couponInputJson(c);
    const CouponDefinition back = couponFromJson(doc);
    EXPECT_EQ(couponInputJson(back), doc);
    EXPECT_FALSE(doc.contains(QStringLiteral("active")));
}

TEST_F(CouponsTest, CreateAndUpdateThroughTheOutboxLandOnTheServer)
{
    CouponDefinition c = thresholdCoupon(s("冬季满200减30"));
    c.serviceItemIds = {m_cache.serviceItemNames().keys().value(0)};
    const LocalChange create = CouponCommands::create(c);
    EXPECT_TRUE(create.recordId.startsWith(s("local-")));
    EXPECT_EQ(submit(create).opId, QString()) << "delivered";

    const QJsonObject cached = cachedCouponNamed(c.name);
    ASSERT_FALSE(cached.isEmpty());
    const QString id = cached.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(id.startsWith(s("CP"))) << id.toStdString();
    const QJsonObject onServer = serverCoupons().value(id);
    EXPECT_EQ(onServer.value(QStringLiteral("threshold_cents")).toInteger(), 20000);
    EXPECT_EQ(onServer.value(QStringLiteral("campaign")).toString(), s("冬季保养"));

    CouponDefinition changed = couponFromJson(cached);
    changed.name = s("冬季满200减35");
    changed.amountOffCents = 3500;
    changed.promoCode = s("WINTER35");
    EXPECT_EQ(submit(CouponCommands::update(cached, changed)).opId, QString());
    const QJsonObject updated = serverCoupons().value(id);
    EXPECT_EQ(updated.value(QStringLiteral("name")).toString(), changed.name);
    EXPECT_EQ(updated.value(QStringLiteral("amount_off_cents")).toInteger(), 3500);
    EXPECT_EQ(updated.value(QStringLiteral("promo_code")).toString(), s("WINTER35"));
    EXPECT_EQ(updated.value(QStringLiteral("version")).toInteger(), 2);

    EXPECT_EQ(submit(CouponCommands::disable(m_cache.coupon(id), s("campaign over"))).opId,
              QString());
    EXPECT_FALSE(serverCoupons().value(id).value(QStringLiteral("active")).toBool(true));
    EXPECT_FALSE(m_cache.coupon(id).value(QStringLiteral("active")).toBool(true));
}

TEST_F(CouponsTest, ServerRefusalKeepsItsFieldCodes)
{
    // The console would not send this; the server must refuse it the same way.
    CouponDefinition bad = thresholdCoupon(s("门槛低于优惠"));
    bad.thresholdCents = 2000;
    const OutboxEntry refused = submit(CouponCommands::create(bad));
    ASSERT_TRUE(refused.isParked());
    EXPECT_EQ(refused.httpStatus, 400);
    const QJsonObject problem = QJsonDocument::fromJson(refused.serverRecord).object();
    const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1) << refused.serverRecord.constData();
    EXPECT_EQ(errors.first()[QStringLiteral("field")].toString(), s("threshold_cents"));
    EXPECT_EQ(errors.first()[QStringLiteral("code")].toString(), s("threshold_not_above_amount"));
    // Nothing of it stays in the cache or reaches the server.
    EXPECT_TRUE(cachedCouponNamed(bad.name).isEmpty());
    for (const QJsonObject &doc : serverCoupons())
        EXPECT_NE(doc.value(QStringLiteral("name")).toString(), bad.name);
    env->sync->discard(refused.opId);
    EXPECT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));
}

TEST_F(CouponsTest, PromoCodeTakenIsRefusedWithItsField)
{
    CouponDefinition first = thresholdCoupon(s("扫码立减A"));
    first.promoCode = s("SCAN2026");
    EXPECT_EQ(submit(CouponCommands::create(first)).opId, QString());
    CouponDefinition second = thresholdCoupon(s("扫码立减B"));
    second.promoCode = s("SCAN2026");
    const OutboxEntry refused = submit(CouponCommands::create(second));
    ASSERT_TRUE(refused.isParked());
    EXPECT_EQ(refused.httpStatus, 409);
    const QJsonObject problem = QJsonDocument::fromJson(refused.serverRecord).object();
    EXPECT_TRUE(
        problem.value(QStringLiteral("type")).toString().endsWith(s("duplicate-promo-code")));
    const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first()[QStringLiteral("field")].toString(), s("promo_code"));
    EXPECT_EQ(couponIssueFromId(errors.first()[QStringLiteral("code")].toString()),
              CouponIssue::PromoCodeTaken);
    env->sync->discard(refused.opId);
    EXPECT_TRUE(TestSupport::waitForOutboxSettled(*env->sync));
}

TEST_F(CouponsTest, BestCouponPreviewEqualsTheServerOnGeneratedCases)
{
    pull();
    const QList<CouponDefinition> coupons = m_cache.coupons();
    ASSERT_GT(coupons.size(), 5);
    const QStringList items = m_cache.serviceItemNames().keys();
    ASSERT_FALSE(items.isEmpty());
    // Customers: some who hold or used coupons (per-customer limits), and
    // anyone else; moments: now, inside past campaign windows, before the
    // customer's first order (a new customer again).
    QStringList customers;
    for (const CouponCache::Customer &c : m_cache.customers())
        customers.append(c.id);
    ASSERT_GT(customers.size(), 50);
    QRandomGenerator rng(20261203);
    int found = 0, held = 0, newCustomers = 0, limitReached = 0, quotaFull = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 60; ++i) {
        const QString customer = customers.at(rng.bounded(int(customers.size())));
        const QJsonObject customerDoc = m_cache.customer(customer);
        QDateTime at = now;
        const QDateTime firstOrder = QDateTime::fromString(
            customerDoc.value(QStringLiteral("first_order_at")).toString(), Qt::ISODateWithMs);
        switch (i % 4) {
        case 1: // inside the coupon windows of the demo's past months
            at = now.addDays(-rng.bounded(1, 300)).addSecs(rng.bounded(0, 86400));
            break;
        case 2: // before the first order: still a new customer
            if (firstOrder.isValid())
                at = firstOrder.addSecs(-3600);
            break;
        default:
            break;
        }
        const QString item = items.at(rng.bounded(int(items.size())));
        const qint64 price = i % 10 == 0 ? 0 : rng.bounded(1000, 90000);
        const CustomerCouponFacts facts = m_cache.customerFacts(customer, at);
        const BestCoupon local = bestCoupon(coupons, {item, price}, facts, at);

        const TestSupport::HttpResult server =
            call("POST", s("/api/v1/coupons/best"),
                 {{QStringLiteral("service_item_id"), item},
                  {QStringLiteral("price_cents"), price},
                  {QStringLiteral("customer_id"), customer},
                  {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}});
        ASSERT_EQ(server.status, 200) << server.body.constData();
        const QJsonObject answer = server.json().object();
        EXPECT_EQ(local.couponId, answer.value(QStringLiteral("coupon_id")).toString())
            << "case " << i << ' ' << customer.toStdString() << ' ' << item.toStdString() << ' '
            << price << ' ' << at.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(local.discountCents, answer.value(QStringLiteral("discount_cents")).toInteger());
        EXPECT_EQ(price - local.discountCents,
                  answer.value(QStringLiteral("final_price_cents")).toInteger());
        found += local.found();
        held += local.alreadyHeld;
        newCustomers += facts.isNewCustomer;
        for (const CouponDefinition &c : coupons) {
            limitReached += facts.issuedCount.value(c.id) >= c.perCustomerLimit;
            quotaFull += c.totalQuota && c.issuedCount >= *c.totalQuota;
        }
    }
    // The cases cover the rule's branches.
    EXPECT_GT(found, 10);
    EXPECT_LT(found, 60);
    EXPECT_GT(newCustomers, 5);
    EXPECT_GT(limitReached, 5);
    RecordProperty("cases_with_coupon", found);
    RecordProperty("cases_with_held_coupon", held);
    RecordProperty("quota_full_seen", quotaFull);
}

TEST_F(CouponsTest, CampaignFiguresEqualTheServersStatistics)
{
    pull();
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    for (const auto &[from, to] :
         {std::pair{today.addDays(-30), today}, std::pair{today.addDays(-400), today},
          std::pair{today.addDays(-200), today.addDays(-100)}}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
        const TestSupport::HttpResult stats = call("GET", s("/api/v1/stats/coupons"), {}, query);
        ASSERT_EQ(stats.status, 200) << stats.body.constData();
        std::map<QString, CouponCache::Figures> expected;
        for (const QJsonValue &row :
             stats.json().object().value(QStringLiteral("rows")).toArray()) {
            const QString campaign = row[QStringLiteral("campaign")].toString();
            CouponCache::Figures &f = expected[campaign];
            f.key = campaign;
            f.coupons += 1;
            f.issued += row[QStringLiteral("issued")].toInteger();
            f.redeemed += row[QStringLiteral("redeemed")].toInteger();
            f.discountCents += row[QStringLiteral("discount_cents")].toInteger();
            f.orders += row[QStringLiteral("orders")].toInteger();
            f.revenueCents += row[QStringLiteral("revenue_cents")].toInteger();
        }
        const QList<CouponCache::Figures> local = m_cache.campaignFigures(from, to);
        ASSERT_EQ(local.size(), qsizetype(expected.size())) << from.toString().toStdString();
        qint64 redeemed = 0;
        for (const CouponCache::Figures &f : local) {
            ASSERT_TRUE(expected.count(f.key)) << f.key.toStdString();
            const CouponCache::Figures &e = expected.at(f.key);
            EXPECT_EQ(f.coupons, e.coupons) << f.key.toStdString();
            EXPECT_EQ(f.issued, e.issued) << f.key.toStdString();
            EXPECT_EQ(f.redeemed, e.redeemed) << f.key.toStdString();
            EXPECT_EQ(f.discountCents, e.discountCents) << f.key.toStdString();
            EXPECT_EQ(f.orders, e.orders) << f.key.toStdString();
            EXPECT_EQ(f.revenueCents, e.revenueCents) << f.key.toStdString();
            redeemed += f.redeemed;
        }
        if (from == today.addDays(-400)) {
            EXPECT_GT(redeemed, 0) << "the demo's orders used coupons";
        }
    }
}

TEST_F(CouponsTest, PromoCodeQrAsPngAndPdf)
{
    const PromoCodeQr::Matrix matrix = PromoCodeQr::encode(s("SCAN2026"));
    ASSERT_FALSE(matrix.isNull());
    EXPECT_EQ(matrix.version, 1);
    EXPECT_EQ(matrix.size, 21);
    // Finder patterns: a dark 7×7 ring with a dark 3×3 centre in three corners.
    for (const auto &[ox, oy] : {std::pair{0, 0}, std::pair{14, 0}, std::pair{0, 14}}) {
        for (int i = 0; i < 7; ++i) {
            EXPECT_TRUE(matrix.isDark(ox + i, oy));
            EXPECT_TRUE(matrix.isDark(ox + i, oy + 6));
            EXPECT_TRUE(matrix.isDark(ox, oy + i));
            EXPECT_TRUE(matrix.isDark(ox + 6, oy + i));
        }
        EXPECT_FALSE(matrix.isDark(ox + 1, oy + 1));
        EXPECT_TRUE(matrix.isDark(ox + 3, oy + 3));
    }
    const PromoCodeQr::Matrix longer = PromoCodeQr::encode(s("ABCDEFGHIJKLMNOPQRST"));
    EXPECT_EQ(longer.size, 17 + 4 * longer.version);
    EXPECT_LE(longer.version, 2) << "the longest promo code stays small enough to print";

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("SCAN2026.png"));
    QString error;
    ASSERT_TRUE(PromoCodeQr::writePng(matrix, png, &error, 10)) << error.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), (21 + 8) * 10);
    EXPECT_EQ(image.height(), image.width());
    // Only pure black and white, each module exactly its matrix value.
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(image.pixel(x, y));
            ASSERT_TRUE(grey == 0 || grey == 255) << x << ',' << y;
        }
    for (int my = 0; my < 21; ++my)
        for (int mx = 0; mx < 21; ++mx)
            EXPECT_EQ(qGray(image.pixel((mx + 4) * 10 + 5, (my + 4) * 10 + 5)) == 0,
                      matrix.isDark(mx, my));

    const QString pdf = dir.filePath(QStringLiteral("SCAN2026.pdf"));
    ASSERT_TRUE(
        PromoCodeQr::writePdf(matrix, {s("SCAN2026"), s("扫码立减A"), s("满200减30")}, pdf, &error))
        << error.toStdString();
    const TestSupport::ProgramResult render = TestSupport::runProgram(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
         QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    ASSERT_EQ(render.exitCode, 0) << render.err.constData();
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    ASSERT_FALSE(page.isNull());
    EXPECT_LT(page.width(), page.height()) << "A6 portrait";
    int dark = 0;
    for (int y = 0; y < page.height() / 2; ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 64;
    EXPECT_GT(dark, page.width() * page.height() / 20) << "the QR code is on the page";

    // Bad input: nothing to encode, a folder that does not exist.
    EXPECT_TRUE(PromoCodeQr::encode(QString(), &error).isNull());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(
        PromoCodeQr::writePng(matrix, dir.filePath(QStringLiteral("no/such/x.png")), &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
