#pragma once

#include "models/export/ExportCells.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace OpsDesk {

// The numbers behind one chart or tile group, as a table: a title (the
// worksheet's name in a workbook, the heading in a report), typed columns
// (ExportColumn: title and kind) and rows of values in column order. Values
// follow the export's cell rules (models/export/ExportCells.h): integer cents
// for Money, a fraction (0.125) for Percent, QString for Text, numbers for
// Integer and Decimal; a null QVariant is an empty cell. A value type
// without I/O: a dashboard fills one per chart, services/export writes them.
struct DataTable
{
    QString title;
    QList<ExportColumn> columns;
    QList<QVariantList> rows;

    int columnCount() const { return int(columns.size()); }
    int rowCount() const { return int(rows.size()); }
    // The value at (row, column); null outside the table or a short row.
    QVariant value(int row, int column) const;
    // The value as a person reads it (ExportRules::displayText of the
    // column's kind).
    QString displayText(int row, int column) const;
    // The column titles in order.
    QStringList headers() const;

    bool operator==(const DataTable &) const = default;
};

} // namespace OpsDesk
