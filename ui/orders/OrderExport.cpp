#include "ui/orders/OrderExport.h"

#include "models/orders/OrderStatusText.h"
#include "services/orders/OrderCache.h"
#include "ui/orders/OrderText.h"

#include <QDateTime>

namespace OpsDesk {

namespace {

QVariant utcTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? QVariant(time) : QVariant();
}

} // namespace

OrderExportSource::OrderExportSource(const QString &cachePath, const OrderFilter &filter,
                                     const OrderSort &sort)
    : m_cachePath(cachePath)
    , m_filter(filter)
    , m_sort(sort)
{}

OrderExportSource::~OrderExportSource() = default;

QList<ExportColumn> OrderExportSource::columns()
{
    return {
        {tr("Order No."), ExportColumnKind::Identifier},
        {tr("Status"), ExportColumnKind::Text},
        {tr("City"), ExportColumnKind::Text},
        {tr("District"), ExportColumnKind::Text},
        {tr("Service item"), ExportColumnKind::Text},
        {tr("Customer"), ExportColumnKind::Text},
        {tr("Customer type"), ExportColumnKind::Text},
        {tr("Technician"), ExportColumnKind::Text},
        {tr("Created"), ExportColumnKind::DateTime},
        {tr("Appointment start"), ExportColumnKind::DateTime},
        {tr("Appointment end"), ExportColumnKind::DateTime},
        {tr("Price"), ExportColumnKind::Money},
        {tr("Paid"), ExportColumnKind::Money},
        {tr("Has refund"), ExportColumnKind::Bool},
        {tr("Has complaint"), ExportColumnKind::Bool},
        {tr("Overdue"), ExportColumnKind::Bool},
        {tr("Change not yet on the server"), ExportColumnKind::Bool},
    };
}

bool OrderExportSource::open(QString *error)
{
    m_cache = std::make_unique<OrderCache>();
    QString detail;
    if (!m_cache->open(m_cachePath, &detail)) {
        *error = tr("The local cache cannot be read: %1").arg(detail);
        return false;
    }
    m_count = m_cache->count(m_filter);
    if (!m_cache->startRows(m_filter, m_sort)) {
        *error =
            tr("The orders cannot be read from the local cache: %1").arg(m_cache->streamError());
        return false;
    }
    return true;
}

bool OrderExportSource::next(QVariantList *row)
{
    OrderRow order;
    if (!m_cache || !m_cache->nextRow(&order))
        return false;
    *row = {order.id,
            orderStatusTitle(order.status),
            cityTitle(order.city),
            order.district,
            order.serviceItem,
            order.customerName,
            customerTypeTitle(order.customerType),
            order.technician,
            utcTime(order.createdAt),
            utcTime(order.appointmentStart),
            utcTime(order.appointmentEnd),
            order.priceCents,
            order.paidCents,
            order.hasRefund,
            order.hasComplaint,
            order.overdue,
            order.pending};
    return true;
}

QString OrderExportSource::errorString() const
{
    if (!m_cache || m_cache->streamError().isEmpty())
        return {};
    return tr("The orders cannot be read from the local cache: %1").arg(m_cache->streamError());
}

} // namespace OpsDesk
