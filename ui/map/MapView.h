#pragma once

#include "models/geo/GeoTypes.h"
#include "models/geo/PointClusters.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

namespace OpsDesk {

// One order on the map.
struct MapOrder
{
    QString id;
    GeoPoint position;
    QString status;    // order status id
    bool late = false; // a timeout rule fired: drawn red
};

// One technician on the map.
struct MapTechnician
{
    QString id;
    QString name;
    GeoPoint position;
    QString workStatus; // "online", "busy", "offline"
    int starLevel = 1;
};

// The dispatcher's map, a native widget: the district basemap drawn as
// 256-pixel tiles (rendered here from the shipped basemaps and kept in a
// memory cache; a tile not rendered yet shows its parent scaled up, and a
// frame renders at most a few new tiles so panning stays smooth), orders
// clustered per zoom (PointClusters), technicians coloured by work status,
// a scale bar and the attribution.
//
// Mouse: drag to pan, wheel to zoom about the pointer, click an order or a
// technician to select it, click a cluster to zoom to where it falls apart.
// Keyboard: arrows pan, +/- zoom. Coordinates are WGS-84 throughout.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    void setOrders(std::vector<MapOrder> orders);
    void setTechnicians(std::vector<MapTechnician> technicians);
    const std::vector<MapOrder> &orders() const { return m_orders; }

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

    static constexpr int MinZoom = PointClusters::MinZoom;
    static constexpr int MaxZoom = PointClusters::MaxZoom;

Q_SIGNALS:
    void orderClicked(const QString &orderId);
    void technicianClicked(const QString &technicianId);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QPointF topLeftWorld() const;
    void zoomAbout(int zoom, QPointF widgetPixel);
    void drawTiles(QPainter &painter);
    void drawOrders(QPainter &painter);
    void drawTechnicians(QPainter &painter);
    void drawScaleAndAttribution(QPainter &painter);
    const QImage *tile(int z, int x, int y, bool mayRender);
    // A marker drawn once and then blitted: a disc or a square of a colour.
    const QImage &sprite(QColor color, int shape, int size);
    const QImage &clusterBadge(int count);
    static double clusterRadius(int count);
    void clickAt(QPointF widgetPixel);

    std::vector<MapOrder> m_orders;
    std::vector<MapTechnician> m_technicians;
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
};

} // namespace OpsDesk
