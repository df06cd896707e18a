#pragma once

#include "models/Staff.h"
#include "models/orders/OrderFilter.h"
#include "ui/shell/WorkspaceLayout.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace OpsDesk {

class ExportProgressDialog;
class OrderCache;
class OrderDetailPanel;
class OrderStatusCounter;
class OrdersTableModel;
class SyncSession;

// The orders workspace: filters over the cached orders (city and district,
// service item, status with counts, customer type, date range, technician,
// refund, complaint, overdue, free text), named saved views, the lazy table
// and the detail panel of the selected order; exports the current view.
// Column order and widths, the sort, the splitter and the filter come back
// after a restart (WorkspaceLayout).
class OrdersWorkspace : public QWidget, public WorkspaceLayout
{
    Q_OBJECT
public:
    // `sync` may be null (read-only); the cache is read through its own
    // read-only connection to `cachePath`.
    OrdersWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                    QWidget *parent = nullptr);
    ~OrdersWorkspace() override;

    OrdersTableModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    OrderDetailPanel *detail() const { return m_detail; }
    OrderFilter filter() const;
    void setFilter(const OrderFilter &filter);
    // Saves the current filter under `name` (QSettings) and selects it.
    void saveView(const QString &name);
    void applyView(const QString &name);
    // The per-status counts are computed in the background; true once the
    // buttons show those of the current filter.
    bool countsAreCurrent() const { return m_countsCurrent; }
    // Shows exactly the orders of `filter`, including criteria the filter
    // bar has no control for (a dashboard's drill-down: funnel stage, new or
    // returning customers, reviews, refund reason, coupon, business days),
    // which a line above the table names and one click removes.
    void showFilter(const OrderFilter &filter);
    // Shows the order (clearing filters that hide it) and selects it.
    void openOrder(const QString &orderId);

    // Exports the rows of the current filter and sort: asks for the file, or
    // writes `targetPath` when given (CSV or XLSX by its extension).
    ExportProgressDialog *exportCurrentView(const QString &targetPath = {});

    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilterBar();
    void retranslate();
    void reopen();
    void fillPickers();
    void fillDistricts();
    void fillViews();
    void applyFilter();
    void updateCounts();
    void showCounts(const OrderFilter &filter, const QHash<QString, qint64> &counts);
    void onCacheChanged(const QStringList &collections);
    void askSaveView();
    void showExtras();

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    std::unique_ptr<OrderCache> m_cache;
    std::unique_ptr<OrdersTableModel> m_model;
    std::unique_ptr<OrderStatusCounter> m_counter;
    bool m_updatingControls = false;
    bool m_countsCurrent = false;

    QLineEdit *m_search = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_customerType = nullptr;
    QComboBox *m_technician = nullptr;
    QComboBox *m_dateField = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_refund = nullptr;
    QCheckBox *m_complaint = nullptr;
    QCheckBox *m_overdue = nullptr;
    QList<QToolButton *> m_statusButtons;
    QToolButton *m_clear = nullptr;
    QComboBox *m_views = nullptr;
    QPushButton *m_saveView = nullptr;
    QPushButton *m_deleteView = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    OrderFilter m_extras; // criteria without a control (OrderFilter::extras)
    QLabel *m_extrasLabel = nullptr;
    QToolButton *m_clearExtras = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    OrderDetailPanel *m_detail = nullptr;
    QTimer m_textDebounce;
    QTimer m_refreshSoon;
    QTimer m_countsSoon;
};

} // namespace OpsDesk
