#pragma once

#include "models/geo/Basemap.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <random>
#include <vector>

namespace OpsDesk::Server {

class ApiServer;
class Store;

// Makes a demo server look alive: paid orders arrive, assigned orders are
// accepted, en route, arrived, in service and completed over realistic
// times, technicians go online and offline and report their positions every
// 30 s, and now and then a customer asks for a refund.
//
// Threading: the server's thread only. A timer ticks once a second; each tick
// advances the simulated clock by speed × the real time elapsed. Record
// changes go through Store::put inside one transaction per tick (so they
// sync and raise change events); position reports use
// Store::updatePosition (no version, no seq) and the positionReported signal.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(ApiServer &server, QObject *parent = nullptr);
    ~Simulator() override;

    bool isRunning() const { return m_timer.isActive(); }
    void setRunning(bool running);

    // Simulated seconds per real second (--simulator-speed).
    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed; }

    // Advances the simulated clock by `seconds` and does what falls due
    // (what a timer tick does). Public so tests can drive it without timers.
    void advance(double seconds);

    // Counters since construction, for tests and logs.
    struct Counters
    {
        int ordersCreated = 0;
        int transitions = 0;
        int completed = 0; // each with its settlement
        int positions = 0;
        int refunds = 0;
        int workStatusChanges = 0;
    };
    const Counters &counters() const { return m_counters; }

Q_SIGNALS:
    // {type:"position", technician_id, lat, lng, heading, at} for the live
    // events hub.
    void positionReported(const QJsonObject &event);

private:
    struct Tech
    {
        QString id;
        QString city;
        QString workStatus;
        bool active = true;
        double lat = 0, lng = 0;
        double homeLat = 0, homeLng = 0;
        double heading = 0;
        double nextReportAt = 0;
        int workStart = 8 * 60, workEnd = 20 * 60;
        QString targetOrder; // en route to / on site at
        double targetLat = 0, targetLng = 0;
    };
    struct Pending
    {
        QString status; // the status the order had when scheduled
        double due = 0;
    };

    void tick();
    void load();
    void rescanOrders();
    // The simulated moment: --demo-now plus the simulated seconds, or the
    // real time without --demo-now.
    QDateTime now() const;
    void progressOrders(const QString &nowIso);
    void createOrders(double seconds, const QString &nowIso);
    void reportPositions(const QString &nowIso);
    void toggleWorkStatus(double seconds, const QString &nowIso);
    void requestRefunds(double seconds, const QString &nowIso);
    double delayAfter(const QString &status, const QJsonObject &order);
    void setWorkStatus(Tech &tech, const QString &status, const QString &nowIso);
    void settle(const QJsonObject &order, const QString &nowIso);
    QString nextOrderId();
    double unit();

    ApiServer &m_server;
    Store &m_store;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    double m_speed = 1;
    double m_clock = 0; // simulated seconds since start
    double m_nextRescan = 0;
    bool m_loaded = false;
    std::mt19937_64 m_rng;
    std::vector<Tech> m_techs;
    QHash<QString, int> m_techIndex;
    QHash<QString, Pending> m_pending; // order id → next step
    QStringList m_completed;           // recently completed orders (refund candidates)
    QStringList m_serviceItems;
    QHash<QString, qint64> m_prices;
    QHash<QString, int> m_durations;
    QHash<QString, Basemap> m_basemaps; // city → districts
    qint64 m_customerCount = 0;
    double m_ordersPerDay = 200;
    QString m_orderDay;
    int m_orderSeq = 0;
    qint64 m_refundSeq = 0;
    qint64 m_settlementSeq = -1; // read on first use
    Counters m_counters;
};

} // namespace OpsDesk::Server
