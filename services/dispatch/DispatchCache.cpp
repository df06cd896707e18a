#include "services/dispatch/DispatchCache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace OpsDesk {

namespace {

qint64 secs(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

int minutesOf(const QString &hhmm, int fallback)
{
    const QTime time = QTime::fromString(hhmm, QStringLiteral("H:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : fallback;
}

const QString OpenStatuses = QStringLiteral(
    "('awaiting_dispatch', 'assigned', 'accepted', 'en_route', 'arrived', 'in_service')");

} // namespace

bool DispatchCache::open(const QString &cachePath, QString *error)
{
    if (!m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error))
        return false;
    m_itemNames = m_db.serviceItemNames();
    return true;
}

std::vector<DispatchOrder> DispatchCache::orders(const QString &where)
{
    std::vector<DispatchOrder> result;
    if (!m_db.isOpen())
        return result;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT o.id, o.city, o.district, o.service_item_id, o.lat, o.lng,"
                              " o.appointment_start, o.appointment_end, o.created_at, o.status,"
                              " o.customer_name, o.technician_id, o.pending,"
                              " json_extract(r.doc, '$.status_history[#-1].at')"
                              // CROSS JOIN: orders first, through the status index
                              // (the planner would otherwise walk every order record).
                              " FROM orders o CROSS JOIN records r ON r.collection = 'orders'"
                              " AND r.id = o.id ") +
               where + QStringLiteral(" ORDER BY o.appointment_start, o.created_at, o.id"));
    while (query.next()) {
        DispatchOrder o;
        o.need.id = query.value(0).toString();
        o.need.city = query.value(1).toString();
        o.need.district = query.value(2).toString();
        o.need.serviceItemId = query.value(3).toString();
        o.need.place = {query.value(4).toDouble(), query.value(5).toDouble()};
        o.need.appointmentStart = secs(query.value(6).toString());
        o.need.appointmentEnd = secs(query.value(7).toString());
        o.need.createdAt = secs(query.value(8).toString());
        o.status = query.value(9).toString();
        o.customerName = query.value(10).toString();
        o.technicianId = query.value(11).toString();
        o.pending = query.value(12).toBool();
        o.statusSince = secs(query.value(13).toString());
        o.serviceItemName = m_itemNames.value(o.need.serviceItemId, o.need.serviceItemId);
        result.push_back(std::move(o));
    }
    return result;
}

std::vector<DispatchOrder> DispatchCache::queue()
{
    return orders(QStringLiteral("WHERE o.status = 'awaiting_dispatch'"));
}

std::vector<DispatchOrder> DispatchCache::openOrders()
{
    return orders(QStringLiteral("WHERE o.status IN ") + OpenStatuses);
}

TechnicianProfile DispatchCache::profileFromRecord(const QJsonObject &doc)
{
    TechnicianProfile t;
    t.id = doc.value(QStringLiteral("id")).toString();
    t.name = doc.value(QStringLiteral("name")).toString();
    t.city = doc.value(QStringLiteral("city")).toString();
    t.active = doc.value(QStringLiteral("status")).toString() != QLatin1String("suspended");
    t.workStatus = doc.value(QStringLiteral("work_status")).toString();
    const bool hasLast = doc.value(QStringLiteral("last_lat")).isDouble();
    t.position = hasLast ? GeoPoint{doc.value(QStringLiteral("last_lat")).toDouble(),
                                    doc.value(QStringLiteral("last_lng")).toDouble()}
                         : GeoPoint{doc.value(QStringLiteral("home_lat")).toDouble(),
                                    doc.value(QStringLiteral("home_lng")).toDouble()};
    t.positionReported = hasLast;
    t.starLevel = doc.value(QStringLiteral("star_level")).toInt(1);
    t.rating = doc.value(QStringLiteral("rating")).toDouble();
    for (const QJsonValue &skill : doc.value(QStringLiteral("skills")).toArray())
        t.skills.append(skill.toString());
    const QJsonObject area = doc.value(QStringLiteral("service_area")).toObject();
    for (const QJsonValue &district : area.value(QStringLiteral("districts")).toArray())
        t.districts.append(district.toString());
    const QJsonObject hours = doc.value(QStringLiteral("working_hours")).toObject();
    t.workStartMinutes = minutesOf(hours.value(QStringLiteral("start")).toString(), 8 * 60);
    t.workEndMinutes = minutesOf(hours.value(QStringLiteral("end")).toString(), 20 * 60);
    const QJsonArray days = hours.value(QStringLiteral("days")).toArray();
    if (!days.isEmpty()) {
        t.workDays.clear();
        for (const QJsonValue &day : days)
            t.workDays.append(day.toInt());
    }
    for (const QJsonValue &value : doc.value(QStringLiteral("absences")).toArray()) {
        const QJsonObject absence = value.toObject();
        const qint64 start = secs(absence.value(QStringLiteral("start")).toString());
        const qint64 end = secs(absence.value(QStringLiteral("end")).toString());
        if (start > 0 && end > start)
            t.absences.push_back({start, end, absence.value(QStringLiteral("reason")).toString()});
    }
    return t;
}

