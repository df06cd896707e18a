#include "server/demo/Simulator.h"

#include "models/Money.h"
#include "models/OrderStatus.h"
#include "models/finance/Settlement.h"
#include "models/geo/Cities.h"
#include "server/ApiServer.h"
#include "server/store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <numbers>

namespace OpsDesk::Server {

namespace {

constexpr double Minute = 60;
constexpr double EarthRadius = 6371008.8;
constexpr double ReportInterval = 30; // simulated seconds between position reports

// Orders per hour of the (UTC+8) day, relative: peaks 9–11 and 14–17.
constexpr double HourWeights[24] = {1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2.5, 5,   8, 9, 8,
                                    5, 4,   7,   8,   8,   7,   5, 4,   3.5, 3, 2, 1.5};

double hourFactor(int localHour)
{
    double sum = 0;
    for (double w : HourWeights)
        sum += w;
    return HourWeights[localHour % 24] / (sum / 24);
}

int localMinutesOfDay(const QDateTime &utc)
{
    const qint64 secs = utc.toSecsSinceEpoch() + 8 * 3600;
    return int(((secs % 86400) + 86400) % 86400 / 60);
}

QString localDate(const QDateTime &utc)
{
    return utc.addSecs(8 * 3600).date().toString(QStringLiteral("yyyyMMdd"));
}

const char *nextStatus(const QString &status)
{
    if (status == QLatin1String("assigned"))
        return "accepted";
    if (status == QLatin1String("accepted"))
        return "en_route";
    if (status == QLatin1String("en_route"))
        return "arrived";
    if (status == QLatin1String("arrived"))
        return "in_service";
    if (status == QLatin1String("in_service"))
        return "completed";
    return nullptr;
}

bool isInFlight(const QString &status)
{
    return nextStatus(status) != nullptr;
}

} // namespace

Simulator::Simulator(ApiServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(server.store())
    , m_speed(server.options().simulatorSpeed)
    , m_rng(quint64(server.options().seed) * 7919 + 17)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::tick);
}

Simulator::~Simulator() = default;

QDateTime Simulator::now() const
{
    const QDateTime origin = m_server.options().demoNow;
    return origin.isValid() ? origin.addMSecs(qint64(m_clock * 1000))
                            : QDateTime::currentDateTimeUtc();
}

