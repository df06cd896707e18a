#pragma once

#include "models/Staff.h"
#include "services/finance/RefundCommands.h"
#include "services/sync/OutboxTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OpsDesk {

class PhotoStrip;
class RefundCache;
class SyncSession;

// Everything needed to decide one refund request on one screen: the
// customer's reason and evidence photos, the order and its money (price,
// coupon, paid, already refunded, refundable now), the technician's service
// record (status timeline, notes, job photos), the decisions so far (who,
// when, how much, why) and the earlier refunds and complaints of the
// customer and of the technician. Below it the decision: approve in full or
// a part (yuan with two decimals; the technician/platform split shown as it
// is typed), or reject with a reason from the list and the clerk's words.
// Decisions are RefundCommands through SyncSession::submit (the outbox).
class RefundDecisionPanel : public QWidget
{
    Q_OBJECT
public:
    RefundDecisionPanel(const Staff &staff, RefundCache *cache, SyncSession *sync,
                        QWidget *parent = nullptr);

    QString refundId() const { return m_refundId; }
    void showRefund(const QString &refundId);
    // Reads the request again from the cache (it changed).
    void reload();
    void setNow(const QDateTime &now) { m_now = now; }

    // The bounds the current request's amount is checked against.
    RefundCommands::Bounds bounds() const { return m_bounds; }

    // For tests and the keyboard: the form's parts.
    QLineEdit *amountEdit() const { return m_amount; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *fullButton() const { return m_full; }
    QComboBox *rejectReason() const { return m_rejectReason; }
    QLineEdit *rejectText() const { return m_rejectText; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *splitLabel() const { return m_split; }
    QLabel *blockedLabel() const { return m_blocked; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *detailsLabel() const { return m_details; }
    PhotoStrip *evidence() const { return m_evidence; }

    void approve();
    void reject();

Q_SIGNALS:
    // A decision was written to the local cache (the queue should refresh).
    void changeSubmitted(const QString &refundId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void updateForm();
    void onAmountChanged();
    void submit(const LocalChange &change, const QString &done);
    QString actorName(const QString &id) const;
    QString detailsHtml() const;
    QString historyHtml() const;
    QDateTime now() const;

    Staff m_staff;
    RefundCache *m_cache;
    QPointer<SyncSession> m_sync;
    QString m_refundId;
    QJsonObject m_refund;
    QJsonObject m_order;
    bool m_pending = false;
    RefundCommands::Bounds m_bounds;
    QDateTime m_now;

    QLabel *m_title;
    QLabel *m_pendingLabel;
    QLabel *m_request;
    QLabel *m_evidenceTitle;
    PhotoStrip *m_evidence;
    QLabel *m_details;
    QLabel *m_jobPhotosTitle;
    PhotoStrip *m_jobPhotos;
    QLabel *m_history;
    QGroupBox *m_decide;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QPushButton *m_full;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_approve;
    QLabel *m_split;
    QLabel *m_blocked;
    QLabel *m_rejectLabel;
    QComboBox *m_rejectReason;
    QLineEdit *m_rejectText;
    QPushButton *m_reject;
    QLabel *m_message;
};

} // namespace OpsDesk
