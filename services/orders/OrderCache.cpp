#include "services/orders/OrderCache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace OpsDesk {

namespace {

const QString Columns = QStringLiteral(
    "o.id, o.status, o.city, o.district, o.service_item_id, o.customer_name, o.customer_type,"
    " o.technician_id, o.created_at, o.appointment_start, o.appointment_end, o.price_cents,"
    " o.paid_cents, o.has_refund, o.has_complaint, o.pending,"
    " (o.status NOT IN ('completed', 'cancelled') AND o.appointment_end < ?) AS overdue");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The start of a day in the cache's ISO UTC text: a local day, or a
// business day (China time, UTC+8).
QString dayStartUtc(const QDate &day, bool businessDay)
{
    if (businessDay)
        return businessDayStartUtc(day);
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC().toString(Qt::ISODate);
}

QString orderBy(const OrderSort &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort.key) {
    case OrderSortKey::Created:
        return QStringLiteral(" ORDER BY o.created_at") + dir + QStringLiteral(", o.rk") + dir;
    case OrderSortKey::Appointment:
        return QStringLiteral(" ORDER BY o.appointment_start") + dir + QStringLiteral(", o.rk") +
               dir;
    case OrderSortKey::Status:
        return QStringLiteral(" ORDER BY o.status") + dir + QStringLiteral(", o.created_at") + dir +
               QStringLiteral(", o.rk") + dir;
    case OrderSortKey::Id:
        return QStringLiteral(" ORDER BY o.id") + dir;
    }
    return {};
}

bool run(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QList<QPair<QString, QString>> sortedByName(const QHash<QString, QString> &names)
{
    QList<QPair<QString, QString>> list;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second.localeAwareCompare(b.second) < 0;
    });
    return list;
}

} // namespace

bool OrderCache::open(const QString &cachePath, QString *error, Names names)
{
    if (!m_db.open(cachePath, CacheDatabase::Mode::ReadOnly, error))
        return false;
    if (names == Names::Load)
        reloadNames();
    return true;
}

void OrderCache::reloadNames()
{
    m_items = m_db.serviceItemNames();
    m_technicians = m_db.recordNames(QStringLiteral("technicians"), QStringLiteral("$.name"));
    m_staff = m_db.recordNames(QStringLiteral("staff"), QStringLiteral("$.display_name"));
}

