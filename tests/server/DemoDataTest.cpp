// The demo data generator: deterministic, consistent with the state machine
// and the money rules, points inside their districts, and the applications
// carry what the automatic pre-checks should find.
#include "models/OrderStatus.h"
#include "models/geo/Basemap.h"
#include "models/geo/Cities.h"
#include "server/demo/DemoGenerator.h"
#include "server/store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace OpsDesk;
using namespace OpsDesk::Server;

namespace {

DemoGenerator::Options smallOptions()
{
    DemoGenerator::Options options;
    options.seed = 7;
    options.orders = 4000;
    options.technicians = 60;
    options.cities = {QStringLiteral("shanghai")};
    options.now = QDateTime(QDate(2026, 7, 15), QTime(3, 30), Qt::UTC); // summer, 11:30 local
    return options;
}

class DemoData : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_store = new Store;
        QString error;
        ASSERT_TRUE(s_store->open(s_dir->filePath(QStringLiteral("a.db")), &error));
        s_summary = DemoGenerator::generate(*s_store, smallOptions());
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
    }

    static QList<QJsonObject> all(const char *collection)
    {
        QList<QJsonObject> docs;
        QSqlQuery q(s_store->database());
        q.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = ? ORDER BY id"));
        q.addBindValue(QString::fromLatin1(collection));
        q.exec();
        while (q.next())
            docs.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        return docs;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline Store *s_store = nullptr;
    static inline DemoGenerator::Summary s_summary;
};

QString dump(Store &store)
{
    QString text;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT collection, id, version, seq, city, doc FROM records ORDER BY "
                          "collection, id"));
    while (q.next())
        for (int i = 0; i < 6; ++i)
            text += q.value(i).toString() + QLatin1Char('|');
    q.exec(QStringLiteral("SELECT sha256, length(data) FROM files ORDER BY sha256"));
    while (q.next())
        text += q.value(0).toString() + q.value(1).toString();
    return text;
}

} // namespace

TEST_F(DemoData, SameSeedSameData)
{
    QTemporaryDir dir;
    Store other;
    QString error;
    ASSERT_TRUE(other.open(dir.filePath(QStringLiteral("b.db")), &error));
    DemoGenerator::generate(other, smallOptions());
    const QString a = dump(*s_store);
    EXPECT_GT(a.size(), 1000000);
    EXPECT_TRUE(a == dump(other)) << "two generations with the same seed differ";
}

TEST_F(DemoData, Counts)
{
    EXPECT_EQ(s_store->count(QStringLiteral("orders")), 4000);
    EXPECT_EQ(s_store->count(QStringLiteral("technicians")), 60);
    EXPECT_EQ(s_store->count(QStringLiteral("service_items")), 22);
    EXPECT_GE(s_store->count(QStringLiteral("applications")), 12);
    EXPECT_GE(s_store->count(QStringLiteral("coupons")), 10);
    for (const char *c : {"customers", "commission_rates", "redemptions", "refunds", "reviews",
                          "complaints", "settlements", "withdrawals"})
        EXPECT_GT(s_store->count(QString::fromLatin1(c)), 0) << c;
    EXPECT_GT(s_summary.files, 30);
    EXPECT_EQ(s_summary.counts.value(QStringLiteral("orders")), 4000);
}

