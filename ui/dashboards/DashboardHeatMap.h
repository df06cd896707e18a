#pragma once

#include "models/geo/GeoTypes.h"
#include "models/orders/OrderFilter.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace OpsDesk {

class MapView;
class HeatLegend;

// The hot-area heat map (热点地区热图) of the dashboards: where orders were
// created in a period, for one service item or all, on the dispatch map
// component (MapView with its heat layer in colour steps: squares of about
// 24 screen pixels whose colour says how many orders fall in them). Beside
// the map a legend names the count of each colour step and the size of a
// square, and a line says how many orders are shown.
//
// Its own period picker and service item choice; the dashboard's shared
// filter (city, district, service item, customer type, date range) comes in
// through setFilter() as plain values, and sets the pickers too (the user
// may change them here afterwards). The figures are the orders workspace's:
// OrderCache with the same OrderFilter (created date), so a drill-down
// shows exactly the orders counted.
//
// Threading: the orders' positions are read in a worker thread through its
// own read-only connection to the cache (WAL: never waits for the sync
// engine); a newer filter supersedes an older request and an answer for a
// filter no longer shown is dropped. The GUI thread never waits on SQLite.
class DashboardHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardHeatMap(QWidget *parent = nullptr);
    ~DashboardHeatMap() override;

    // The cache file to read; empty shows nothing.
    void setCachePath(const QString &cachePath);
    // The dashboard's shared filter. Empty strings and invalid dates mean
    // "any".
    void setFilter(const QString &city, const QString &district, const QString &serviceItemId,
                   const QString &customerType, QDate from, QDate to);
    // The heat map's own pickers.
    void setPeriod(QDate from, QDate to);
    void setServiceItem(const QString &serviceItemId);
    // Reads again (the cache changed).
    void refresh();

    // What is shown (created date in the period).
    OrderFilter filter() const;
    // The orders on the map (those of the filter with a position) and all
    // orders of the filter, as of the last answer.
    qint64 shownOrders() const { return m_shown; }
    qint64 matchingOrders() const { return m_matching; }
    // The count line beside the map.
    QString countText() const;
    MapView *map() const { return m_map; }

    // Waits (with a local event loop) until the answer for the current
    // filter is shown and the heat layer is coloured (tests, screenshots).
    bool waitForData(int timeoutMs = 15000);

Q_SIGNALS:
    // The answer for the current filter is shown.
    void loaded();
    // A click on a square holding orders: the filter shown, the square's
    // bounds (WGS-84) and its count — for a drill-down.
    void cellClicked(const OpsDesk::OrderFilter &filter, const OpsDesk::GeoRect &bounds,
                     int orders);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        int generation = 0;
        QString error;
        qint64 matching = 0;
        std::vector<GeoPoint> points;
        GeoRect bounds;
        QList<QPair<QString, QString>> serviceItems; // (id, name), when asked for
    };
    static Answer read(const QString &cachePath, const OrderFilter &filter, int generation,
                       bool withItems);
    void schedule();
    void start();
    void onAnswer();
    void fillServiceItems(const QList<QPair<QString, QString>> &items);
    void applyPreset(int index);
    // Shows a period in the pickers (a preset, or Custom with its dates) and reads.
    void showPeriod(int preset, QDate from, QDate to);
    void updateCountLine();
    void retranslate();

    MapView *m_map = nullptr;
    HeatLegend *m_legend = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<Answer> m_watcher;

    QString m_cachePath;
    QString m_city;
    QString m_district;
    QString m_customerType;
    QString m_serviceItemId;
    QDate m_fromDate;
    QDate m_toDate;
    bool m_itemsLoaded = false;
    bool m_updatingPickers = false;
    int m_generation = 0;      // of the filter now chosen
    int m_shownGeneration = 0; // of the answer on screen
    bool m_rerun = false;      // the filter changed while a read was running
    QString m_error;
    qint64 m_shown = 0;
    qint64 m_matching = 0;
    QString m_fittedPlace; // city/district the map was last fitted to
};

} // namespace OpsDesk