OrderCache::Where OrderCache::where(const OrderFilter &filter) const
{
    QStringList terms;
    Where w;
    auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        terms.append(QLatin1String(column) + QStringLiteral(" = ?"));
        w.values.append(value);
    };
    equal("o.city", filter.city);
    equal("o.district", filter.district);
    equal("o.service_item_id", filter.serviceItemId);
    equal("o.customer_type", filter.customerType);
    equal("o.technician_id", filter.technicianId);
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            w.values.append(status);
        }
        terms.append(QStringLiteral("o.status IN (") + marks.join(QLatin1Char(',')) +
                     QLatin1Char(')'));
    }
    const bool business = filter.businessDays;
    const QString from = filter.from.isValid() ? dayStartUtc(filter.from, business) : QString();
    const QString to =
        filter.to.isValid() ? dayStartUtc(filter.to.addDays(1), business) : QString();
    const auto related = [&](const char *collection, const QString &more,
                             const QVariantList &moreValues) {
        // Orders with a record of `collection` made within the range.
        QString sql = QStringLiteral("o.id IN (SELECT order_id FROM record_facts WHERE"
                                     " collection = '") +
                      QLatin1String(collection) + QLatin1Char('\'');
        if (!from.isEmpty()) {
            sql += QStringLiteral(" AND at >= ?");
            w.values.append(from);
        }
        if (!to.isEmpty()) {
            sql += QStringLiteral(" AND at < ?");
            w.values.append(to);
        }
        terms.append(sql + more + QLatin1Char(')'));
        w.values += moreValues;
    };
    switch (filter.dateField) {
    case OrderFilter::DateField::Created:
    case OrderFilter::DateField::Appointment: {
        const QString dateColumn = filter.dateField == OrderFilter::DateField::Created
                                       ? QStringLiteral("o.created_at")
                                       : QStringLiteral("o.appointment_start");
        if (!from.isEmpty()) {
            terms.append(dateColumn + QStringLiteral(" >= ?"));
            w.values.append(from);
        }
        if (!to.isEmpty()) {
            terms.append(dateColumn + QStringLiteral(" < ?"));
            w.values.append(to);
        }
        break;
    }
    case OrderFilter::DateField::Review:
        if (filter.minRating > 0)
            related("reviews", QStringLiteral(" AND rating >= ?"), {filter.minRating});
        else
            related("reviews", {}, {});
        break;
    case OrderFilter::DateField::Complaint:
        related("complaints", {}, {});
        break;
    case OrderFilter::DateField::Refund:
        if (!filter.refundReason.isEmpty())
            related("refunds", QStringLiteral(" AND reason = ?"), {filter.refundReason});
        else
            related("refunds", {}, {});
        break;
    }
    switch (filter.stage) {
    case OrderFilter::Stage::Any:
        break;
    case OrderFilter::Stage::Paid:
        terms.append(QStringLiteral("o.paid_at IS NOT NULL"));
        break;
    case OrderFilter::Stage::Dispatched:
        terms.append(QStringLiteral("o.dispatched_at IS NOT NULL"));
        break;
    case OrderFilter::Stage::Completed:
        terms.append(QStringLiteral("(o.completed_at IS NOT NULL OR o.status = 'completed')"));
        break;
    }
    if (filter.customers != OrderFilter::CustomerHistory::Any && filter.from.isValid()) {
        terms.append(
            QLatin1String(filter.customers == OrderFilter::CustomerHistory::New ? "NOT " : "") +
            QStringLiteral("EXISTS (SELECT 1 FROM orders p WHERE p.customer_id = o.customer_id"
                           " AND p.created_at < ?)"));
        w.values.append(from);
    }
    if (!filter.couponId.isEmpty()) {
        terms.append(QStringLiteral("o.coupon_id = ?"));
        w.values.append(filter.couponId);
    }
    if (filter.refundPending)
        terms.append(QStringLiteral("o.id IN (SELECT order_id FROM record_facts WHERE"
                                    " collection = 'refunds' AND status IN ('submitted',"
                                    " 'first_approved'))"));
    if (filter.hasRefund)
        terms.append(QStringLiteral("o.has_refund = 1"));
    if (filter.hasComplaint)
        terms.append(QStringLiteral("o.has_complaint = 1"));
    if (filter.overdue) {
        terms.append(QStringLiteral("o.status NOT IN ('completed', 'cancelled')"
                                    " AND o.appointment_start < ? AND o.appointment_end < ?"));
        const QString now = nowUtc();
        w.values << now << now;
    }
    const QString text = filter.text.trimmed();
    if (text.size() >= 3) {
        // Trigram index: the text as one quoted phrase matches any substring.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(
            QStringLiteral("o.rk IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"));
        w.values.append(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
    } else if (!text.isEmpty()) {
        // Too short for trigrams: substring of the name or the phone tail.
        QString like = text;
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        terms.append(QStringLiteral("(o.id = ? OR o.customer_name LIKE ? ESCAPE '\\'"
                                    " OR o.phone_tail LIKE ? ESCAPE '\\')"));
        w.values << text << like << like;
    }
    if (!terms.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return w;
}

