#pragma once

#include "models/Staff.h"
#include "models/finance/RefundQueue.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace OpsDesk {

class RefundCache;
class RefundDecisionPanel;
class SyncSession;

// The refund queue (售后和退款审批) beside the decision panel of the selected
// request. Filters: status (open by default), age, amount range, city,
// service item, reason, text; the columns sort; a summary line under the
// table says what is shown and what waits to sync. Each row says whether a
// decision of ours waits in the outbox or was refused. Several small
// clear-cut requests can be approved in full at once, each checked against
// its own bounds (Finance::checkBulkApproval and RefundCommands).
class RefundsPage : public QWidget
{
    Q_OBJECT
public:
    RefundsPage(const Staff &staff, const QString &cachePath, SyncSession *sync,
                QWidget *parent = nullptr);
    ~RefundsPage() override;

    QTableWidget *table() const { return m_table; }
    RefundDecisionPanel *panel() const { return m_panel; }
    QList<Finance::RefundItem> shownItems() const { return m_shown; }
    QString summaryText() const;
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *minAmountEdit() const { return m_minAmount; }
    QLineEdit *maxAmountEdit() const { return m_maxAmount; }
    QPushButton *bulkButton() const { return m_bulk; }
    QLabel *bulkResultLabel() const { return m_bulkResult; }

    void reload();
    void selectFirst();
    // Selects a request's row (clearing filters that hide it).
    bool openRefund(const QString &refundId);
    // Selects these requests' rows (for bulk decisions).
    void selectRefunds(const QStringList &refundIds);

    struct BulkOutcome
    {
        QStringList approved;                   // request ids submitted
        QList<QPair<QString, QString>> refused; // id, why
    };
    // "Approve selected in full": each selected request checked against its
    // own bounds; `confirm` false skips the question. Submits the rest.
    BulkOutcome approveSelectedInFull(bool confirm = true);
    void setNow(const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillFilters();
    void applyFilter();
    void onSelectionChanged();
    QStringList selectedIds() const;
    Finance::RefundFilter filter() const;
    QDateTime now() const;

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    std::unique_ptr<RefundCache> m_cache;
    QDateTime m_now;
    QList<Finance::RefundItem> m_items;
    QList<Finance::RefundItem> m_shown;
    bool m_filling = false;
    bool m_openOnly = true; // m_items holds only the open requests (and ours not yet sent)

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_age = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_item = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_bulk = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_bulkResult = nullptr;
    QSplitter *m_splitter = nullptr;
    RefundDecisionPanel *m_panel = nullptr;
    QTimer m_reloadSoon;
};

} // namespace OpsDesk
