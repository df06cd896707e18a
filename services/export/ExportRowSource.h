#pragma once

#include <QString>
#include <QVariantList>

namespace OpsDesk {

// Streams the rows of a table to an export, one at a time, so an export never
// needs all rows in memory (the orders source reads SQLite in blocks).
//
// Threading: the source is created in the GUI thread and handed to the
// export, which then calls every method below from its worker thread only,
// open() first. A source that reads SQLite opens its own connection in
// open() (Qt's connections belong to the thread that opened them) and closes
// it in its destructor, which also runs in the worker thread.
class ExportRowSource
{
public:
    virtual ~ExportRowSource() = default;

    // Called once before the first row. Return false and set *error to fail
    // the export with that (translated) message.
    virtual bool open(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }

    // The number of rows next() will give, or -1 when not known; drives the
    // progress bar.
    virtual qint64 rowCount() const { return -1; }

    // Fills *row with one value per column (in column order) and returns
    // true, or returns false at the end. Values: QString for Text and
    // Identifier, integer cents for Money, integers, QDate / QDateTime (or
    // ISO text), bool; a null QVariant is an empty cell.
    virtual bool next(QVariantList *row) = 0;

    // After next() returned false: a (translated) message when the rows could
    // not be read to the end, empty when the end was reached.
    virtual QString errorString() const { return {}; }
};

} // namespace OpsDesk