qint64 OrderCache::count(const OrderFilter &filter)
{
    if (!m_db.isOpen())
        return 0;
    const Where w = where(filter);
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM orders o") + w.sql);
    if (!run(query, w.values) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::vector<GeoPoint> OrderCache::positions(const OrderFilter &filter, qint64 *matching)
{
    std::vector<GeoPoint> points;
    if (matching)
        *matching = 0;
    if (!m_db.isOpen())
        return points;
    const Where w = where(filter);
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT o.lat, o.lng FROM orders o") + w.sql);
    if (!run(query, w.values))
        return points;
    qint64 rows = 0;
    while (query.next()) {
        ++rows;
        const QVariant lat = query.value(0);
        const QVariant lng = query.value(1);
        if (!lat.isNull() && !lng.isNull())
            points.push_back({lat.toDouble(), lng.toDouble()});
    }
    if (matching)
        *matching = rows;
    return points;
}

bool OrderCache::execRows(QSqlQuery &query, const OrderFilter &filter, const OrderSort &sort,
                          bool window, qint64 offset, int limit)
{
    if (!m_db.isOpen())
        return false;
    const Where w = where(filter);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM orders o") + w.sql +
                  orderBy(sort) + (window ? QStringLiteral(" LIMIT ? OFFSET ?") : QString()));
    QVariantList values{nowUtc()};
    values += w.values;
    if (window)
        values << limit << offset;
    return run(query, values);
}

OrderRow OrderCache::readRow(const QSqlQuery &query) const
{
    OrderRow row;
    row.id = query.value(0).toString();
    row.status = query.value(1).toString();
    row.city = query.value(2).toString();
    row.district = query.value(3).toString();
    row.serviceItem = serviceItemName(query.value(4).toString());
    row.customerName = query.value(5).toString();
    row.customerType = query.value(6).toString();
    const QString technician = query.value(7).toString();
    row.technician = technician.isEmpty() ? QString() : technicianName(technician);
    row.createdAt = query.value(8).toString();
    row.appointmentStart = query.value(9).toString();
    row.appointmentEnd = query.value(10).toString();
    row.priceCents = query.value(11).toLongLong();
    row.paidCents = query.value(12).toLongLong();
    row.hasRefund = query.value(13).toBool();
    row.hasComplaint = query.value(14).toBool();
    row.pending = query.value(15).toBool();
    row.overdue = query.value(16).toBool();
    return row;
}

QList<OrderRow> OrderCache::rows(const OrderFilter &filter, const OrderSort &sort, qint64 offset,
                                 int limit)
{
    QSqlQuery query(m_db.database());
    QList<OrderRow> result;
    if (!execRows(query, filter, sort, true, offset, limit))
        return result;
    result.reserve(limit);
    while (query.next())
        result.append(readRow(query));
    return result;
}

bool OrderCache::startRows(const OrderFilter &filter, const OrderSort &sort)
{
    m_streamError.clear();
    m_stream.emplace(m_db.database());
    if (!execRows(*m_stream, filter, sort, false, 0, 0)) {
        m_streamError = m_stream->lastError().text();
        return false;
    }
    return true;
}

bool OrderCache::nextRow(OrderRow *row)
{
    if (!m_stream || !m_stream->isActive())
        return false;
    if (!m_stream->next()) {
        if (m_stream->lastError().isValid())
            m_streamError = m_stream->lastError().text();
        m_stream.reset();
        return false;
    }
    *row = readRow(*m_stream);
    return true;
}

QHash<QString, qint64> OrderCache::statusCounts(const OrderFilter &filter)
{
    if (!m_db.isOpen())
        return {};
    const Where w = where(filter);
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT o.status, count(*) FROM orders o") + w.sql +
                  QStringLiteral(" GROUP BY o.status"));
    QHash<QString, qint64> counts;
    if (run(query, w.values))
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

QList<QPair<QString, QString>> OrderCache::serviceItems() const
{
    return sortedByName(m_items);
}

QList<QPair<QString, QString>> OrderCache::technicians() const
{
    return sortedByName(m_technicians);
}

QStringList OrderCache::cities()
{
    // Skip-scan of the (city, district, created_at) index: one probe per city.
    return distinctValues(QStringLiteral("SELECT min(city) FROM orders WHERE city > ?"), {});
}

QStringList OrderCache::districts(const QString &city)
{
    return distinctValues(
        QStringLiteral("SELECT min(district) FROM orders WHERE city = ? AND district > ?"), {city});
}

QStringList OrderCache::distinctValues(const QString &sql, const QVariantList &fixed)
{
    if (!m_db.isOpen())
        return {};
    QStringList result;
    QSqlQuery query(m_db.database());
    QString last = QStringLiteral(""); // empty, not null: a null binds as NULL
    query.prepare(sql);
    for (int guard = 0; guard < 1000; ++guard) {
        for (const QVariant &value : fixed)
            query.addBindValue(value);
        query.addBindValue(last);
        if (!query.exec() || !query.next() || query.value(0).isNull())
            break;
        last = query.value(0).toString();
        result.append(last);
    }
    return result;
}

QJsonObject OrderCache::record(const QString &collection, const QString &id)
{
    if (!m_db.isOpen())
        return {};
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

bool OrderCache::isPending(const QString &collection, const QString &id)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT pending FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toBool();
}

QList<QJsonObject> OrderCache::recordsOfOrder(const QString &collection, const QString &orderId)
{
    if (!m_db.isOpen())
        return {};
    QList<QJsonObject> result;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT doc FROM records WHERE collection = ?"
                                 " AND json_extract(doc, '$.order_id') = ?"));
    query.addBindValue(collection);
    query.addBindValue(orderId);
    if (query.exec())
        while (query.next())
            result.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return result;
}

} // namespace OpsDesk
