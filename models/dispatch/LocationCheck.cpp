#include "models/dispatch/LocationCheck.h"

#include <QCoreApplication>

#include <limits>

namespace OpsDesk {

namespace {

class LocationCheckText
{
    Q_DECLARE_TR_FUNCTIONS(LocationCheck)
};

} // namespace

namespace LocationCheck {

Result check(const TechnicianProfile &tech, const Basemap &cityMap, double jobToleranceKm)
{
    Result result;
    // Offline, the last position is yesterday's last job: only those at
    // work now are checked.
    const bool working =
        tech.workStatus == QLatin1String("online") || tech.workStatus == QLatin1String("busy");
    if (!working || !tech.positionReported || cityMap.isEmpty() || tech.districts.isEmpty())
        return result;
    const int index = cityMap.districtAt(tech.position);
    if (index >= 0)
        result.district = cityMap.districts().at(index).name;
    if (index >= 0 && tech.districts.contains(result.district))
        return result;
    double nearest = std::numeric_limits<double>::infinity();
    for (const BookedJob &job : tech.jobs)
        nearest = std::min(nearest, haversineMeters(tech.position, job.place) / 1000.0);
    if (!tech.jobs.empty())
        result.nearestJobKm = nearest;
    result.anomaly = tech.jobs.empty() || nearest > jobToleranceKm;
    return result;
}

QString text(const Result &result, const TechnicianProfile &tech)
{
    if (!result.anomaly)
        return {};
    const QString area = tech.districts.join(LocationCheckText::tr(", "));
    if (result.district.isEmpty())
        return LocationCheckText::tr("Reported from outside every district of the city, "
                                     "outside the service area (%1)")
            .arg(area);
    return LocationCheckText::tr("Reported from %1, outside the service area (%2)")
        .arg(result.district, area);
}

} // namespace LocationCheck
} // namespace OpsDesk