void Simulator::setRunning(bool running)
{
    if (running == isRunning())
        return;
    if (running) {
        m_elapsed.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void Simulator::tick()
{
    const double real = double(m_elapsed.restart()) / 1000.0;
    advance(std::min(real, 10.0) * m_speed);
}

double Simulator::unit()
{
    return double(m_rng() >> 11) * 0x1.0p-53;
}

void Simulator::load()
{
    m_loaded = true;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT doc FROM records WHERE collection = 'technicians' AND deleted = 0 ORDER BY id"));
    while (query.next()) {
        const QJsonObject doc = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        Tech t;
        t.id = doc.value(QStringLiteral("id")).toString();
        t.city = doc.value(QStringLiteral("city")).toString();
        t.workStatus = doc.value(QStringLiteral("work_status")).toString();
        t.active = doc.value(QStringLiteral("status")).toString() != QLatin1String("suspended");
        t.homeLat = doc.value(QStringLiteral("home_lat")).toDouble();
        t.homeLng = doc.value(QStringLiteral("home_lng")).toDouble();
        t.lat = doc.value(QStringLiteral("last_lat")).toDouble(t.homeLat);
        t.lng = doc.value(QStringLiteral("last_lng")).toDouble(t.homeLng);
        t.heading = unit() * 360;
        t.nextReportAt = double(m_techs.size() % int(ReportInterval));
        const QJsonObject hours = doc.value(QStringLiteral("working_hours")).toObject();
        const auto minutes = [](const QString &hhmm) {
            return hhmm.left(2).toInt() * 60 + hhmm.mid(3, 2).toInt();
        };
        t.workStart =
            minutes(hours.value(QStringLiteral("start")).toString(QStringLiteral("08:00")));
        t.workEnd = minutes(hours.value(QStringLiteral("end")).toString(QStringLiteral("20:00")));
        m_techIndex.insert(t.id, int(m_techs.size()));
        m_techs.push_back(t);
        if (!t.city.isEmpty() && !m_basemaps.contains(t.city) && isKnownCity(t.city)) {
            QFile file(cityBasemapResourcePath(t.city));
            if (file.open(QIODevice::ReadOnly))
                m_basemaps.insert(t.city, Basemap::parse(file.readAll()));
        }
    }
    query.exec(QStringLiteral(
        "SELECT doc FROM records WHERE collection = 'service_items' AND deleted = 0 ORDER BY id"));
    while (query.next()) {
        const QJsonObject doc = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        if (!doc.value(QStringLiteral("active")).toBool(true))
            continue;
        const QString id = doc.value(QStringLiteral("id")).toString();
        m_serviceItems.append(id);
        m_prices.insert(id, doc.value(QStringLiteral("price_cents")).toInteger());
        m_durations.insert(id, doc.value(QStringLiteral("duration_minutes")).toInt(60));
    }
    m_customerCount = m_store.count(QStringLiteral("customers"));
    m_ordersPerDay = std::max(200.0, double(m_store.count(QStringLiteral("orders"))) / 730.0);
    query.exec(QStringLiteral(
        "SELECT MAX(id) FROM records WHERE collection = 'refunds' AND id LIKE 'R______'"));
    if (query.next())
        m_refundSeq = query.value(0).toString().mid(1).toLongLong();
}

void Simulator::rescanOrders()
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, status FROM order_facts WHERE status IN ('assigned', "
                              "'accepted', 'en_route', 'arrived', 'in_service')"));
    QHash<QString, QString> current;
    while (query.next())
        current.insert(query.value(0).toString(), query.value(1).toString());
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!current.contains(it.key()))
            it = m_pending.erase(it);
        else
            ++it;
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        auto found = m_pending.find(it.key());
        if (found != m_pending.end() && found->status == it.value())
            continue;
        const auto record = m_store.get(QStringLiteral("orders"), it.key());
        if (!record)
            continue;
        m_pending.insert(it.key(), {it.value(), m_clock + delayAfter(it.value(), record->doc)});
        // Technicians on the way or on site are busy and head for the order.
        const auto tech =
            m_techIndex.find(record->doc.value(QStringLiteral("technician_id")).toString());
        if (tech != m_techIndex.end() &&
            (it.value() == QLatin1String("en_route") || it.value() == QLatin1String("arrived") ||
             it.value() == QLatin1String("in_service"))) {
            Tech &t = m_techs[size_t(*tech)];
            t.targetOrder = it.key();
            t.targetLat = record->doc.value(QStringLiteral("lat")).toDouble();
            t.targetLng = record->doc.value(QStringLiteral("lng")).toDouble();
        }
    }
}

double Simulator::delayAfter(const QString &status, const QJsonObject &order)
{
    if (status == QLatin1String("assigned"))
        return (1 + unit() * 9) * Minute;
    if (status == QLatin1String("accepted")) {
        // Set off about 40 minutes before the appointment, but keep a demo
        // moving: at most 20 minutes.
        const QDateTime start = QDateTime::fromString(
            order.value(QStringLiteral("appointment_start")).toString(), Qt::ISODate);
        const double untilStart = start.isValid() ? double(now().secsTo(start)) - 40 * Minute : 0;
        return std::clamp(untilStart, Minute, (2 + unit() * 18) * Minute);
    }
    if (status == QLatin1String("en_route"))
        return (10 + unit() * 25) * Minute;
    if (status == QLatin1String("arrived"))
        return (2 + unit() * 6) * Minute;
    if (status == QLatin1String("in_service")) {
        const int duration =
            m_durations.value(order.value(QStringLiteral("service_item_id")).toString(), 60);
        return std::min(120.0, duration * (0.8 + 0.5 * unit())) * Minute;
    }
    return 5 * Minute;
}

void Simulator::setWorkStatus(Tech &tech, const QString &status, const QString &nowIso)
{
    if (tech.workStatus == status)
        return;
    auto record = m_store.get(QStringLiteral("technicians"), tech.id);
    if (!record)
        return;
    tech.workStatus = status;
    record->doc.insert(QStringLiteral("work_status"), status);
    m_store.put(QStringLiteral("technicians"), record->doc, nowIso);
    ++m_counters.workStatusChanges;
}

