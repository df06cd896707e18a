#include "models/dispatch/CandidateRanking.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace OpsDesk {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 ChinaOffset = 8 * 3600;

// The translation context of the sentences below.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::CandidateRanking)
};

qint64 localDay(qint64 utc)
{
    const qint64 local = utc + ChinaOffset;
    return local >= 0 ? local / Day : (local - Day + 1) / Day;
}

int localMinutes(qint64 utc)
{
    return int((utc + ChinaOffset - localDay(utc) * Day) / 60);
}

int isoWeekday(qint64 day)
{
    // 1970-01-01 was a Thursday (4).
    const qint64 r = (day + 3) % 7;
    return int(r < 0 ? r + 7 : r) + 1;
}

bool withinWorkingHours(const OrderNeed &order, const TechnicianProfile &tech)
{
    if (order.appointmentEnd <= order.appointmentStart)
        return true; // no window to check
    const qint64 day = localDay(order.appointmentStart);
    if (localDay(order.appointmentEnd - 1) != day)
        return false; // across midnight
    if (!tech.workDays.contains(isoWeekday(day)))
        return false;
    const int start = localMinutes(order.appointmentStart);
    const int end = localMinutes(order.appointmentEnd - 1) + 1;
    return start >= tech.workStartMinutes && end <= tech.workEndMinutes;
}

} // namespace

RankingWeights RankingWeights::distanceFirst()
{
    return {Mode::DistanceFirst, 0.55, 0.15, 0.10, 0.20};
}

RankingWeights RankingWeights::ratingFirst()
{
    return {Mode::RatingFirst, 0.20, 0.45, 0.20, 0.15};
}