TEST_F(DemoData, OrdersFollowTheStateMachineAndMoneyRules)
{
    QHash<QString, int> statuses;
    for (const QJsonObject &o : all("orders")) {
        const QString id = o.value(QStringLiteral("id")).toString();
        const QJsonArray history = o.value(QStringLiteral("status_history")).toArray();
        ASSERT_FALSE(history.isEmpty()) << qPrintable(id);
        EXPECT_EQ(history.first()[QStringLiteral("status")].toString(),
                  QStringLiteral("pending_payment"));
        QString previousAt;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const QJsonObject entry = history.at(i).toObject();
            const QString at = entry.value(QStringLiteral("at")).toString();
            EXPECT_GE(at, previousAt) << qPrintable(id);
            EXPECT_LE(at, QStringLiteral("2026-07-15T03:30:00Z")) << qPrintable(id);
            previousAt = at;
            if (i == 0)
                continue;
            const auto from =
                orderStatusFromId(history.at(i - 1)[QStringLiteral("status")].toString());
            const auto to = orderStatusFromId(entry.value(QStringLiteral("status")).toString());
            ASSERT_TRUE(from && to) << qPrintable(id);
            EXPECT_TRUE(isOrderTransitionAllowed(*from, *to)) << qPrintable(id);
        }
        const QString status = o.value(QStringLiteral("status")).toString();
        EXPECT_EQ(history.last()[QStringLiteral("status")].toString(), status);
        ++statuses[status];
        const qint64 price = o.value(QStringLiteral("price_cents")).toInteger();
        const qint64 discount = o.value(QStringLiteral("coupon_discount_cents")).toInteger();
        const qint64 paid = o.value(QStringLiteral("paid_cents")).toInteger();
        const qint64 refunded = o.value(QStringLiteral("refunded_cents")).toInteger();
        if (o.contains(QStringLiteral("paid_at")))
            EXPECT_EQ(paid, price - discount) << qPrintable(id);
        else
            EXPECT_EQ(paid, 0) << qPrintable(id);
        EXPECT_LE(refunded, paid) << qPrintable(id);
        EXPECT_GE(discount, 0);
        EXPECT_EQ(o.value(QStringLiteral("version")).toInteger(), history.size());
    }
    // Every lifecycle state is there; old orders are finished.
    QString shape;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        shape += it.key() + QLatin1Char('=') + QString::number(it.value()) + QLatin1Char(' ');
    for (const OrderStatus s : allOrderStatuses())
        EXPECT_GT(statuses.value(orderStatusId(s)), 0)
            << qPrintable(orderStatusId(s)) << " in " << qPrintable(shape);
    EXPECT_GT(statuses.value(QStringLiteral("completed")), 3000);
}

TEST_F(DemoData, RefundsStayWithinWhatWasPaid)
{
    QHash<QString, QJsonObject> orders;
    for (const QJsonObject &o : all("orders"))
        orders.insert(o.value(QStringLiteral("id")).toString(), o);
    QHash<QString, qint64> approved;
    QHash<QString, int> statuses;
    for (const QJsonObject &r : all("refunds")) {
        const QJsonObject order = orders.value(r.value(QStringLiteral("order_id")).toString());
        ASSERT_FALSE(order.isEmpty());
        EXPECT_TRUE(order.value(QStringLiteral("has_refund")).toBool());
        EXPECT_LE(r.value(QStringLiteral("amount_requested_cents")).toInteger(),
                  order.value(QStringLiteral("paid_cents")).toInteger());
        const QString status = r.value(QStringLiteral("status")).toString();
        ++statuses[status];
        if (status == QLatin1String("approved") || status == QLatin1String("paid_out")) {
            const qint64 amount = r.value(QStringLiteral("approved_amount_cents")).toInteger();
            EXPECT_LE(amount, r.value(QStringLiteral("amount_requested_cents")).toInteger());
            EXPECT_EQ(r.value(QStringLiteral("technician_share_cents")).toInteger() +
                          r.value(QStringLiteral("platform_share_cents")).toInteger(),
                      amount);
            approved[r.value(QStringLiteral("order_id")).toString()] += amount;
        }
    }
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        EXPECT_EQ(it->value(QStringLiteral("refunded_cents")).toInteger(), approved.value(it.key()))
            << qPrintable(it.key());
    EXPECT_GT(statuses.value(QStringLiteral("submitted")), 0);
    EXPECT_GT(statuses.value(QStringLiteral("paid_out")), 0);
    EXPECT_GT(statuses.value(QStringLiteral("rejected")), 0);
}

