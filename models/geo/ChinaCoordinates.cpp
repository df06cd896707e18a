#include "models/geo/ChinaCoordinates.h"

#include <cmath>
#include <numbers>

namespace OpsDesk::ChinaCoordinates {

namespace {

constexpr double Pi = std::numbers::pi;
constexpr double KrasovskyA = 6378245.0;
constexpr double KrasovskyEe = 0.00669342162296594323;

double offsetLat(double x, double y)
{
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * Pi) + 40.0 * std::sin(y / 3.0 * Pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * Pi) + 320.0 * std::sin(y * Pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLng(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * Pi) + 40.0 * std::sin(x / 3.0 * Pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * Pi) + 300.0 * std::sin(x / 30.0 * Pi)) * 2.0 / 3.0;
    return r;
}

} // namespace

bool isOutsideChina(GeoPoint p)
{
    return p.lng < 72.004 || p.lng > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

GeoPoint wgs84ToGcj02(GeoPoint wgs84)
{
    if (isOutsideChina(wgs84))
        return wgs84;
    const double x = wgs84.lng - 105.0;
    const double y = wgs84.lat - 35.0;
    double dLat = offsetLat(x, y);
    double dLng = offsetLng(x, y);
    const double radLat = wgs84.lat / 180.0 * Pi;
    double magic = std::sin(radLat);
    magic = 1.0 - KrasovskyEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((KrasovskyA * (1.0 - KrasovskyEe)) / (magic * sqrtMagic) * Pi);
    dLng = (dLng * 180.0) / (KrasovskyA / sqrtMagic * std::cos(radLat) * Pi);
    return {wgs84.lat + dLat, wgs84.lng + dLng};
}

GeoPoint gcj02ToWgs84(GeoPoint gcj02)
{
    if (isOutsideChina(gcj02))
        return gcj02;
    // Fixed-point iteration: the offset changes slowly with position, so each
    // step shrinks the error by a factor of about a thousand.
    GeoPoint wgs = gcj02;
    for (int i = 0; i < 20; ++i) {
        const GeoPoint forward = wgs84ToGcj02(wgs);
        const double errLat = gcj02.lat - forward.lat;
        const double errLng = gcj02.lng - forward.lng;
        wgs.lat += errLat;
        wgs.lng += errLng;
        if (std::abs(errLat) < 1e-11 && std::abs(errLng) < 1e-11)
            break;
    }
    return wgs;
}

} // namespace OpsDesk::ChinaCoordinates