namespace CandidateRanking {

int travelMinutes(double straightKm)
{
    return 10 + int(std::lround(straightKm * 1.35 / 22.0 * 60.0));
}

int travelMinutesBetween(const GeoPoint &from, const GeoPoint &to)
{
    return travelMinutes(haversineMeters(from, to) / 1000.0);
}

double distanceScore(double km)
{
    return 100.0 / (1.0 + std::max(0.0, km) / 4.0);
}

CandidateScore score(const OrderNeed &order, const TechnicianProfile &tech, int techIndex,
                     const RankingWeights &weights, bool stopAtFirstBlocker)
{
    CandidateScore s;
    s.technician = techIndex;
    if (!tech.active)
        s.blockers |= unsigned(Blocker::Suspended);
    if (!order.city.isEmpty() && tech.city != order.city)
        s.blockers |= unsigned(Blocker::OtherCity);
    if (!order.serviceItemId.isEmpty() && !tech.skills.contains(order.serviceItemId))
        s.blockers |= unsigned(Blocker::NoSkill);
    if (!order.district.isEmpty() && !tech.districts.isEmpty() &&
        !tech.districts.contains(order.district))
        s.blockers |= unsigned(Blocker::OutsideServiceArea);
    if (!withinWorkingHours(order, tech))
        s.blockers |= unsigned(Blocker::OutsideWorkingHours);
    if (stopAtFirstBlocker && s.blockers != 0)
        return s;

    s.distanceKm = haversineMeters(order.place, tech.position) / 1000.0;
    s.travelMinutes = travelMinutes(s.distanceKm);
    const qint64 day = localDay(order.appointmentStart);
    int jobsThatDay = 0;
    for (const BookedJob &job : tech.jobs) {
        if (job.orderId == order.id)
            continue; // the order itself (reassigning)
        if (localDay(job.start) == day)
            ++jobsThatDay;
        // Jobs far apart in time need no travel estimate (most of them).
        constexpr qint64 MaxGap = 4 * 3600;
        if (order.appointmentEnd > order.appointmentStart &&
            order.appointmentStart < job.end + MaxGap &&
            job.start < order.appointmentEnd + MaxGap) {
            const qint64 gap =
                std::min(MaxGap, qint64(travelMinutesBetween(job.place, order.place)) * 60);
            if (order.appointmentStart < job.end + gap && job.start < order.appointmentEnd + gap)
                s.blockers |= unsigned(Blocker::Booked);
        }
    }
    if (order.appointmentEnd > order.appointmentStart)
        for (const Absence &absence : tech.absences)
            if (order.appointmentStart < absence.end && absence.start < order.appointmentEnd)
                s.blockers |= unsigned(Blocker::Absent);
    s.distanceScore = distanceScore(s.distanceKm);
    s.ratingScore = std::clamp(tech.rating / 5.0, 0.0, 1.0) * 100.0;
    s.starScore = std::clamp((tech.starLevel - 1) / 4.0, 0.0, 1.0) * 100.0;
    s.workloadScore = std::max(0.0, 100.0 - 25.0 * jobsThatDay);
    const double sum = weights.distance + weights.rating + weights.star + weights.workload;
    if (s.blockers == 0 && sum > 0)
        s.total = (weights.distance * s.distanceScore + weights.rating * s.ratingScore +
                   weights.star * s.starScore + weights.workload * s.workloadScore) /
                  sum;
    return s;
}

std::vector<CandidateScore> rank(const OrderNeed &order,
                                 const std::vector<TechnicianProfile> &technicians,
                                 const RankingWeights &weights, int limit)
{
    std::vector<CandidateScore> scores;
    scores.reserve(technicians.size() / 4);
    for (int i = 0; i < int(technicians.size()); ++i) {
        const TechnicianProfile &tech = technicians[size_t(i)];
        if (!order.city.isEmpty() && tech.city != order.city)
            continue;
        scores.push_back(score(order, tech, i, weights));
    }
    const auto better = [&technicians](const CandidateScore &a, const CandidateScore &b) {
        if (a.eligible() != b.eligible())
            return a.eligible();
        if (a.eligible() && a.total != b.total)
            return a.total > b.total;
        if (a.distanceKm != b.distanceKm)
            return a.distanceKm < b.distanceKm;
        return technicians[size_t(a.technician)].id < technicians[size_t(b.technician)].id;
    };
    if (limit > 0 && size_t(limit) < scores.size()) {
        std::partial_sort(scores.begin(), scores.begin() + limit, scores.end(), better);
        scores.resize(size_t(limit));
    } else {
        std::sort(scores.begin(), scores.end(), better);
    }
    return scores;
}

QString blockerText(Blocker blocker)
{
    switch (blocker) {
    case Blocker::None:
        return {};
    case Blocker::Suspended:
        return Text::tr("suspended");
    case Blocker::OtherCity:
        return Text::tr("works in another city");
    case Blocker::NoSkill:
        return Text::tr("not qualified for this service");
    case Blocker::OutsideServiceArea:
        return Text::tr("the district is outside their service area");
    case Blocker::OutsideWorkingHours:
        return Text::tr("the appointment is outside their working hours");
    case Blocker::Booked:
        return Text::tr("booked for another job at that time");
    case Blocker::Absent:
        return Text::tr("on leave at that time");
    }
    return {};
}

QString explain(const CandidateScore &score, const TechnicianProfile &tech)
{
    const QLocale locale;
    if (!score.eligible()) {
        QStringList reasons;
        for (const Blocker b :
             {Blocker::Suspended, Blocker::OtherCity, Blocker::NoSkill, Blocker::OutsideServiceArea,
              Blocker::OutsideWorkingHours, Blocker::Booked, Blocker::Absent})
            if (score.has(b))
                reasons.append(blockerText(b));
        return reasons.join(QStringLiteral("; "));
    }
    const int jobs = int(std::lround((100.0 - score.workloadScore) / 25.0));
    return Text::tr("%1 km, about %2 min away; rating %3, star level %4; %n job(s) that day",
                    nullptr, jobs)
        .arg(locale.toString(score.distanceKm, 'f', 1))
        .arg(score.travelMinutes)
        .arg(locale.toString(tech.rating, 'f', 1))
        .arg(tech.starLevel);
}

std::vector<Suggestion> suggestAll(std::vector<OrderNeed> orders,
                                   std::vector<TechnicianProfile> technicians,
                                   const RankingWeights &weights)
{
    std::stable_sort(orders.begin(), orders.end(), [](const OrderNeed &a, const OrderNeed &b) {
        if (a.appointmentStart != b.appointmentStart)
            return a.appointmentStart < b.appointmentStart;
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });
    // The technicians of each city, so an order looks only at its own.
    QHash<QString, std::vector<int>> byCity;
    for (int i = 0; i < int(technicians.size()); ++i)
        byCity[technicians[size_t(i)].city].push_back(i);

    std::vector<Suggestion> result;
    result.reserve(orders.size());
    for (const OrderNeed &order : orders) {
        Suggestion suggestion;
        suggestion.orderId = order.id;
        const std::vector<int> &local = byCity[order.city];
        int counts[BlockerCount] = {};
        for (const int i : local) {
            const CandidateScore s = score(order, technicians[size_t(i)], i, weights, true);
            if (!s.eligible()) {
                for (int bit = 0; bit < BlockerCount; ++bit)
                    if (s.blockers & (1u << bit))
                        ++counts[bit];
                continue;
            }
            const bool better =
                suggestion.technician < 0 || s.total > suggestion.score.total ||
                (s.total == suggestion.score.total && s.distanceKm < suggestion.score.distanceKm);
            if (better) {
                suggestion.technician = i;
                suggestion.score = s;
            }
        }
        if (suggestion.technician >= 0) {
            TechnicianProfile &chosen = technicians[size_t(suggestion.technician)];
            suggestion.reason = explain(suggestion.score, chosen);
            chosen.jobs.push_back(
                {order.id, order.appointmentStart, order.appointmentEnd, order.place});
        } else if (local.empty()) {
            suggestion.reason = Text::tr("No technician works in this city.");
        } else {
            // The blocker that stopped the most technicians, after the ones
            // that are about who they are (skill first).
            int best = -1;
            for (int bit = 0; bit < BlockerCount; ++bit)
                if (counts[bit] > 0 && (best < 0 || counts[bit] >= counts[best]))
                    best = bit;
            suggestion.reason =
                Text::tr("Nobody can take it: %n technician(s) %1.", nullptr, counts[best])
                    .arg(blockerText(Blocker(1u << best)));
        }
        result.push_back(suggestion);
    }
    return result;
}

} // namespace CandidateRanking
} // namespace OpsDesk
