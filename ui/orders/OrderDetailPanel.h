#pragma once

#include "models/Staff.h"
#include "services/sync/OutboxTypes.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OpsDesk {

class OrderCache;
class OrderMiniMap;
class PhotoStrip;
class SyncSession;

// One order on one screen: customer, address, service and money,
// appointment, status timeline, technician, notes, refunds and complaints,
// and the actions the signed-in role may take in the order's state. Every
// action is a LocalChange through SyncSession::submit; the panel shows
// "waiting for the server" while the order is pending.
class OrderDetailPanel : public QWidget
{
    Q_OBJECT
public:
    OrderDetailPanel(const Staff &staff, OrderCache *cache, SyncSession *sync,
                     QWidget *parent = nullptr);

    QString orderId() const { return m_orderId; }
    OrderMiniMap *map() const { return m_map; }
    PhotoStrip *photos() const { return m_photos; }
    void showOrder(const QString &orderId);
    // Reads the order again from the cache (it changed).
    void reload();

Q_SIGNALS:
    // A change was written to the local cache (the table should refresh).
    void changeSubmitted(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void updateActions();
    void submitCancel();
    void submitReschedule();
    void submitNote();
    void submit(const LocalChange &change);
    QString phoneText(const QString &phone) const;
    QString actorName(const QString &id) const;

    Staff m_staff;
    OrderCache *m_cache;
    QPointer<SyncSession> m_sync;
    QString m_orderId;
    QJsonObject m_order;
    bool m_pending = false;

    QLabel *m_title;
    QLabel *m_pendingLabel;
    QLabel *m_body;      // customer and address
    OrderMiniMap *m_map; // where the address is
    QLabel *m_more;      // service and money, appointment, timeline, notes, refunds
    QLabel *m_photosTitle;
    PhotoStrip *m_photos; // the technician's job photos
    QGroupBox *m_actions;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_cancel;
    QPushButton *m_note;
    QLabel *m_appointmentLabel;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QPushButton *m_reschedule;
    QLabel *m_message;
};

} // namespace OpsDesk
