#pragma once

#include "models/Staff.h"
#include "models/finance/TechnicianLedger.h"
#include "services/finance/SettlementCache.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace OpsDesk {

struct LocalChange;

class ExportProgressDialog;
class SyncSession;

// Commissions and settlement (佣金 / 结算 / 提现), one page of the finance
// workspace with three tabs:
//
// * Commission rates: every rate (per service item, and per star level where
//   one is configured) in % with two decimals, its effective date and
//   change history (who, when, old → new, effective from); an
//   administrator changes one with SettlementCommands (checked first, sent
//   through the outbox);
// * Technician ledger: a technician and a period (day, month, custom; China
//   business days) → each order's price, coupon costs (platform /
//   technician), commission and earnings, rewards, penalties, refunds
//   charged and withdrawals with the running balance, a totals row, the
//   available balance; export to CSV / XLSX;
// * Withdrawals: the requests (filter by status, city, amount, days
//   waiting) with the balance check beside the selected one; approve (off,
//   with the reason, when over the balance) or reject with a reason.
//
// Everything is read from the cache (SettlementCache); the page reloads when
// the synced collections it shows change. The withdrawals tab's requests and
// balances (about a second at 600,000 settlements and 500 waiting requests)
// are read on a worker thread with its own read-only connection: meanwhile
// the tab says "Checking balances…" and approving waits; only the newest
// reload's result is shown (withdrawalsLoaded()).
class SettlementPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period
    {
        Day,
        Month,
        Custom
    };

    // `sync` may be null (read-only: nothing can be changed).
    SettlementPage(const Staff &staff, const QString &cachePath, SyncSession *sync,
                   QWidget *parent = nullptr);
    ~SettlementPage() override;

    // Reads everything again from the cache (keeps the selections); the
    // withdrawals tab's part arrives later (withdrawalsLoaded()).
    void reload();
    // True from a reload until its withdrawals and balances are shown.
    bool withdrawalsLoading() const { return m_withdrawalsLoading; }

    // Rates.
    QTableWidget *ratesTable() const { return m_rates; }
    QTableWidget *rateHistoryTable() const { return m_history; }
    QLineEdit *ratePercentEdit() const { return m_ratePercent; }
    QDateEdit *rateEffectiveEdit() const { return m_rateEffective; }
    QLineEdit *rateReasonEdit() const { return m_rateReason; }
    QPushButton *saveRateButton() const { return m_saveRate; }
    QLabel *rateMessage() const { return m_rateMessage; }
    bool selectRate(const QString &id);
    // Checks the form and submits the change; false (with the message shown)
    // when refused.
    bool saveRate();

    // Ledger.
    QComboBox *technicianBox() const { return m_technician; }
    QTableWidget *ledgerTable() const { return m_ledgerTable; }
    QLabel *ledgerSummary() const { return m_ledgerSummary; }
    const Finance::TechnicianLedger &ledger() const { return m_ledger; }
    void showLedger(const QString &technicianId, Period period, const QDate &from,
                    const QDate &to = {});
    // Asks for the file unless `targetPath` is given; the progress dialog, or
    // null when nothing is exported.
    ExportProgressDialog *exportLedger(const QString &targetPath = {});

    // Withdrawals.
    QTableWidget *withdrawalsTable() const { return m_withdrawals; }
    QComboBox *withdrawalStatusFilter() const { return m_statusFilter; }
    QLabel *balanceCheck() const { return m_balanceCheck; }
    QLineEdit *approvalNoteEdit() const { return m_approveNote; }
    QLineEdit *rejectionReasonEdit() const { return m_rejectReason; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *withdrawalMessage() const { return m_withdrawalMessage; }
    // Selects a request (clearing filters that hide it).
    bool selectWithdrawal(const QString &id);
    bool approveSelected();
    bool rejectSelected();

    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The newest reload's withdrawals and balances are shown.
    void withdrawalsLoaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Sends a change through the outbox; the page reads the cache again
    // when it is settled, and a refusal is shown in `message`.
    void submit(const LocalChange &change, QLabel *message);
    void buildUi();
    QWidget *buildRatesTab();
    QWidget *buildLedgerTab();
    QWidget *buildWithdrawalsTab();
    void retranslate();
    bool ensureOpen();

    void fillRates();
    void onRateSelected();
    QJsonObject selectedRate() const;

    void fillTechnicians();
    void updatePeriodInputs();
    void refreshLedger();

    // Starts reading the withdrawals tab's data on a worker thread (a
    // running read is cancelled; its result, if it still comes, is dropped).
    void startWithdrawalsLoad();
    void applyWithdrawals(quint64 generation, const SettlementCache::WithdrawalQueue &queue);
    // While a reload reads: the shown rows' balances and the selected
    // request's check say "Checking…" (the rows themselves stay).
    void showBalancesUnknown();
    void setBalanceUnknown(int row);
    void showWithdrawalCount(int shown);
    void fillCities();
    void fillWithdrawals();
    void onWithdrawalSelected();
    QJsonObject selectedWithdrawal() const;
    bool balanceKnown(const QString &technicianId) const;
    // Why the request may not be approved (empty: it may): its balance is
    // not known yet or could not be read, or the request is over it.
    QString approvalRefusal(const QJsonObject &withdrawal) const;

    static QString withdrawalStatusName(const QString &status);
    QString staffName(const QString &id) const;
    QString technicianName(const QString &id) const;

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    std::unique_ptr<SettlementCache> m_cache;
    QTimer m_reloadSoon;
    bool m_stale = false; // the cache changed while the page was hidden

    QHash<QString, QString> m_itemNames;
    QHash<QString, QString> m_staffNames;
    QHash<QString, QString> m_technicianNames;

    QTabWidget *m_tabs = nullptr;

    // Rates.
    QList<QJsonObject> m_rateDocs;
    QString m_formRateId; // the rate the form was filled from
    QLabel *m_ratesIntro = nullptr;
    QTableWidget *m_rates = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_percentLabel = nullptr;
    QLabel *m_effectiveLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_ratePercent = nullptr;
    QDateEdit *m_rateEffective = nullptr;
    QLineEdit *m_rateReason = nullptr;
    QPushButton *m_saveRate = nullptr;
    QLabel *m_rateMessage = nullptr;
    QLabel *m_rateRole = nullptr;

    // Ledger.
    QLabel *m_technicianLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_technician = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_ledgerSummary = nullptr;
    QTableWidget *m_ledgerTable = nullptr;
    Finance::TechnicianLedger m_ledger;
    QString m_ledgerTechnician;
    bool m_fillingTechnicians = false;

    // Withdrawals.
    // The newest applied read: the requests, our waiting changes, and the
    // balances of the technicians with a waiting request (empty while a
    // reload runs: nothing is approved on an old balance).
    QList<QJsonObject> m_withdrawalDocs;
    QSet<QString> m_withdrawalPending;
    QHash<QString, Finance::BalanceInput> m_balances;
    QString m_withdrawalError;
    bool m_withdrawalsLoading = false;
    quint64 m_withdrawalGeneration = 0;                    // the newest reload's number
    std::shared_ptr<std::atomic_bool> m_cancelWithdrawals; // of the running read
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_cityFilter = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QComboBox *m_ageFilter = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_withdrawalCount = nullptr;
    QTableWidget *m_withdrawals = nullptr;
    QLabel *m_withdrawalDetail = nullptr;
    QLabel *m_balanceCheck = nullptr;
    QLineEdit *m_approveNote = nullptr;
    QPushButton *m_approve = nullptr;
    QLineEdit *m_rejectReason = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_withdrawalMessage = nullptr;
    bool m_fillingWithdrawals = false;
    QString m_messageWithdrawalId; // the request the message is about
};

} // namespace OpsDesk