void Simulator::progressOrders(const QString &nowIso)
{
    QStringList due;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->due <= m_clock)
            due.append(it.key());
    due.sort(); // the same order every run
    for (const QString &id : std::as_const(due)) {
        const Pending pending = m_pending.take(id);
        auto record = m_store.get(QStringLiteral("orders"), id);
        if (!record)
            continue;
        QJsonObject doc = record->doc;
        const QString status = doc.value(QStringLiteral("status")).toString();
        if (status != pending.status) { // a dispatcher changed it meanwhile
            if (isInFlight(status))
                m_pending.insert(id, {status, m_clock + delayAfter(status, doc)});
            continue;
        }
        const QString next = QString::fromLatin1(nextStatus(status));
        const auto from = orderStatusFromId(status);
        const auto to = orderStatusFromId(next);
        if (!from || !to || !isOrderTransitionAllowed(*from, *to))
            continue;
        const QString technicianId = doc.value(QStringLiteral("technician_id")).toString();
        QJsonArray history = doc.value(QStringLiteral("status_history")).toArray();
        history.append(QJsonObject{{QStringLiteral("status"), next},
                                   {QStringLiteral("at"), nowIso},
                                   {QStringLiteral("by"), technicianId}});
        doc.insert(QStringLiteral("status_history"), history);
        doc.insert(QStringLiteral("status"), next);
        m_store.put(QStringLiteral("orders"), doc, nowIso);
        ++m_counters.transitions;

        const auto techIt = m_techIndex.find(technicianId);
        Tech *tech = techIt != m_techIndex.end() ? &m_techs[size_t(*techIt)] : nullptr;
        if (next == QLatin1String("en_route") && tech) {
            tech->targetOrder = id;
            tech->targetLat = doc.value(QStringLiteral("lat")).toDouble();
            tech->targetLng = doc.value(QStringLiteral("lng")).toDouble();
            setWorkStatus(*tech, QStringLiteral("busy"), nowIso);
        } else if (next == QLatin1String("arrived") && tech) {
            tech->lat = tech->targetLat;
            tech->lng = tech->targetLng;
        } else if (next == QLatin1String("completed")) {
            settle(doc, nowIso);
            ++m_counters.completed;
            m_completed.append(id);
            if (m_completed.size() > 200)
                m_completed.removeFirst();
            if (tech) {
                tech->targetOrder.clear();
                auto techRecord = m_store.get(QStringLiteral("technicians"), tech->id);
                if (techRecord) {
                    QJsonObject t = techRecord->doc;
                    t.insert(QStringLiteral("completed_orders"),
                             t.value(QStringLiteral("completed_orders")).toInt() + 1);
                    t.insert(QStringLiteral("work_status"), QStringLiteral("online"));
                    tech->workStatus = QStringLiteral("online");
                    m_store.put(QStringLiteral("technicians"), t, nowIso);
                }
            }
        }
        if (next != QLatin1String("completed"))
            m_pending.insert(id, {next, m_clock + delayAfter(next, doc)});
    }
}

