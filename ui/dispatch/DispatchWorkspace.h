#pragma once

#include "models/Staff.h"
#include "models/dispatch/CandidateRanking.h"
#include "services/dispatch/DispatchCache.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

class QComboBox;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace OpsDesk {

class DayScheduleView;
class MapView;
class SyncSession;

// The dispatcher's screen (first part): the queue of orders awaiting
// dispatch (most urgent first), the map with the open orders and the
// technicians, and the ranked candidates of the selected order with the
// score in its parts, distance first or rating first. "Assign" sends the
// assignment through the outbox; the order leaves the queue at once (its
// local look) and the server's answer follows.
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
    // Assigns the selected order to the candidate in that row.
    void assignCandidate(int row);
    // "Suggest all": proposes a technician for every order in the queue
    // (with the reason, or why nobody) in a dialog where the dispatcher
    // ticks the proposals to accept; accepting assigns them through the
    // outbox, each checked again against the order's current state.
    QDialog *suggestAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillQueue();
    void showCandidates();

    Staff m_staff;
    QString m_cachePath;
    QPointer<SyncSession> m_sync;
    DispatchCache m_cache;
    std::vector<DispatchOrder> m_queueOrders;
    std::vector<TechnicianProfile> m_technicians;
    std::vector<CandidateScore> m_ranked;
    QString m_selected;

    QLabel *m_queueTitle;
    QListWidget *m_queue;
    MapView *m_map;
    QLabel *m_candidatesTitle;
    QComboBox *m_mode;
    QTreeWidget *m_candidates;
    QPushButton *m_assign;
    QPushButton *m_suggest;
    QLabel *m_message;
    QTimer m_reloadSoon;

    // The day schedule pane under the others.
    void showSchedule();
    DayScheduleView *m_schedule = nullptr;
    QString m_scheduleOrder;      // the order whose candidates it shows
    QString m_scheduleTechnician; // picked on the map
};

} // namespace OpsDesk
