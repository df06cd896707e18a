#pragma once

#include "models/Staff.h"
#include "models/finance/CouponRules.h"
#include "services/finance/CouponCache.h"
#include "services/sync/OutboxTypes.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace OpsDesk {

class ApiClient;
class CouponEditorDialog;
class SyncSession;

// The coupons page of the finance workspace (优惠券 / 营销): the coupon list
// with a filter and New / Edit / Disable, and under it four tabs — the
// best-coupon preview for an example order (computed here with the
// platform's own rule, models/finance bestCoupon, on the cached coupons and
// redemptions; "Ask the server" shows POST /coupons/best beside it), the
// selected coupon's promo code as a QR code (PNG and printable PDF), the
// referral rewards (inviter's and invitee's coupons), and per-campaign
// figures computed from the cache.
//
// Changes go through the outbox (services/finance/CouponCommands). The
// editor waits a few seconds for the server's answer: a refusal is shown in
// the form next to its fields (and the refused entry is dropped — the form
// still holds everything typed); without an answer the change stays in the
// outbox and the row says "waiting".
class CouponsPage : public QWidget
{
    Q_OBJECT
public:
    // `sync` null: read-only. `api` null: no "Ask the server".
    CouponsPage(const Staff &staff, const QString &cachePath, SyncSession *sync,
                ApiClient *api = nullptr, QWidget *parent = nullptr);
    ~CouponsPage() override;

    QTableWidget *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableWidget *campaignTable() const { return m_campaignTable; }

    // Reads the coupons (and the other tabs) again from the cache.
    void reload();
    QStringList shownCouponIds() const;
    bool selectCoupon(const QString &id);
    QString selectedCouponId() const;

    // Opens the editor (a new coupon when `id` is empty) and returns it; it
    // deletes itself when closed.
    CouponEditorDialog *openEditor(const QString &id = {});
    void disableCoupon(const QString &id, const QString &reason);
    void setReferralRole(const QString &couponId, std::optional<Finance::ReferralRole> role);

    // The preview's rule on the cache: `customerId` empty = a new customer.
    Finance::BestCoupon bestFor(const QString &serviceItemId, qint64 priceCents,
                                const QString &customerId, const QDateTime &at);
    QString previewText() const;

    // The selected coupon's promo code as PNG / PDF.
    bool exportQrPng(const QString &couponId, const QString &path, QString *error);
    bool exportQrPdf(const QString &couponId, const QString &path, QString *error);

    QList<CouponCache::Figures> campaignFigures(const QDate &from, const QDate &to);
    void setFigureRange(const QDate &from, const QDate &to);

    // For tests and screenshots: "now" for the preview.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void changeSubmitted();
    // The editor's change landed on the server or waits in the outbox.
    void editorFinished(bool landed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildPreviewTab();
    QWidget *buildQrTab();
    QWidget *buildReferralTab();
    QWidget *buildFiguresTab();
    void retranslate();
    void fillTable();
    void fillSyncColumn(const QList<OutboxEntry> &entries);
    void fillReferral();
    void fillFigures();
    void updatePreview();
    void askServer();
    void updateQr();
    void updateButtons();
    void saveFromEditor(CouponEditorDialog *dialog);
    void followEntry(QPointer<CouponEditorDialog> dialog, const QString &opId, int tries);
    void submit(const LocalChange &change);
    QDateTime now() const;
    QJsonObject docOf(const QString &id) const;
    QString exportQrFile(bool pdf);

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    ApiClient *m_api = nullptr;
    std::unique_ptr<CouponCache> m_cache;
    QList<QJsonObject> m_docs;
    QList<Finance::CouponDefinition> m_coupons; // m_docs read once per reload
    QHash<QString, QString> m_itemNames;
    QHash<QString, QString> m_syncState; // coupon id → "waiting" / "refused"
    QDateTime m_now;
    QTimer m_reloadSoon;

    QLineEdit *m_filter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    // preview
    QComboBox *m_previewItem = nullptr;
    QLineEdit *m_previewPrice = nullptr;
    QComboBox *m_previewCustomer = nullptr;
    QLabel *m_previewResult = nullptr;
    QPushButton *m_askServer = nullptr;
    QLabel *m_serverResult = nullptr;
    QList<QLabel *> m_previewLabels;
    // promo code
    QLabel *m_qrImage = nullptr;
    QLabel *m_qrText = nullptr;
    QPushButton *m_savePng = nullptr;
    QPushButton *m_savePdf = nullptr;
    // referral
    QLabel *m_referralHelp = nullptr;
    QLabel *m_inviterLabel = nullptr;
    QLabel *m_inviteeLabel = nullptr;
    QListWidget *m_inviter = nullptr;
    QListWidget *m_invitee = nullptr;
    QComboBox *m_referralCoupon = nullptr;
    QPushButton *m_addInviter = nullptr;
    QPushButton *m_addInvitee = nullptr;
    QPushButton *m_removeReferral = nullptr;
    // figures
    QLabel *m_rangeLabel = nullptr;
    QDateEdit *m_figuresFrom = nullptr;
    QDateEdit *m_figuresTo = nullptr;
    QTableWidget *m_campaignTable = nullptr;
};

} // namespace OpsDesk
