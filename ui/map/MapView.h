#pragma once

#include "models/geo/GeoTypes.h"
#include "models/geo/HeatGrid.h"
#include "models/geo/PointClusters.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QMimeData;

namespace OpsDesk {

class TileSource;
struct TileId;

// One order on the map.
struct MapOrder
{
    QString id;
    GeoPoint position;
    QString status;    // order status id
    bool late = false; // a timeout rule fired: drawn red
    QString label;     // hover text (id, service, time); the id when empty
};

// One technician on the map.
struct MapTechnician
{
    QString id;
    QString name;
    GeoPoint position;
    QString workStatus; // "online", "busy", "offline"
    int starLevel = 1;
    QString label;        // hover text; name and status when empty
    bool anomaly = false; // reporting from outside the service area: warning ring
    bool heading = false; // on the way to a job: a line to it
    GeoPoint headingTo;
};

// How the hot-area heat layer is drawn.
struct HeatMapStyle
{
    double cellPixels = 6; // the side of a cell in screen pixels
    int radiusCells = 4;   // smoothing radius in cells; 0: plain counts per cell
    // 0: a smooth ramp (the dispatch map). n > 0: at most n colour steps
    // (HeatGrid::stepThresholds), each cell a square in its step's colour,
    // so a legend can say how many orders a colour stands for (use with
    // radiusCells 0).
    int steps = 0;

    bool operator==(const HeatMapStyle &) const = default;
};

// The dispatcher's map, a native widget: 256-pixel raster tiles from a
// TileSource (the built-in district basemap by default, rendered a few tiles
// per frame; online or MBTiles sources load asynchronously, centre first)
// kept in one memory cache shared by every map and keyed per source; a tile
// not there yet shows its parent scaled up, else the district basemap, never
// a blank map. Orders clustered per zoom (PointClusters), technicians
// coloured by work status, a scale bar and the source's attribution.
//
// Mouse: drag to pan, wheel to zoom about the pointer, click an order or a
// technician to select it, click a cluster to zoom to where it falls apart.
// Keyboard: arrows pan, +/- zoom. Coordinates are WGS-84 throughout.
//
// Layers over the basemap (MapViewLayers.cpp): the selected technician's
// service area, the hot-area heat map (computed on a worker thread), lines
// from the selected order to its candidates, a warning ring on technicians
// reporting from outside their area, lines from technicians on the way to
// their job, star levels from street zoom on. Shift+drag draws a lasso that selects
// the orders inside it; orders can be dragged off the map and order ids
// dropped on a technician (ordersDropped) — the dispatcher's drag-and-drop
// assignment. Hovering shows what is under the pointer. Clustering of
// large order sets runs on a worker thread; the previous markers stay
// until it is done.
// Keyboard: arrows pan, +/- zoom. The API is WGS-84 throughout: when the
// tile source draws in GCJ-02 (AMap), markers are converted once when they
// are set, and toWidget()/toGeo() convert, so clicks still give WGS-84.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // The tiles of this map only; null follows the process-wide default.
    void setTileSource(std::shared_ptr<TileSource> source);
    TileSource *tileSource() const { return m_source.get(); }
    // The source of every map without one of its own; setting it switches
    // all of them at once. Null: the built-in district basemap.
    static void setDefaultTileSource(std::shared_ptr<TileSource> source);
    static std::shared_ptr<TileSource> defaultTileSource();
    // WGS-84 → the datum the tiles are drawn in (GCJ-02 for AMap) and back.
    // Layers that draw many points convert them once with toDisplay() and
    // again on tileSourceChanged().
    GeoPoint toDisplay(GeoPoint wgs84) const;
    GeoPoint fromDisplay(GeoPoint display) const;
    // Why the source could not give the last tile it failed (empty when
    // none failed or a tile has come since); the corner says so.
    QString lastTileError() const { return m_lastTileError; }

