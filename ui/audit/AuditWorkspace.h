#pragma once

#include "models/Staff.h"
#include "models/audit/ReviewQueue.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace OpsDesk {

class ApiClient;
class AuditCache;
class AuditRecords;
class CredentialStore;
class OfflineBatch;
class ReviewPanel;
class SecureDocumentStore;
class SyncSession;

// The audit workspace (师傅审核): the queue of what is due — new
// applications, annual reviews, certificates expiring within 30 days —
// filtered by city, skill, status and days waiting, and the review screen of
// the selected item. "Take offline…" downloads the documents of the
// applications shown into the encrypted store (OfflineBatch), so the review
// works on a train; the queue says per row what is available offline and
// how many changes wait to sync.
class AuditWorkspace : public QWidget
{
    Q_OBJECT
public:
    // `sync` may be null (read-only). `api` and `keychain` may be null: no
    // encrypted offline store then (documents come through the file cache).
    AuditWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                   ApiClient *api = nullptr, CredentialStore *keychain = nullptr,
                   QWidget *parent = nullptr);
    ~AuditWorkspace() override;

    QTableWidget *table() const { return m_table; }
    ReviewPanel *review() const { return m_review; }
    OfflineBatch *offlineBatch() const { return m_batch; }
    SecureDocumentStore *documentStore() const { return m_store; }
    QList<Audit::ReviewItem> items() const { return m_shown; }
    QPushButton *takeOfflineButton() const { return m_takeOffline; }
    QString summaryText() const;

    // Reads the queue again from the cache (keeps the selection).
    void reload();
    void selectFirst();
    // Selects the row of a record (clearing filters that hide it).
    bool openRecord(const QString &collection, const QString &id);
    // Takes the applications shown offline; `confirm` false skips the question.
    void takeOffline(bool confirm = true);
    // For tests: the moment the queue and the checks are computed for.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void offlineFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillFilters();
    void applyFilter();
    void onSelectionChanged();
    void updateSummary();
    Audit::ReviewFilter filter() const;
    QDateTime now() const;

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    std::unique_ptr<AuditCache> m_cache;
    std::unique_ptr<AuditRecords> m_records;
    SecureDocumentStore *m_store = nullptr;
    OfflineBatch *m_batch = nullptr;
    QDateTime m_now;
    QList<Audit::ReviewItem> m_items;
    QList<Audit::ReviewItem> m_shown;
    bool m_filling = false;
    bool m_storeTried = false;

    QLineEdit *m_search = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_skill = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_age = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_takeOffline = nullptr;
    QTableWidget *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    ReviewPanel *m_review = nullptr;
    QPointer<QProgressDialog> m_progress;
    QTimer m_reloadSoon;
};

} // namespace OpsDesk
