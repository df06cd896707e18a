#pragma once

#include "models/Staff.h"
#include "models/dispatch/CandidateRanking.h"
#include "services/dispatch/DispatchCache.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace OpsDesk {

class DayScheduleView;
class MapView;
class SyncSession;

// The dispatcher's screen: the queue of orders awaiting dispatch (most
// urgent first, several may be selected), the map with the open orders and
// the technicians, and the ranked candidates of the selected order with the
// score in its parts, distance first or rating first.
//
// Assigning: the Assign button, Enter or Alt+1…9 on the candidates, or
// dragging orders (from the queue or the map) onto a technician on the map
// or onto a candidate row. Several selected orders go in one step, each
// checked against that technician (and against the others of the same
// step, so nobody is double-booked); those that do not fit are named with
// why. An order already assigned, accepted or on the way is reassigned,
// with a reason the dispatcher gives. Everything goes through the outbox;
// an order leaves the queue at once (its local look) and the server's
// answer follows.
//
// Watching: overdue orders (TimeoutRules, re-checked every minute) turn red
// and raise timeoutsRaised once per order and rule; technicians reporting
// from outside their service area get a warning ring and raise
// locationAnomalies once.
class DispatchWorkspace : public QWidget
{
    Q_OBJECT
public:
    DispatchWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                      QWidget *parent = nullptr);

    MapView *map() const { return m_map; }
    QListWidget *queue() const { return m_queue; }
    QTreeWidget *candidates() const { return m_candidates; }
    // The candidates' day schedules (a technician picked on the map first).
    DayScheduleView *schedule() const { return m_schedule; }
    // Re-reads orders and technicians from the cache.
    void reload();
    void selectOrder(const QString &orderId);
    QString selectedOrder() const { return m_selected; }
    // The most urgent order of the queue (screenshots, keyboard start).
    void selectFirstInQueue();
    // Assigns the selected orders to the candidate in that row.
    void assignCandidate(int row);
    // Assigns (or, for orders already with a technician, reassigns after
    // asking why) each order to the technician, each checked first.
    void assignOrders(const QStringList &orderIds, const QString &technicianId);
    // The orders selected in the queue (or the one selected on the map).
    QStringList selectedOrders() const;
    // The reason dialog of a reassignment that is waiting for the dispatcher.
    QDialog *pendingReassignDialog() const;
    QString message() const;
    // "Suggest all": proposes a technician for every order in the queue
    // (with the reason, or why nobody) in a dialog where the dispatcher
    // ticks the proposals to accept; accepting assigns them through the
    // outbox, each checked again against the order's current state.
    QDialog *suggestAll();

Q_SIGNALS:
    // One line per order that newly broke a timeout rule.
    void timeoutsRaised(const QStringList &lines);
    // One line per technician newly reporting from outside their area.
    void locationAnomalies(const QStringList &lines);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillQueue();
    void showCandidates();
    void showTechnician(const QString &technicianId);
    void watchTimeouts(const std::vector<DispatchOrder> &open);
    const DispatchOrder *findOrder(const QString &orderId) const;
    int technicianIndex(const QString &technicianId) const;
    RankingWeights weights() const;
    void submitAssignments(const QStringList &orderIds, const QString &technicianId,
                           const QString &reason);
    void askReassignReason(const QStringList &orderIds, const QString &technicianId);

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    DispatchCache m_cache;
    std::vector<DispatchOrder> m_queueOrders;
    std::vector<DispatchOrder> m_openOrders;
    QHash<QString, int> m_openIndex;    // order id → m_openOrders
    QHash<QString, int> m_timeoutsSeen; // order id → the Timeout already raised
    QSet<QString> m_anomaliesSeen;
    QHash<QString, QString> m_anomalies; // technician id → warning text
    std::vector<TechnicianProfile> m_technicians;
    std::vector<CandidateScore> m_ranked;
    QString m_selected;

    QLabel *m_queueTitle;
    QListWidget *m_queue;
    MapView *m_map;
    QLabel *m_candidatesTitle;
    QComboBox *m_mode;
    QWidget *m_customWeights; // the four weights of the custom mode
    QList<QSpinBox *> m_weightBoxes;
    QList<QLabel *> m_weightLabels;
    QTreeWidget *m_candidates;
    QPushButton *m_assign;
    QPushButton *m_suggest;
    QCheckBox *m_heat;
    QLabel *m_message;
    QPointer<QDialog> m_reassignDialog;
    QTimer m_reloadSoon;
    QTimer m_minute; // timeouts move on with the clock

    // The day schedule pane under the others.
    void showSchedule();
    DayScheduleView *m_schedule = nullptr;
    QString m_scheduleOrder;      // the order whose candidates it shows
    QString m_scheduleTechnician; // picked on the map
};

} // namespace OpsDesk
