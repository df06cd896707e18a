#pragma once

#include "ui/map/MapView.h"

#include <QString>

namespace OpsDesk {

// A small map of where an order is: the shared map (offline basemap tiles,
// the order's marker selected) centred on the address, the district named in
// the corner. It only shows: the panel around it keeps the mouse and wheel.
// Says so when the order has no position or its city has no basemap.
class OrderMiniMap : public MapView
{
    Q_OBJECT
public:
    explicit OrderMiniMap(QWidget *parent = nullptr);

    void setLocation(const QString &cityId, GeoPoint point, bool hasPoint,
                     const QString &status = {});
    bool hasPin() const { return m_hasPoint && !m_district.isEmpty(); }
    // The name of the basemap district the address is in, empty when none.
    QString districtName() const { return m_district; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_hasBasemap = false;
    bool m_hasPoint = false;
    QString m_district;
};

} // namespace OpsDesk