TEST_F(DemoData, RefundEvidenceIsNeverAJobPhoto)
{
    // Files follow their records' readers: a job photo that were also a
    // refund's evidence would be finance-only, hidden from dispatchers.
    QSet<QString> jobPhotos;
    for (const QJsonObject &o : all("orders"))
        for (const QJsonValue &sha : o.value(QStringLiteral("photos")).toArray())
            jobPhotos.insert(sha.toString());
    int withEvidence = 0;
    for (const QJsonObject &r : all("refunds")) {
        const QJsonArray evidence = r.value(QStringLiteral("evidence")).toArray();
        withEvidence += evidence.isEmpty() ? 0 : 1;
        for (const QJsonValue &sha : evidence)
            EXPECT_FALSE(jobPhotos.contains(sha.toString())) << qPrintable(sha.toString());
    }
    EXPECT_GT(withEvidence, 0);
}

TEST_F(DemoData, SettlementsAddUp)
{
    QHash<QString, QJsonObject> orders;
    int completed = 0;
    for (const QJsonObject &o : all("orders")) {
        orders.insert(o.value(QStringLiteral("id")).toString(), o);
        completed += o.value(QStringLiteral("status")).toString() == QLatin1String("completed");
    }
    QHash<QString, QString> bearer;
    for (const QJsonObject &c : all("coupons"))
        bearer.insert(c.value(QStringLiteral("id")).toString(),
                      c.value(QStringLiteral("cost_bearer")).toString());
    const QList<QJsonObject> settlements = all("settlements");
    EXPECT_EQ(settlements.size(), completed);
    for (const QJsonObject &s : settlements) {
        const QJsonObject order = orders.value(s.value(QStringLiteral("order_id")).toString());
        ASSERT_EQ(order.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const qint64 price = s.value(QStringLiteral("price_cents")).toInteger();
        EXPECT_EQ(price, order.value(QStringLiteral("price_cents")).toInteger());
        const qint64 commission = s.value(QStringLiteral("commission_cents")).toInteger();
        EXPECT_GE(commission, price / 10 - 1);
        EXPECT_LE(commission, price / 4 + 1);
        const QString coupon = order.value(QStringLiteral("coupon_id")).toString();
        const qint64 discount = order.value(QStringLiteral("coupon_discount_cents")).toInteger();
        const qint64 technicianCost =
            bearer.value(coupon) == QLatin1String("technician") ? discount : 0;
        const qint64 platformCost =
            bearer.value(coupon) == QLatin1String("platform") ? discount : 0;
        EXPECT_EQ(s.value(QStringLiteral("coupon_cost_platform_cents")).toInteger(), platformCost);
        EXPECT_EQ(s.value(QStringLiteral("earnings_cents")).toInteger(),
                  price - commission - technicianCost);
    }
}

TEST_F(DemoData, PointsLieInTheirDistricts)
{
    QFile file(cityBasemapResourcePath(QStringLiteral("shanghai")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Basemap map = Basemap::parse(file.readAll());
    QHash<QString, int> index;
    for (qsizetype i = 0; i < map.districts().size(); ++i)
        index.insert(map.districts().at(i).name, int(i));
    int checked = 0;
    for (const QJsonObject &o : all("orders")) {
        const QString district = o.value(QStringLiteral("district")).toString();
        ASSERT_TRUE(index.contains(district)) << qPrintable(district);
        const GeoPoint p{o.value(QStringLiteral("lat")).toDouble(),
                         o.value(QStringLiteral("lng")).toDouble()};
        // Six decimals (0.1 m) may step over a border: allow a neighbour.
        const bool inside =
            map.districts().at(index.value(district)).contains(p) || map.districtAt(p) >= 0;
        EXPECT_TRUE(inside) << qPrintable(o.value(QStringLiteral("id")).toString());
        ++checked;
    }
    for (const QJsonObject &t : all("technicians")) {
        const GeoPoint home{t.value(QStringLiteral("home_lat")).toDouble(),
                            t.value(QStringLiteral("home_lng")).toDouble()};
        EXPECT_GE(map.districtAt(home), 0);
        EXPECT_EQ(t.value(QStringLiteral("city")).toString(), QStringLiteral("shanghai"));
    }
    EXPECT_EQ(checked, 4000);
}

TEST_F(DemoData, ApplicationsHaveSomethingForThePreChecks)
{
    int valid = 0, invalid = 0, endsInX = 0, expired = 0;
    QHash<QString, int> phones;
    for (const QJsonObject &t : all("technicians"))
        ++phones[t.value(QStringLiteral("phone")).toString()];
    bool duplicatePhone = false;
    for (const QJsonObject &a : all("applications")) {
        const QString number = a.value(QStringLiteral("id_number")).toString();
        if (DemoGenerator::isValidResidentIdNumber(number)) {
            ++valid;
            endsInX += number.endsWith(QLatin1Char('X'));
        } else {
            ++invalid;
        }
        if (a.value(QStringLiteral("kind")).toString() == QLatin1String("new") &&
            phones.value(a.value(QStringLiteral("phone")).toString()) > 0)
            duplicatePhone = true;
        bool hasFront = false;
        for (const QJsonValue &d : a.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject doc = d.toObject();
            hasFront |= doc.value(QStringLiteral("kind")).toString() == QLatin1String("id_front");
            QSqlQuery q(s_store->database());
            q.prepare(QStringLiteral("SELECT length(data) FROM files WHERE sha256 = ?"));
            q.addBindValue(doc.value(QStringLiteral("sha256")).toString());
            q.exec();
            ASSERT_TRUE(q.next()) << "missing file";
            EXPECT_EQ(q.value(0).toLongLong(), doc.value(QStringLiteral("size")).toInteger());
            const QJsonObject cert = doc.value(QStringLiteral("certificate")).toObject();
            if (!cert.isEmpty() &&
                cert.value(QStringLiteral("valid_to")).toString() < QStringLiteral("2026-07-15"))
                ++expired;
        }
        EXPECT_TRUE(hasFront);
    }
    EXPECT_GT(valid, 5);
    EXPECT_GT(invalid, 0);
    EXPECT_GT(endsInX, 0);
    EXPECT_GT(expired, 0);
    EXPECT_TRUE(duplicatePhone);
}

TEST(ResidentId, ChecksumFollowsGb11643)
{
    EXPECT_TRUE(DemoGenerator::isValidResidentIdNumber(QStringLiteral("11010519491231002X")));
    EXPECT_FALSE(DemoGenerator::isValidResidentIdNumber(QStringLiteral("110105194912310021")));
    EXPECT_FALSE(DemoGenerator::isValidResidentIdNumber(QStringLiteral("11010519491331002X")));
    EXPECT_EQ(DemoGenerator::residentIdNumber(QStringLiteral("110105"), QDate(1949, 12, 31), 2),
              QStringLiteral("11010519491231002X"));
}

TEST_F(DemoData, SomeTechniciansHaveTimeOff)
{
    int withTimeOff = 0;
    for (const QJsonObject &t : all("technicians")) {
        const QJsonArray absences = t.value(QStringLiteral("absences")).toArray();
        withTimeOff += !absences.isEmpty();
        for (const QJsonValue &value : absences) {
            const QJsonObject a = value.toObject();
            const QDateTime start =
                QDateTime::fromString(a.value(QStringLiteral("start")).toString(), Qt::ISODate);
            const QDateTime end =
                QDateTime::fromString(a.value(QStringLiteral("end")).toString(), Qt::ISODate);
            EXPECT_TRUE(start.isValid() && end.isValid());
            EXPECT_LT(start, end);
            EXPECT_FALSE(a.value(QStringLiteral("reason")).toString().isEmpty());
            // Around the demo's "now": today or tomorrow.
            EXPECT_LT(std::abs(start.secsTo(QDateTime(QDate(2026, 7, 15), QTime(3, 30), Qt::UTC))),
                      2 * 86400);
        }
    }
    EXPECT_EQ(withTimeOff, 10); // every sixth of 60
}
