#pragma once

#include "models/Staff.h"
#include "models/finance/Reconciliation.h"
#include "services/export/TableExporter.h"
#include "services/finance/Reconciliation.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>
#include <utility>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace OpsDesk {

class ExportProgressDialog;

// The reconciliation export (财务对账) of the finance workspace: a period (a
// day, a month or a custom range of days, China time), a scope (city and
// service item), XLSX or a folder of CSV files, the target, and a preview
// of the summary totals computed from the local cache before anything is
// written. Export runs services/finance/Reconciliation in a worker thread
// under the usual ExportProgressDialog (progress, Cancel; a cancelled export
// leaves nothing).
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    enum class PeriodKind
    {
        Day,
        Month,
        Custom
    };

    ReconciliationPage(const Staff &staff, const QString &cachePath, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    // For tests and the shell: the inputs as values.
    void setPeriod(PeriodKind kind, const QDate &from, const QDate &to = {});
    Finance::ReconciliationPeriod period() const;
    void setScope(const QString &city, const QString &serviceItemId);
    void setFormat(ExportFormat format);
    void setTargetPath(const QString &path);
    QString targetPath() const;

    // The last preview (empty while it is computed or when it failed).
    std::optional<Finance::ReconciliationTotals> previewTotals() const { return m_preview; }
    // The message under the form (validation or preview failure).
    QString messageText() const;

    // Starts the export (as the Export button does); the dialog, or nullptr
    // with messageText() when the input is refused.
    ExportProgressDialog *startExport();

Q_SIGNALS:
    void previewReady();
    void exportFinished(const OpsDesk::ExportResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The service items of the scope picker, once the cache has them.
    void fillServiceItems();
    void retranslate();
    void updatePeriodFields();
    void schedulePreview();
    void runPreview();
    void showPreview();
    void chooseTarget();
    void suggestTarget();
    ExportFormat format() const;
    // The inputs as a request (no target).
    ReconciliationRequest currentRequest() const;

    Staff m_staff;
    QString m_cachePath;
    QLabel *m_title = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_periodKind = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_cityLabel = nullptr;
    QComboBox *m_city = nullptr;
    QLabel *m_itemLabel = nullptr;
    QComboBox *m_item = nullptr;
    QLabel *m_formatLabel = nullptr;
    QRadioButton *m_xlsx = nullptr;
    QRadioButton *m_csv = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_previewTitle = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_previewTimer = nullptr;
    // The totals, or nullopt and why.
    using Preview = std::pair<std::optional<Finance::ReconciliationTotals>, QString>;
    QFutureWatcher<Preview> m_watcher;
    QString m_previewError;
    std::optional<Finance::ReconciliationTotals> m_preview;
    bool m_targetEdited = false;
    bool m_previewAgain = false;
};

} // namespace OpsDesk
