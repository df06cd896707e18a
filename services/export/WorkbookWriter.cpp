#include "services/export/WorkbookWriter.h"

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
    ExportResult result;
    if (tables.isEmpty()) {
        result.error = tr("There are no figures to export.");
        return result;
    }
    QList<ExportSheet> sheets;
    QStringList taken;
    for (const DataTable &table : tables) {
        ExportSheet sheet;
        sheet.name = ExportRules::worksheetName(table.title, taken);
        taken.append(sheet.name);
        sheet.csvFileName = sheet.name + QStringLiteral(".csv");
        sheet.columns = table.columns;
        sheets.append(sheet);
    }
    ExportWorkbook book(path, ExportFormat::Xlsx);
    if (!book.open(sheets)) {
        result.error = book.error();
        return result;
    }
    for (int i = 0; i < tables.size(); ++i)
        for (const QVariantList &row : tables.at(i).rows) {
            if (!book.writeRow(i, row)) {
                result.error = book.error();
                return result; // the book discards itself
            }
            ++result.rows;
        }
    if (!book.commit()) {
        result.error = book.error();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace OpsDesk
