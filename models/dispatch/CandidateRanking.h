#pragma once

#include "models/geo/GeoTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace OpsDesk {

// Who should take an order: the dispatcher's ranking of technicians and the
// "suggest all" proposal. Pure rules on plain values (no I/O); the dispatch
// workspace fills them from the cache.
//
// Times are UTC seconds since the epoch; working hours are local minutes of
// the day in China (UTC+8, no daylight saving), days ISO weekdays 1–7.

// A booked stretch of a technician's day: a job's appointment window.
struct BookedJob
{
    QString orderId;
    qint64 start = 0;
    qint64 end = 0;
    GeoPoint place;
    // For the day schedule (the ranking needs none of them).
    QString status;          // the order's status id ("assigned", …)
    QString serviceItem;     // the service item's name, else its id
    int serviceMinutes = 0;  // the service item's planned duration; 0: unknown
    qint64 plannedStart = 0; // the planned arrival set on the day schedule; 0: none
};

// Time off (leave, training, sick): the technician takes no job then.
struct Absence
{
    qint64 start = 0;
    qint64 end = 0;
    QString reason;
};

struct TechnicianProfile
{
    QString id;
    QString name;
    QString city;
    bool active = true;            // false: suspended
    QString workStatus;            // "online", "busy" or "offline"
    GeoPoint position;             // the last reported, else home
    bool positionReported = false; // position is a reported one, not home
    int starLevel = 1;             // 1–5
    double rating = 0;             // 0–5, customers' average
    QStringList skills;            // service item ids
    QStringList districts;         // service area
    int workStartMinutes = 8 * 60;
    int workEndMinutes = 20 * 60;
    QList<int> workDays{1, 2, 3, 4, 5, 6, 7};
    std::vector<BookedJob> jobs; // open jobs (assigned … in service)
    std::vector<Absence> absences;
};

struct OrderNeed
{
    QString id;
    QString city;
    QString district;
    QString serviceItemId;
    GeoPoint place;
    qint64 appointmentStart = 0;
    qint64 appointmentEnd = 0;
    qint64 createdAt = 0;
};

// What keeps a technician from an order; any one excludes them.
enum class Blocker : unsigned
{
    None = 0,
    Suspended = 1u << 0,
    OtherCity = 1u << 1,
    NoSkill = 1u << 2,
    OutsideServiceArea = 1u << 3,
    OutsideWorkingHours = 1u << 4, // the window is not within a working day's hours
    Booked = 1u << 5,              // another job (with travel between) overlaps
    Absent = 1u << 6,              // time off overlaps the appointment window
};
constexpr int BlockerCount = 7;

// The two modes the platform names: distance first (距离优先) and rating
// first (评分优先). Weights are relative; they need not add up to 1.
struct RankingWeights
{
    enum class Mode
    {
        DistanceFirst,
        RatingFirst,
        Custom
    };
    Mode mode = Mode::DistanceFirst;
    double distance = 0.55;
    double rating = 0.15;
    double star = 0.10;
    double workload = 0.20;

    static RankingWeights distanceFirst();
    static RankingWeights ratingFirst();
};

// One technician's score for one order, in its parts (each 0–100).
struct CandidateScore
{
    int technician = -1; // index into the technicians given
    unsigned blockers = 0;
    double distanceKm = 0;
    int travelMinutes = 0;
    double distanceScore = 0;
    double ratingScore = 0;
    double starScore = 0;
    double workloadScore = 0;
    double total = 0; // weighted mean of the parts; 0 when blocked

    bool eligible() const { return blockers == 0; }
    bool has(Blocker blocker) const { return blockers & unsigned(blocker); }
};

namespace CandidateRanking {

// Minutes between jobs are estimated from the straight-line distance: roads
// are ~1.35 times longer, city traffic ~22 km/h, plus 10 minutes to park
// and get to the door.
int travelMinutes(double straightKm);
int travelMinutesBetween(const GeoPoint &from, const GeoPoint &to);
double distanceScore(double km); // 100 at the door, 50 at 4 km, 20 at 16 km

// The score of one technician (never allocates). With `stopAtFirstBlocker`
// a technician excluded by who they are (suspended, city, skill, area,
// hours) is returned at once, without distance or bookings (suggest all).
CandidateScore score(const OrderNeed &order, const TechnicianProfile &tech, int techIndex,
                     const RankingWeights &weights, bool stopAtFirstBlocker = false);

// Every technician of the order's city, the eligible ones first by total
// (highest first; ties by distance, then id), then the excluded ones by
// distance. `limit` > 0 keeps only that many.
std::vector<CandidateScore> rank(const OrderNeed &order,
                                 const std::vector<TechnicianProfile> &technicians,
                                 const RankingWeights &weights, int limit = 0);

// The translated sentence for a score: "2.4 km, about 21 min; rating 4.8,
// ★4; 1 job today" or why the technician is excluded.
QString explain(const CandidateScore &score, const TechnicianProfile &tech);
QString blockerText(Blocker blocker);

struct Suggestion
{
    QString orderId;
    int technician = -1; // -1: could not be placed
    CandidateScore score;
    QString reason; // why this technician, or why nobody
};

// "Suggest all": orders in order of urgency (earliest appointment, then
// oldest), each given the best eligible technician while counting the jobs
// already suggested (no double booking, workload grows). Orders nobody can
// take say why (the most common blocker among the city's technicians).
std::vector<Suggestion> suggestAll(std::vector<OrderNeed> orders,
                                   std::vector<TechnicianProfile> technicians,
                                   const RankingWeights &weights);

} // namespace CandidateRanking
} // namespace OpsDesk
