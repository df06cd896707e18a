#include "models/export/DataTable.h"

namespace OpsDesk {

QVariant DataTable::value(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size())
        return {};
    return rows.at(row).value(column);
}

QString DataTable::displayText(int row, int column) const
{
    if (column < 0 || column >= columns.size())
        return {};
    return ExportRules::displayText(columns.at(column).kind, value(row, column));
}

QStringList DataTable::headers() const
{
    QStringList titles;
    titles.reserve(columns.size());
    for (const ExportColumn &column : columns)
        titles.append(column.title);
    return titles;
}

} // namespace OpsDesk