std::vector<TechnicianProfile> DispatchCache::technicians()
{
    std::vector<TechnicianProfile> result;
    if (!m_db.isOpen())
        return result;
    // Only records whose version or pending flag moved are parsed again:
    // live position updates touch a few technicians, not all 5,000.
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, version, pending FROM records"
                              " WHERE collection = 'technicians' ORDER BY id"));
    QStringList ids;
    QStringList changed;
    QHash<QString, QPair<qint64, int>> stamps;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QPair<qint64, int> stamp{query.value(1).toLongLong(), query.value(2).toInt()};
        ids.append(id);
        stamps.insert(id, stamp);
        const auto known = m_profiles.constFind(id);
        // A record with a change of ours on it is read each time (a second
        // local change keeps the version and the flag).
        if (known == m_profiles.constEnd() || known->version != stamp.first ||
            known->pending != stamp.second || stamp.second != 0)
            changed.append(id);
    }
    const auto parse = [this, &stamps](const QString &id, const QString &doc) {
        const auto stamp = stamps.value(id);
        m_profiles.insert(id, {stamp.first, stamp.second,
                               profileFromRecord(QJsonDocument::fromJson(doc.toUtf8()).object())});
    };
    if (changed.size() > 200) {
        query.exec(QStringLiteral("SELECT id, doc FROM records WHERE collection = 'technicians'"));
        const QSet<QString> wanted(changed.begin(), changed.end());
        while (query.next())
            if (wanted.contains(query.value(0).toString()))
                parse(query.value(0).toString(), query.value(1).toString());
    } else if (!changed.isEmpty()) {
        query.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = 'technicians'"
                                     " AND id = ?"));
        for (const QString &id : changed) {
            query.addBindValue(id);
            if (query.exec() && query.next())
                parse(id, query.value(0).toString());
        }
    }
    if (m_profiles.size() > ids.size()) { // some were removed
        const QSet<QString> present(ids.begin(), ids.end());
        for (auto it = m_profiles.begin(); it != m_profiles.end();)
            it = present.contains(it.key()) ? std::next(it) : m_profiles.erase(it);
    }
    QHash<QString, int> index;
    result.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        const auto known = m_profiles.constFind(id);
        if (known == m_profiles.constEnd() || known->profile.id.isEmpty())
            continue; // a record that does not parse is left out, not guessed at
        index.insert(id, int(result.size()));
        result.push_back(known->profile);
        result.back().jobs.clear();
    }
    // Their open jobs, from the orders projection, with what the day
    // schedule shows (status, service item and its planned duration).
    if (m_itemNames.isEmpty())
        m_itemNames = m_db.serviceItemNames(); // the cache was empty when opened
    const QHash<QString, QString> minutes =
        m_db.recordNames(QStringLiteral("service_items"), QStringLiteral("$.duration_minutes"));
    // CROSS JOIN: the open orders through the status index, then each
    // one's record for the planned arrival.
    query.exec(QStringLiteral("SELECT o.technician_id, o.id, o.appointment_start,"
                              " o.appointment_end, o.lat, o.lng, o.status, o.service_item_id,"
                              " json_extract(r.doc, '$.planned_start')"
                              " FROM orders o CROSS JOIN records r ON r.collection = 'orders'"
                              " AND r.id = o.id WHERE o.technician_id <> '' AND o.status IN"
                              " ('assigned', 'accepted', 'en_route', 'arrived', 'in_service')"));
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it == index.constEnd())
            continue;
        BookedJob job;
        job.orderId = query.value(1).toString();
        job.start = secs(query.value(2).toString());
        job.end = secs(query.value(3).toString());
        job.place = {query.value(4).toDouble(), query.value(5).toDouble()};
        job.plannedStart = secs(query.value(8).toString());
        job.status = query.value(6).toString();
        const QString item = query.value(7).toString();
        job.serviceItem = m_itemNames.value(item, item);
        job.serviceMinutes = minutes.value(item).toInt();
        result[size_t(*it)].jobs.push_back(std::move(job));
    }
    return result;
}

QJsonObject DispatchCache::order(const QString &id)
{
    if (!m_db.isOpen())
        return {};
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = 'orders' AND id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

} // namespace OpsDesk