    void setOrders(std::vector<MapOrder> orders);
    void setTechnicians(std::vector<MapTechnician> technicians);
    const std::vector<MapOrder> &orders() const { return m_orders; }
    const std::vector<MapTechnician> &technicians() const { return m_technicians; }

    void setCenter(GeoPoint center);
    GeoPoint center() const;
    void setZoom(int zoom);
    int zoom() const { return m_zoom; }
    // Centres and zooms so that the rectangle is in view.
    void fitBounds(const GeoRect &bounds);

    QString selectedOrder() const { return m_selectedOrder; }
    QString selectedTechnician() const { return m_selectedTechnician; }
    // Selects (and keeps in view) an order; empty clears.
    void selectOrder(const QString &orderId);

    // Where a point is drawn, in widget pixels.
    QPointF toWidget(GeoPoint point) const;
    GeoPoint toGeo(QPointF widgetPixel) const;
    // Markers drawn in the last frame (clusters count once).
    int drawnOrderMarkers() const { return m_drawnOrderMarkers; }
    int drawnTechnicians() const { return m_drawnTechnicians; }
    // Basemap tiles rendered so far and kept in memory (one cache shared by
    // every map of the process: the dispatch map and the orders' small maps
    // draw the same tiles once).
    static int cachedTiles();
    // A map that only shows: mouse, wheel and keys pass to the widgets
    // around it (a small map inside a scrolling panel).
    void setInteractive(bool interactive);

    // Layers.
    void setServiceArea(QList<GeoPolygon> polygons);
    // Lines from the selected order to these technicians, numbered 1, 2, …
    void setCandidateLines(const QStringList &technicianIds);
    void setHeatMapVisible(bool visible);
    bool heatMapVisible() const { return m_heatVisible; }
    const HeatGrid &heatGrid() const { return m_heat; }
    // The heat layer's own points (WGS-84) instead of the orders' positions:
    // a heat map of many orders without their markers.
    void setHeatPoints(std::vector<GeoPoint> points);
    void setHeatMapStyle(const HeatMapStyle &style);
    const HeatMapStyle &heatMapStyle() const { return m_heatStyle; }
    // With colour steps: the lowest count of each step for the grid shown
    // (HeatGrid::stepThresholds); colours: Theme::heatStepColour.
    const std::vector<int> &heatStepThresholds() const { return m_heatThresholds; }
    // The colour a square of step `step` of `steps` is drawn in (a legend's
    // swatch, over white).
    static QColor heatStepColour(int step, int steps);
    // The heat cell under a widget pixel: its bounds (WGS-84) and its count
    // (the smoothed density when the layer smooths); false outside the grid.
    bool heatCellAt(QPointF widgetPixel, GeoRect *bounds, float *count) const;
    // Blocks until background clustering and the heat map are done (tests,
    // benchmarks, screenshots).
    void waitForLayers();
    // What is under a widget pixel: a technician's id, a single order's id
    // (clusters answer empty).
    QString technicianAt(QPointF widgetPixel, double tolerance = 6) const;
    QString orderAt(QPointF widgetPixel) const;
    // Orders can be dragged off the map (as ordersMimeData).
    void setOrdersDraggable(bool draggable) { m_ordersDraggable = draggable; }

    // The drag-and-drop payload for order ids.
    static QString ordersMimeType();
    static QMimeData *ordersMimeData(const QStringList &orderIds);
    static QStringList ordersFromMimeData(const QMimeData *data);