// The technician's earnings from a completed order (models/finance rules).
void Simulator::settle(const QJsonObject &order, const QString &nowIso)
{
    const QString item = order.value(QStringLiteral("service_item_id")).toString();
    const QString technicianId = order.value(QStringLiteral("technician_id")).toString();
    const auto technician = m_store.get(QStringLiteral("technicians"), technicianId);
    const int star = technician ? technician->doc.value(QStringLiteral("star_level")).toInt(3) : 3;
    auto rate = m_store.get(QStringLiteral("commission_rates"),
                            QStringLiteral("CR-%1-%2").arg(item).arg(star));
    if (!rate)
        rate = m_store.get(QStringLiteral("commission_rates"), QStringLiteral("CR-") + item);
    Finance::CostBearer bearer = Finance::CostBearer::Platform;
    const QString couponId = order.value(QStringLiteral("coupon_id")).toString();
    if (!couponId.isEmpty()) {
        const auto coupon = m_store.get(QStringLiteral("coupons"), couponId);
        if (coupon && coupon->doc.value(QStringLiteral("cost_bearer")).toString() ==
                          QLatin1String("technician"))
            bearer = Finance::CostBearer::Technician;
    }
    const Finance::SettlementAmounts amounts =
        Finance::settle({order.value(QStringLiteral("price_cents")).toInteger(),
                         order.value(QStringLiteral("coupon_discount_cents")).toInteger(), bearer,
                         rate ? rate->doc.value(QStringLiteral("rate_bp")).toInteger() : 0});
    if (m_settlementSeq < 0) {
        QSqlQuery query(m_store.database());
        query.exec(QStringLiteral("SELECT MAX(id) FROM records WHERE collection = 'settlements' "
                                  "AND id LIKE 'SE________'"));
        m_settlementSeq = query.next() ? query.value(0).toString().mid(2).toLongLong() : 0;
    }
    m_store.put(
        QStringLiteral("settlements"),
        QJsonObject{{QStringLiteral("id"),
                     QStringLiteral("SE%1").arg(++m_settlementSeq, 8, 10, QLatin1Char('0'))},
                    {QStringLiteral("technician_id"), technicianId},
                    {QStringLiteral("order_id"), order.value(QStringLiteral("id"))},
                    {QStringLiteral("city"), order.value(QStringLiteral("city"))},
                    {QStringLiteral("price_cents"), amounts.priceCents},
                    {QStringLiteral("coupon_cost_platform_cents"), amounts.couponCostPlatformCents},
                    {QStringLiteral("commission_cents"), amounts.commissionCents},
                    {QStringLiteral("earnings_cents"), amounts.earningsCents},
                    {QStringLiteral("settled_at"), nowIso}},
        nowIso);
}

QString Simulator::nextOrderId()
{
    const QString day = localDate(now());
    if (day != m_orderDay) {
        m_orderDay = day;
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral(
            "SELECT MAX(id) FROM records WHERE collection = 'orders' AND id >= ? AND id < ?"));
        query.addBindValue(QString(QStringLiteral("O") + day));
        query.addBindValue(QString(QStringLiteral("O") + day + QStringLiteral("~")));
        query.exec();
        m_orderSeq = query.next() ? query.value(0).toString().mid(9).toInt() : 0;
    }
    return QStringLiteral("O%1%2").arg(day).arg(++m_orderSeq, 5, 10, QLatin1Char('0'));
}

void Simulator::createOrders(double seconds, const QString &nowIso)
{
    if (m_customerCount == 0 || m_serviceItems.isEmpty() || m_basemaps.isEmpty())
        return;
    const QDateTime now = Simulator::now();
    const double expected =
        m_ordersPerDay / 86400.0 * hourFactor(localMinutesOfDay(now) / 60) * seconds;
    int count = int(expected);
    if (unit() < expected - count)
        ++count;
    for (int i = 0; i < count; ++i) {
        const QString customerId = QStringLiteral("C%1").arg(
            qint64(unit() * double(m_customerCount)) + 1, 6, 10, QLatin1Char('0'));
        const auto customer = m_store.get(QStringLiteral("customers"), customerId);
        if (!customer)
            continue;
        const QString city = customer->doc.value(QStringLiteral("city")).toString();
        const auto map = m_basemaps.constFind(city);
        if (map == m_basemaps.constEnd() || map->isEmpty())
            continue;
        const int district =
            int(unit() * double(map->districts().size())) % int(map->districts().size());
        const GeoPoint point = map->randomPointIn(district, m_rng);
        const QString item =
            m_serviceItems.at(int(unit() * m_serviceItems.size()) % m_serviceItems.size());
        const qint64 price = m_prices.value(item);
        // A 2-hour window between 8:00 and 20:00 (UTC+8), 2 to 26 hours ahead.
        QDateTime start = now.addSecs(qint64(2 + unit() * 24) * 3600);
        start = QDateTime(start.date(), QTime(start.time().hour(), 0), Qt::UTC);
        const int localHour = localMinutesOfDay(start) / 60;
        if (localHour < 8)
            start = start.addSecs((8 - localHour) * 3600);
        else if (localHour > 18)
            start = start.addSecs((24 - localHour + 8) * 3600);
        const QString created = now.addSecs(-120).toString(Qt::ISODate);
        const QString district_ = map->districts().at(district).name;
        const QString address = cityDisplayName(city) + QStringLiteral("市") + district_ +
                                QStringLiteral("人民路%1号").arg(1 + int(unit() * 800));
        QJsonObject order{
            {QStringLiteral("id"), nextOrderId()},
            {QStringLiteral("city"), city},
            {QStringLiteral("district"), district_},
            {QStringLiteral("service_item_id"), item},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("customer_type"),
             customer->doc.value(QStringLiteral("customer_type")).toString()},
            {QStringLiteral("status"), QStringLiteral("awaiting_dispatch")},
            {QStringLiteral("address"), address},
            {QStringLiteral("lat"), std::round(point.lat * 1e6) / 1e6},
            {QStringLiteral("lng"), std::round(point.lng * 1e6) / 1e6},
            {QStringLiteral("appointment_start"), start.toString(Qt::ISODate)},
            {QStringLiteral("appointment_end"), start.addSecs(7200).toString(Qt::ISODate)},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("paid_at"), nowIso},
            {QStringLiteral("price_cents"), price},
            {QStringLiteral("coupon_discount_cents"), 0},
            {QStringLiteral("paid_cents"), price},
            {QStringLiteral("refunded_cents"), 0},
            {QStringLiteral("notes"), QJsonArray()},
            {QStringLiteral("status_history"),
             QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("pending_payment")},
                                    {QStringLiteral("at"), created},
                                    {QStringLiteral("by"), customerId}},
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("awaiting_dispatch")},
                                    {QStringLiteral("at"), nowIso},
                                    {QStringLiteral("by"), customerId}}}},
            {QStringLiteral("has_complaint"), false},
            {QStringLiteral("has_refund"), false}};
        m_store.put(QStringLiteral("orders"), order, nowIso);
        ++m_counters.ordersCreated;
    }
}

