#include "services/export/WorkbookWriter.h"

#include <atomic>
#include <memory>
#include <vector>

namespace OpsDesk {

bool DataTableRowSource::next(QVariantList *row)
{
    if (m_next >= m_table.rows.size())
        return false;
    *row = m_table.rows.at(m_next++);
    return true;
}

ExportResult WorkbookWriter::write(const QString &path, const QList<DataTable> &tables)
{
    if (tables.isEmpty()) {
        ExportResult result;
        result.error = tr("There are no figures to export.");
        return result;
    }
    std::vector<std::unique_ptr<DataTableRowSource>> sources;
    QList<ExportSheet> sheets;
    for (const DataTable &table : tables) {
        sources.push_back(std::make_unique<DataTableRowSource>(table));
        sheets.append({table.title, table.columns, sources.back().get()});
    }
    const std::atomic_bool never{false};
    return TableExporter::runWorkbook(path, sheets, {}, never);
}

} // namespace OpsDesk
