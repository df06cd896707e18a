#pragma once

#include "models/orders/OrderRowSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace OpsDesk {

// The orders table over a million cached orders: it knows the number of
// matching rows and holds only a few pages of them (PageSize rows each,
// least recently used dropped first), fetched from the OrderRowSource when a
// view asks for a row. Filtering and sorting happen in the source (SQL on
// indexes), never in memory.
class OrdersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        StatusColumn,
        SyncColumn,
        PlaceColumn,
        ServiceColumn,
        CustomerColumn,
        AppointmentColumn,
        PriceColumn,
        TechnicianColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Roles
    {
        OrderIdRole = Qt::UserRole + 1,
        StatusIdRole,
        PendingRole,
        OverdueRole
    };
    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 8;

    explicit OrdersTableModel(OrderRowSource *source, QObject *parent = nullptr);

    OrderFilter filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);
    OrderSort sortOrder() const { return m_sort; }
    // The columns backed by an index; sort() ignores the others.
    static bool isSortable(int column);
    static int columnOf(OrderSortKey key);
    // Counts again and drops the cached pages (the cache changed).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count);

private:
    const OrderRow *rowAt(int row) const;
    void reload();

    OrderRowSource *m_source;
    OrderFilter m_filter;
    OrderSort m_sort;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<OrderRow>> m_pages;
    mutable QList<qint64> m_recent; // page numbers, most recent last
};

} // namespace OpsDesk
