#pragma once

#include "services/export/ExportRowSource.h"

#include <QList>

#include <utility>

namespace OpsDesk {

// Rows already in memory (a screen's table of a few thousand rows at most):
// handed over whole, streamed by the export's worker thread. Larger tables
// should stream from SQLite instead (ui/orders/OrderExport).
class MemoryRowSource : public ExportRowSource
{
public:
    explicit MemoryRowSource(QList<QVariantList> rows)
        : m_rows(std::move(rows))
    {}

    qint64 rowCount() const override { return m_rows.size(); }
    bool next(QVariantList *row) override
    {
        if (m_next >= m_rows.size())
            return false;
        *row = m_rows.at(m_next++);
        return true;
    }

private:
    QList<QVariantList> m_rows;
    qsizetype m_next = 0;
};

} // namespace OpsDesk
