#pragma once

#include "models/Staff.h"
#include "models/audit/PreChecks.h"
#include "services/sync/OutboxTypes.h"
#include "ui/audit/DocumentThumbnail.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace OpsDesk {

class AuditCache;
class AuditRecords;
class AreaMap;
class OfflineBatch;
class SyncSession;

// The review screen of one queue item: on the left what the applicant or
// technician sent and did — identity (ID number masked unless the role may
// see it, the ID card's two sides, the server's face verification),
// certificates, skills and the service area on a small map, signed
// agreements, history (earlier applications and rejections, complaints,
// rewards and penalties) and, for a technician, performance with the
// automatic star-level rule's preview; on the right the pre-check
// checklist beside the decision buttons, and the audit trail (who, when).
// Every decision is an AuditCommands LocalChange through
// SyncSession::submit (the outbox): made offline, it waits and is sent when
// the server is back; the panel says so.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    // `cache`, `records` and `sync` may be null (showRecords only).
    ReviewPanel(const Staff &staff, AuditCache *cache, AuditRecords *records, SyncSession *sync,
                QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void setDocumentLoader(DocumentLoader loader) { m_loader = std::move(loader); }
    void setOfflineBatch(OfflineBatch *batch);
    // Shows an application ("applications") or a technician ("technicians").
    void showRecord(const QString &collection, const QString &id);
    // Shows records as given (tests; no cache needed).
    void showRecords(const QJsonObject &application, const QJsonObject &technician);
    void reload();
    void clear();

    QString collection() const { return m_collection; }
    QString recordId() const { return m_recordId; }
    QJsonObject application() const { return m_application; }
    QJsonObject technician() const { return m_technician; }
    // What the identity section shows as the ID number.
    QString idNumberText() const;
    QList<Audit::PreCheckResult> preChecks() const { return m_checks; }
    QList<DocumentThumbnail *> thumbnails() const { return m_thumbs; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QTreeWidget *trail() const { return m_trail; }
    QString syncStateText() const;

    // Opens the reject dialog (pre-ticked with the failed checks' reasons)
    // and submits; `prepare` may fill the dialog and is called before exec
    // (tests). True when a change was submitted.
    bool rejectWithDialog(const std::function<void(class RejectDialog *)> &prepare = {});
    bool approve(const QString &note = {});
    void setNow(const QDateTime &now) { m_now = now; }

Q_SIGNALS:
    void changeSubmitted(const QString &collection, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderIdentity();
    void renderCertificates();
    void renderArea();
    void renderAgreements();
    void renderHistory();
    void renderPerformance();
    void renderChecks();
    void renderDecision();
    void renderTrail();
    void submit(const LocalChange &change);
    void technicianAction(int action);
    QDateTime now() const;
    QString staffName(const QString &id) const;
    DocumentThumbnail *thumbnail(const QString &title, const QString &sha, QSize size);
    void clearLayout(QGridLayout *layout);

    Staff m_staff;
    AuditCache *m_cache;
    AuditRecords *m_records;
    QPointer<SyncSession> m_sync;
    QPointer<OfflineBatch> m_batch;
    DocumentLoader m_loader;
    QDateTime m_now;

    QString m_collection;
    QString m_recordId;
    QJsonObject m_application;
    QJsonObject m_technician;
    QList<QJsonObject> m_related;
    bool m_pending = false;
    QList<Audit::PreCheckResult> m_checks;
    QList<DocumentThumbnail *> m_thumbs;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_syncState;
    QWidget *m_details;
    QGroupBox *m_identityBox;
    QGridLayout *m_identity;
    QLabel *m_idNumber = nullptr;
    QGroupBox *m_certBox;
    QGridLayout *m_certs;
    QGroupBox *m_areaBox;
    QLabel *m_areaText;
    AreaMap *m_map;
    QGroupBox *m_agreementBox;
    QGridLayout *m_agreements;
    QGroupBox *m_historyBox;
    QLabel *m_history;
    QGroupBox *m_performanceBox;
    QLabel *m_performance;
    QGroupBox *m_checksBox;
    QVBoxLayout *m_checksLayout;
    QGroupBox *m_decisionBox;
    QLabel *m_decisionState;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_suspend;
    QPushButton *m_reinstate;
    QPushButton *m_reviewPass;
    QPushButton *m_reviewFail;
    QPushButton *m_star;
    QPushButton *m_incentive;
    QGroupBox *m_trailBox;
    QTreeWidget *m_trail;
};

} // namespace OpsDesk
