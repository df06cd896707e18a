#pragma once

#include "models/dispatch/CandidateRanking.h"
#include "models/geo/Basemap.h"

namespace OpsDesk {

// Location anomaly: a technician reporting positions outside their service
// area. A technician on the way to, or at, one of their own jobs is not an
// anomaly even outside their districts (jobs are taken where the customer
// is); neither is one whose position is only their home address (nothing
// reported yet), nor one offline (the position is their last job's).
namespace LocationCheck {

struct Result
{
    bool anomaly = false;
    QString district;         // where the position falls ("" outside every district)
    double nearestJobKm = -1; // distance to the nearest own job, -1 without jobs
};

// `jobToleranceKm`: how close to one of their jobs still counts as working.
Result check(const TechnicianProfile &tech, const Basemap &cityMap, double jobToleranceKm = 1.5);

// The translated warning: "Reported from 浦东新区, outside the service area
// (黄浦区, 静安区)".
QString text(const Result &result, const TechnicianProfile &tech);

} // namespace LocationCheck
} // namespace OpsDesk
