#pragma once

#include "models/geo/GeoTypes.h"

#include <QString>
#include <QWidget>

namespace OpsDesk {

class Basemap;

// A small map of where an order is: the districts of its city drawn from the
// shipped basemap (offline, no tiles), the order's district highlighted, a
// pin at the address, north up, about 6 km across. Shows "no position" when
// the order has none or it is outside the city's basemap.
class OrderMiniMap : public QWidget
{
    Q_OBJECT
public:
    explicit OrderMiniMap(QWidget *parent = nullptr);

    // An invalid point (lat and lng both 0) shows the city without a pin.
    void setLocation(const QString &cityId, GeoPoint point, bool hasPoint);
    bool hasPin() const { return m_hasPoint && m_district >= 0; }
    // The name of the district the pin is in, empty when none.
    QString districtName() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Basemap *m_basemap = nullptr;
    QString m_city;
    GeoPoint m_point;
    bool m_hasPoint = false;
    int m_district = -1;
};

} // namespace OpsDesk
