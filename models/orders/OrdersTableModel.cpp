#include "models/orders/OrdersTableModel.h"

#include "models/Money.h"
#include "models/geo/Cities.h"
#include "models/orders/OrderStatusText.h"

#include <QDateTime>
#include <QLocale>

namespace OpsDesk {

namespace {

QString localTime(const QString &iso, const QString &format)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(format) : QString();
}

QString cityTitle(const QString &id)
{
    const QString name =
        QLocale().language() == QLocale::Chinese ? cityDisplayName(id) : cityEnglishName(id);
    return name.isEmpty() ? id : name;
}

} // namespace

OrdersTableModel::OrdersTableModel(OrderRowSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_count = m_source->count(m_filter);
}

void OrdersTableModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrdersTableModel::refresh()
{
    const qint64 count = m_source->count(m_filter);
    if (count == m_count) {
        // Same shape: keep the views' selection and scroll position.
        m_pages.clear();
        m_recent.clear();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1));
        return;
    }
    reload();
}

void OrdersTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = m_source->count(m_filter);
    endResetModel();
    Q_EMIT countChanged(m_count);
}

int OrdersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, INT_MAX));
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OrderRow *OrdersTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        it = m_pages.insert(page, m_source->rows(m_filter, m_sort, page * PageSize, PageSize));
        m_recent.append(page);
        while (m_recent.size() > MaxPages)
            m_pages.remove(m_recent.takeFirst());
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = int(row % PageSize);
    return offset < it.value().size() ? &it.value().at(offset) : nullptr;
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case OrderIdRole:
        return row->id;
    case StatusIdRole:
        return row->status;
    case PendingRole:
        return row->pending;
    case OverdueRole:
        return row->overdue;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SyncColumn && row->pending)
            return tr("This change has not reached the server yet.");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case IdColumn:
        return row->id;
    case StatusColumn:
        return row->overdue ? tr("%1 · overdue").arg(orderStatusTitle(row->status))
                            : orderStatusTitle(row->status);
    case SyncColumn:
        return row->pending ? tr("pending") : QString();
    case PlaceColumn:
        return row->district.isEmpty()
                   ? cityTitle(row->city)
                   : cityTitle(row->city) + QStringLiteral(" · ") + row->district;
    case ServiceColumn:
        return row->serviceItem;
    case CustomerColumn:
        return row->customerType == QLatin1String("business")
                   ? tr("%1 (business)").arg(row->customerName)
                   : row->customerName;
    case AppointmentColumn:
        return QString(localTime(row->appointmentStart, QStringLiteral("yyyy-MM-dd HH:mm")) +
                       QStringLiteral("–") +
                       localTime(row->appointmentEnd, QStringLiteral("HH:mm")));
    case PriceColumn:
        return Money::fromCents(row->priceCents).toDisplayString();
    case TechnicianColumn:
        return row->technician;
    case CreatedColumn:
        return localTime(row->createdAt, QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case SyncColumn:
        return tr("Sync");
    case PlaceColumn:
        return tr("City · district");
    case ServiceColumn:
        return tr("Service");
    case CustomerColumn:
        return tr("Customer");
    case AppointmentColumn:
        return tr("Appointment");
    case PriceColumn:
        return tr("Price");
    case TechnicianColumn:
        return tr("Technician");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

bool OrdersTableModel::isSortable(int column)
{
    return column == IdColumn || column == StatusColumn || column == AppointmentColumn ||
           column == CreatedColumn;
}

int OrdersTableModel::columnOf(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Id:
        return IdColumn;
    case OrderSortKey::Status:
        return StatusColumn;
    case OrderSortKey::Appointment:
        return AppointmentColumn;
    case OrderSortKey::Created:
        break;
    }
    return CreatedColumn;
}

void OrdersTableModel::sort(int column, Qt::SortOrder order)
{
    OrderSort sort;
    switch (Column(column)) {
    case IdColumn:
        sort.key = OrderSortKey::Id;
        break;
    case StatusColumn:
        sort.key = OrderSortKey::Status;
        break;
    case AppointmentColumn:
        sort.key = OrderSortKey::Appointment;
        break;
    case CreatedColumn:
        sort.key = OrderSortKey::Created;
        break;
    default:
        return; // only indexed columns sort
    }
    sort.descending = order == Qt::DescendingOrder;
    if (sort == m_sort)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = sort;
    m_pages.clear();
    m_recent.clear();
    // No persistent index can follow an order to its new row without loading
    // every row; they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace OpsDesk