    static constexpr int MinZoom = PointClusters::MinZoom;
    static constexpr int MaxZoom = PointClusters::MaxZoom;

Q_SIGNALS:
    void orderClicked(const QString &orderId);
    void technicianClicked(const QString &technicianId);
    void viewChanged();
    // Order ids dropped on a technician.
    void ordersDropped(const QStringList &orderIds, const QString &technicianId);
    // The orders inside a lasso (Shift+drag), in no particular order.
    void ordersLassoed(const QStringList &orderIds);
    // Another tile source (maybe another datum) is in use.
    void tileSourceChanged();
    // A new heat grid is shown (after a zoom, new points or a new style).
    void heatMapChanged();
    // A click on a heat cell holding orders (colour steps only): its bounds
    // (WGS-84) and how many orders it holds.
    void heatCellClicked(const OpsDesk::GeoRect &bounds, int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QPointF topLeftWorld() const;
    void zoomAbout(int zoom, QPointF widgetPixel);
    void drawTiles(QPainter &painter);
    void drawOrders(QPainter &painter);
    void drawTechnicians(QPainter &painter);
    void drawScaleAndAttribution(QPainter &painter);
    const QImage *tile(int slot, TileSource *source, const TileId &tile, bool mayRender);
    const QImage *ancestor(int slot, int x, int y, int minDz, int maxDz, int *dz) const;
    void applyTileSource();
    void onTileReady(const TileId &tile, const QImage &image);
    void onTileFailed(const TileId &tile, const QString &error);
    // A marker drawn once and then blitted: a disc or a square of a colour.
    const QImage &sprite(QColor color, int shape, int size);
    const QImage &clusterBadge(int count);
    static double clusterRadius(int count);
    void clickAt(QPointF widgetPixel);
    void applyOrders(std::vector<MapOrder> orders, PointClusters clusters);
    void drawServiceArea(QPainter &painter);
    void drawHeatMap(QPainter &painter);
    void drawCandidateLines(QPainter &painter);
    void drawHeadings(QPainter &painter); // technicians on the way: a line to the job
    void drawOverlays(QPainter &painter); // lasso, drop target, anomaly rings
    void refreshHeatMap();
    void applyHeat(HeatGrid grid, int zoom);
    void drawHeatCells(QPainter &painter);
    void finishLasso();
    QString tooltipAt(QPointF widgetPixel) const;
    int clusterAt(QPointF widgetPixel) const;
    const MapTechnician *findTechnician(const QString &id) const;

    std::vector<MapOrder> m_orders;
    std::vector<MapTechnician> m_technicians;
    std::vector<QPointF> m_technicianWorld; // zoom-0 world pixels in the tiles' datum
    std::shared_ptr<TileSource> m_ownSource;
    std::shared_ptr<TileSource> m_source; // in use
    int m_sourceSlot = 0;
    bool m_gcj02 = false;
    int m_requestedZoom = -1;
    QString m_lastTileError;
    PointClusters m_clusters;
    QPointF m_centerWorld; // world pixels at m_zoom
    int m_zoom = 11;
    QString m_selectedOrder;
    QString m_selectedTechnician;
    QHash<quint64, QImage> m_sprites;
    bool m_interactive = true;
    int m_renderBudget = 0;
    bool m_moreTilesPending = false;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    int m_drawnOrderMarkers = 0;
    int m_drawnTechnicians = 0;

    // Layers (MapViewLayers.cpp).
    QList<GeoPolygon> m_serviceArea;
    QStringList m_candidateLines;
    bool m_heatVisible = false;
    HeatGrid m_heat;
    int m_heatZoom = -1;          // the zoom m_heat was computed at
    int m_heatComputingZoom = -1; // the zoom of the one on the worker
    QImage m_heatImage;
    bool m_heatStale = true;
    QFutureWatcher<HeatGrid> m_heatWatcher;
    HeatMapStyle m_heatStyle;
    std::shared_ptr<const std::vector<GeoPoint>> m_heatPoints; // null: the orders
    std::vector<int> m_heatThresholds;
    QFutureWatcher<PointClusters> m_clusterWatcher;
    std::vector<MapOrder> m_pendingOrders;
    bool m_ordersDraggable = false;
    QString m_pressOrder;
    bool m_lassoing = false;
    QPolygonF m_lasso;
    QString m_dropTechnician;
    int m_wheelAccumulator = 0;
    GeoRect m_pendingFit; // fitBounds before the map had its size
    double m_pinchAccumulator = 0;
};

} // namespace OpsDesk
