#pragma once

#include "models/export/ExportCells.h"
#include "models/orders/OrderFilter.h"
#include "services/export/ExportRowSource.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace OpsDesk {

class OrderCache;

// The orders of a filter as an export: the columns finance and dispatch
// reconcile with, one row per order in the table's sort order, streamed
// from the cache through one forward-only query in the export's thread.
class OrderExportSource : public ExportRowSource
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::OrderExportSource)
public:
    OrderExportSource(const QString &cachePath, const OrderFilter &filter, const OrderSort &sort);
    ~OrderExportSource() override;

    // The columns, in the order next() fills them.
    static QList<ExportColumn> columns();

    bool open(QString *error) override;
    qint64 rowCount() const override { return m_count; }
    bool next(QVariantList *row) override;
    QString errorString() const override;

private:
    QString m_cachePath;
    OrderFilter m_filter;
    OrderSort m_sort;
    qint64 m_count = -1;
    std::unique_ptr<OrderCache> m_cache; // opened in open(), in the export's thread
};

} // namespace OpsDesk
