#pragma once

#include "models/export/DataTable.h"
#include "services/export/ExportRowSource.h"
#include "services/export/TableExporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace OpsDesk {

// The rows of a DataTable held in memory, for an export.
class DataTableRowSource final : public ExportRowSource
{
public:
    explicit DataTableRowSource(DataTable table)
        : m_table(std::move(table))
    {}
    qint64 rowCount() const override { return m_table.rows.size(); }
    bool next(QVariantList *row) override;

private:
    DataTable m_table;
    qsizetype m_next = 0;
};

// The numbers behind a dashboard as one XLSX workbook: one worksheet per
// DataTable, named by its title (made valid and unique), a bold frozen
// header row, and typed cells (numbers stay numbers, money in cents shows
// as ¥, percentages as %, text stays text). Written by
// TableExporter::runWorkbook, so the cell rules and the never-half-a-file
// rule are the table export's own.
//
// Synchronous and without widgets: a dashboard's tables are a few hundred
// rows, written in milliseconds; call from any one thread.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::WorkbookWriter)
public:
    static ExportResult write(const QString &path, const QList<DataTable> &tables);
};

} // namespace OpsDesk