void Simulator::requestRefunds(double seconds, const QString &nowIso)
{
    if (m_completed.isEmpty())
        return;
    // About one in fifty orders ends in a refund request.
    const double expected = m_ordersPerDay * 0.02 / 86400.0 * seconds;
    if (unit() >= expected)
        return;
    const QString orderId =
        m_completed.takeAt(int(unit() * m_completed.size()) % m_completed.size());
    auto record = m_store.get(QStringLiteral("orders"), orderId);
    if (!record)
        return;
    QJsonObject order = record->doc;
    const qint64 left = order.value(QStringLiteral("paid_cents")).toInteger() -
                        order.value(QStringLiteral("refunded_cents")).toInteger();
    if (left <= 0 || order.value(QStringLiteral("has_refund")).toBool())
        return;
    const qint64 amount = unit() < 0.5 ? left : std::max<qint64>(1, left * 3 / 10);
    QJsonObject refund{
        {QStringLiteral("id"), QStringLiteral("R%1").arg(++m_refundSeq, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("customer_id"), order.value(QStringLiteral("customer_id"))},
        {QStringLiteral("city"), order.value(QStringLiteral("city"))},
        {QStringLiteral("amount_requested_cents"), amount},
        {QStringLiteral("reason_code"), QStringLiteral("poor_quality")},
        {QStringLiteral("reason_text"), QStringLiteral("服务效果不满意，申请退款")},
        {QStringLiteral("evidence"), QJsonArray()},
        {QStringLiteral("status"), QStringLiteral("submitted")},
        {QStringLiteral("approvals"), QJsonArray()},
        {QStringLiteral("created_at"), nowIso}};
    const QString technician = order.value(QStringLiteral("technician_id")).toString();
    if (!technician.isEmpty())
        refund.insert(QStringLiteral("technician_id"), technician);
    m_store.put(QStringLiteral("refunds"), refund, nowIso);
    order.insert(QStringLiteral("has_refund"), true);
    m_store.put(QStringLiteral("orders"), order, nowIso);
    ++m_counters.refunds;
}

void Simulator::toggleWorkStatus(double seconds, const QString &nowIso)
{
    if (m_techs.empty())
        return;
    // Each technician changes about twice a working day.
    const double expected = double(m_techs.size()) * 2 / (12 * 3600.0) * seconds;
    int count = int(expected);
    if (unit() < expected - count)
        ++count;
    const int minutes = localMinutesOfDay(now());
    for (int i = 0; i < count; ++i) {
        Tech &t = m_techs[size_t(unit() * double(m_techs.size())) % m_techs.size()];
        if (!t.active || t.workStatus == QLatin1String("busy"))
            continue;
        const bool working = minutes >= t.workStart && minutes < t.workEnd;
        if (t.workStatus == QLatin1String("offline") && working)
            setWorkStatus(t, QStringLiteral("online"), nowIso);
        else if (t.workStatus == QLatin1String("online") && (!working || unit() < 0.3))
            setWorkStatus(t, QStringLiteral("offline"), nowIso);
    }
}

void Simulator::reportPositions(const QString &nowIso)
{
    constexpr double toRad = std::numbers::pi / 180.0;
    for (Tech &t : m_techs) {
        if (t.nextReportAt > m_clock)
            continue;
        t.nextReportAt = std::max(t.nextReportAt + ReportInterval, m_clock);
        if (!t.active || t.workStatus == QLatin1String("offline"))
            continue;
        double dNorth = 0, dEast = 0;
        if (!t.targetOrder.isEmpty()) {
            // Towards the order at about 25 km/h, then stay.
            dNorth = (t.targetLat - t.lat) * toRad * EarthRadius;
            dEast = (t.targetLng - t.lng) * toRad * EarthRadius * std::cos(t.lat * toRad);
            const double distance = std::hypot(dNorth, dEast);
            const double step = 7.0 * ReportInterval;
            if (distance > step) {
                dNorth *= step / distance;
                dEast *= step / distance;
            }
        } else {
            // Wander around, drifting back home when far away.
            const double homeNorth = (t.homeLat - t.lat) * toRad * EarthRadius;
            const double homeEast =
                (t.homeLng - t.lng) * toRad * EarthRadius * std::cos(t.lat * toRad);
            if (std::hypot(homeNorth, homeEast) > 5000)
                t.heading = std::atan2(homeEast, homeNorth) / toRad;
            else
                t.heading += (unit() - 0.5) * 90;
            const double step = unit() * 150;
            dNorth = step * std::cos(t.heading * toRad);
            dEast = step * std::sin(t.heading * toRad);
        }
        if (dNorth != 0 || dEast != 0)
            t.heading = std::fmod(std::atan2(dEast, dNorth) / toRad + 360, 360);
        t.lat += dNorth / EarthRadius / toRad;
        t.lng += dEast / (EarthRadius * std::cos(t.lat * toRad)) / toRad;
        const double lat = std::round(t.lat * 1e6) / 1e6;
        const double lng = std::round(t.lng * 1e6) / 1e6;
        const double heading = std::round(t.heading);
        m_store.updatePosition(t.id, lat, lng, nowIso);
        ++m_counters.positions;
        Q_EMIT positionReported(QJsonObject{{QStringLiteral("type"), QStringLiteral("position")},
                                            {QStringLiteral("technician_id"), t.id},
                                            {QStringLiteral("lat"), lat},
                                            {QStringLiteral("lng"), lng},
                                            {QStringLiteral("heading"), heading},
                                            {QStringLiteral("at"), nowIso}});
    }
}

void Simulator::advance(double seconds)
{
    if (seconds <= 0)
        return;
    if (!m_loaded)
        load();
    // Long steps are taken in pieces so that every 30-second report happens.
    while (seconds > 0) {
        const double step = std::min(seconds, ReportInterval);
        seconds -= step;
        m_clock += step;
        const QString nowIso = now().toString(Qt::ISODate);
        if (!m_store.beginTransaction())
            return;
        try {
            if (m_clock >= m_nextRescan) {
                rescanOrders();
                m_nextRescan = m_clock + std::max(15.0, 15.0 * m_speed);
            }
            progressOrders(nowIso);
            createOrders(step, nowIso);
            requestRefunds(step, nowIso);
            toggleWorkStatus(step, nowIso);
            reportPositions(nowIso);
        } catch (const std::exception &e) {
            m_store.rollback();
            qWarning("simulator: %s", e.what());
            return;
        }
        m_store.commit();
    }
}

} // namespace OpsDesk::Server
