#pragma once

#include "models/finance/Reconciliation.h"
#include "services/export/TableExporter.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace OpsDesk {

// The reconciliation export (财务对账): the orders of a period and scope from
// the local cache. Orders is the one sheet with a row per order (its money
// and its own terms, which add up to the summary's); Refunds has a row per
// refund; the others are totals by what finance checks them against:
// Payments per business day and city (the payment provider's statements),
// Coupon cost per coupon, Commissions per service item, Technician payouts
// per technician. Written as
//   XLSX — one workbook with the sheets Summary, Orders, Payments, Refunds,
//          Coupon cost, Commissions, Technician payouts (in that order);
//   CSV  — a new folder holding one file per sheet (summary.csv, orders.csv,
//          payments.csv, refunds.csv, coupon-cost.csv, commissions.csv,
//          technician-payouts.csv: fixed names for finance systems).
// The terms and which orders belong: models/finance/Reconciliation.h. The
// summary is the sum of the detail rows as they are written (one pass), and
// models/finance computes its derived lines, as the server's
// GET /api/v1/stats/reconciliation does from its own store.
//
// Memory stays flat: the period's orders are selected into TEMP tables of a
// read-only connection (SQLite's page cache, spilled to disk), each sheet is
// one forward-only query, and the workbook is written in constant-memory mode
// (ExportWorkbook). Everything is read in one read transaction, so the
// sheets agree with each other while sync keeps writing.
//
// Threading: run() and totals() open their own connection; call them from a
// worker thread (ExportJob) or any one thread.
struct ReconciliationRequest
{
    QString cachePath;
    Finance::ReconciliationPeriod period;
    QString city;          // empty: all cities
    QString serviceItemId; // empty: all service items
    QString targetPath;    // XLSX file, or the CSV folder to create
    ExportFormat format = ExportFormat::Xlsx;
};

class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::Reconciliation)
public:
    // The export. `totals` (optional) receives the summary as written.
    static ExportResult run(const ReconciliationRequest &request,
                            const TableExporter::Progress &progress, const std::atomic_bool &cancel,
                            Finance::ReconciliationTotals *totals = nullptr);

    // The summary alone, for a preview (no file); nullopt with *error.
    static std::optional<Finance::ReconciliationTotals> totals(const ReconciliationRequest &request,
                                                               QString *error);

    // The sheets and their columns (translated titles).
    static QList<ExportSheet> sheets();

    // "reconciliation-2026-11" (a month), "reconciliation-2026-11-05" (a
    // day), "reconciliation-2026-11-01_2026-11-15" (a range); with ".xlsx"
    // for XLSX, bare (a folder) for CSV.
    static QString defaultName(const Finance::ReconciliationPeriod &period, ExportFormat format);
};

} // namespace OpsDesk
