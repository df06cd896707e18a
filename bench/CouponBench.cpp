// finance.coupon_best_1k: the best coupon among 1,000 active coupons for one
// order — models/finance bestCoupon, the rule the server's POST
// /coupons/best and the console's preview both run — with a customer who
// holds 20 unredeemed coupons and has been issued 60. Mixed kinds (满减,
// 无门槛, 限服务项目, percentage with a cap), windows and N-days validity,
// quotas, per-customer limits, new-customer coupons. One measurement is the
// mean of 200 calls (ms per call).
// finance.coupon_best_1k_from_json: the same with the 1,000 coupons read
// from their JSON documents first (models/finance/CouponJson), as the server
// does per request and the preview per change.
#include "bench/Bench.h"
#include "models/finance/CouponJson.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace {

using namespace OpsDesk::Finance;

struct Fixture
{
    QList<QJsonObject> docs;
    QList<CouponDefinition> coupons;
    CustomerCouponFacts customer;
    CouponOrder order{QStringLiteral("S005"), 26800};
    QDateTime at = QDateTime(QDate(2026, 12, 3), QTime(4, 0), Qt::UTC);
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture f;
        QRandomGenerator rng(1000);
        for (int i = 0; i < 1000; ++i) {
            CouponDefinition c;
            c.id = QStringLiteral("CP%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            c.name = QStringLiteral("coupon %1").arg(i);
            c.kind = CouponKind(i % 4);
            switch (c.kind) {
            case CouponKind::Threshold:
                c.amountOffCents = rng.bounded(500, 8000);
                c.thresholdCents = *c.amountOffCents + rng.bounded(1000, 40000);
                break;
            case CouponKind::NoThreshold:
                c.amountOffCents = rng.bounded(300, 3000);
                break;
            case CouponKind::ServiceItem:
                c.amountOffCents = rng.bounded(500, 5000);
                for (int k = 0; k < 3; ++k)
                    c.serviceItemIds.append(
                        QStringLiteral("S%1").arg(rng.bounded(1, 20), 3, 10, QLatin1Char('0')));
                break;
            case CouponKind::Percentage:
                c.percentOff = rng.bounded(5, 40);
                c.capCents = rng.bounded(1000, 10000);
                break;
            }
            c.validFrom = f.at.addDays(-rng.bounded(1, 200));
            if (i % 3 == 0)
                c.validTo = f.at.addDays(rng.bounded(-20, 120));
            else
                c.validDaysAfterIssue = rng.bounded(7, 90);
            if (i % 5 == 0) {
                c.totalQuota = rng.bounded(100, 1000);
                c.issuedCount = rng.bounded(0, int(*c.totalQuota) + 1);
            }
            c.perCustomerLimit = rng.bounded(1, 4);
            c.newCustomersOnly = i % 11 == 0;
            c.costBearer = i % 7 == 0 ? CostBearer::Technician : CostBearer::Platform;
            f.coupons.append(c);
            QJsonObject doc = couponInputJson(c);
            doc.insert(QStringLiteral("id"), c.id);
            doc.insert(QStringLiteral("active"), true);
            doc.insert(QStringLiteral("issued_count"), c.issuedCount);
            f.docs.append(doc);
        }
        for (int k = 0; k < 60; ++k) {
            const QString id = f.coupons.at(rng.bounded(1000)).id;
            f.customer.issuedCount[id] += 1;
            if (k < 20)
                f.customer.held.append({id, f.at.addDays(-rng.bounded(1, 30))});
        }
        return f;
    }();
    return f;
}

volatile qint64 sink = 0;

double perCallMs(bool fromJson)
{
    const Fixture &f = fixture();
    constexpr int Calls = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Calls; ++i) {
        if (fromJson) {
            QList<CouponDefinition> coupons;
            coupons.reserve(f.docs.size());
            for (const QJsonObject &doc : f.docs)
                coupons.append(couponFromJson(doc));
            sink = sink + bestCoupon(coupons, f.order, f.customer, f.at).discountCents;
        } else {
            sink = sink + bestCoupon(f.coupons, f.order, f.customer, f.at).discountCents;
        }
    }
    return double(timer.nsecsElapsed()) / 1e6 / Calls;
}

} // namespace

OPSDESK_BENCHMARK(QStringLiteral("finance.coupon_best_1k"), QStringLiteral("ms"),
                  QStringLiteral("best coupon among 1,000 active coupons for one order"), 15,
                  [] { return perCallMs(false); });
OPSDESK_BENCHMARK(QStringLiteral("finance.coupon_best_1k_from_json"), QStringLiteral("ms"),
                  QStringLiteral("the same, the coupons read from their JSON first"), 9,
                  [] { return perCallMs(true); });
