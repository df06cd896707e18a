// Candidate ranking and "suggest all" on a small fixture: who is excluded and
// why, distance first versus rating first, and no double booking.
#include "models/dispatch/CandidateRanking.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

#include <gtest/gtest.h>

using namespace OpsDesk;

namespace {

// Tuesday 2026-07-14, local (UTC+8) hour h.
qint64 at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 7, 14), QTime(hour, minute), QTimeZone(8 * 3600))
        .toSecsSinceEpoch();
}

const GeoPoint Order{31.2304, 121.4737}; // People's Square, Shanghai

GeoPoint north(double km)
{
    return {Order.lat + km / 111.2, Order.lng};
}

TechnicianProfile tech(const QString &id, double km, double rating, int star)
{
    TechnicianProfile t;
    t.id = id;
    t.name = id;
    t.city = QStringLiteral("shanghai");
    t.position = north(km);
    t.rating = rating;
    t.starLevel = star;
    t.skills = {QStringLiteral("S0001")};
    t.districts = {QStringLiteral("黄浦区")};
    return t;
}

OrderNeed order(const QString &id = QStringLiteral("O1"), int hour = 10)
{
    OrderNeed o;
    o.id = id;
    o.city = QStringLiteral("shanghai");
    o.district = QStringLiteral("黄浦区");
    o.serviceItemId = QStringLiteral("S0001");
    o.place = Order;
    o.appointmentStart = at(hour);
    o.appointmentEnd = at(hour + 2);
    return o;
}

QStringList ids(const std::vector<CandidateScore> &scores,
                const std::vector<TechnicianProfile> &techs)
{
    QStringList out;
    for (const CandidateScore &s : scores)
        out.append(techs[size_t(s.technician)].id);
    return out;
}

} // namespace

TEST(CandidateRanking, DistanceFirstAndRatingFirstOrderTheFixtureDifferently)
{
    // Near but middling, mid-way and good, far and excellent.
    const std::vector<TechnicianProfile> techs{tech(QStringLiteral("near"), 0.5, 4.2, 2),
                                               tech(QStringLiteral("mid"), 4.0, 4.6, 3),
                                               tech(QStringLiteral("far"), 12.0, 5.0, 5)};
    const auto byDistance = CandidateRanking::rank(order(), techs, RankingWeights::distanceFirst());
    EXPECT_EQ(ids(byDistance, techs),
              (QStringList{QStringLiteral("near"), QStringLiteral("mid"), QStringLiteral("far")}));
    const auto byRating = CandidateRanking::rank(order(), techs, RankingWeights::ratingFirst());
    EXPECT_EQ(ids(byRating, techs),
              (QStringList{QStringLiteral("far"), QStringLiteral("mid"), QStringLiteral("near")}));
    // The parts are shown: distance, travel time, scores.
    const CandidateScore &near = byDistance.front();
    EXPECT_NEAR(near.distanceKm, 0.5, 0.01);
    EXPECT_EQ(near.travelMinutes, CandidateRanking::travelMinutes(near.distanceKm));
    EXPECT_GT(near.distanceScore, 85);
    EXPECT_NEAR(near.ratingScore, 84, 0.01);
    EXPECT_NEAR(near.starScore, 25, 0.01);
    EXPECT_EQ(near.workloadScore, 100);
    EXPECT_FALSE(CandidateRanking::explain(near, techs[0]).isEmpty());
}

TEST(CandidateRanking, ExcludesWithTheReasonAndRanksTheExcludedLast)
{
    std::vector<TechnicianProfile> techs;
    techs.push_back(tech(QStringLiteral("ok"), 6, 4.0, 2));
    techs.push_back(tech(QStringLiteral("suspended"), 0.1, 5, 5));
    techs.back().active = false;
    techs.push_back(tech(QStringLiteral("unskilled"), 0.2, 5, 5));
    techs.back().skills = {QStringLiteral("S0002")};
    techs.push_back(tech(QStringLiteral("area"), 0.3, 5, 5));
    techs.back().districts = {QStringLiteral("浦东新区")};
    techs.push_back(tech(QStringLiteral("hours"), 0.4, 5, 5));
    techs.back().workStartMinutes = 11 * 60; // the job starts at 10:00
    techs.push_back(tech(QStringLiteral("weekend"), 0.45, 5, 5));
    techs.back().workDays = {6, 7};
    techs.push_back(tech(QStringLiteral("booked"), 0.5, 5, 5));
    techs.back().jobs.push_back({QStringLiteral("O9"), at(11), at(13), north(0.5)});
    techs.push_back(tech(QStringLiteral("elsewhere"), 0.6, 5, 5));
    techs.back().city = QStringLiteral("beijing");

    const auto scores = CandidateRanking::rank(order(), techs, RankingWeights::distanceFirst());
    ASSERT_EQ(scores.size(), 7u); // the other city's technician is not listed
    EXPECT_EQ(techs[size_t(scores.front().technician)].id, QStringLiteral("ok"));
    EXPECT_TRUE(scores.front().eligible());
    const std::pair<const char *, Blocker> expected[] = {
        {"suspended", Blocker::Suspended},         {"unskilled", Blocker::NoSkill},
        {"area", Blocker::OutsideServiceArea},     {"hours", Blocker::OutsideWorkingHours},
        {"weekend", Blocker::OutsideWorkingHours}, {"booked", Blocker::Booked}};
    for (const auto &[id, blocker] : expected) {
        const auto it = std::find_if(scores.begin(), scores.end(), [&](const CandidateScore &s) {
            return techs[size_t(s.technician)].id == QLatin1String(id);
        });
        ASSERT_NE(it, scores.end()) << id;
        EXPECT_TRUE(it->has(blocker)) << id;
        EXPECT_EQ(it->total, 0) << id;
        EXPECT_TRUE(CandidateRanking::explain(*it, techs[size_t(it->technician)])
                        .contains(CandidateRanking::blockerText(blocker)))
            << id;
    }
    // A job that ends early enough to travel is no conflict; reassigning the
    // order itself does not conflict with its own booking.
    techs[6].jobs = {{QStringLiteral("O9"), at(7), at(9), north(0.5)},
                     {QStringLiteral("O1"), at(10), at(12), Order}};
    EXPECT_TRUE(CandidateRanking::score(order(), techs[6], 6, RankingWeights()).eligible());
    // Across midnight is outside any working day.
    OrderNeed late = order();
    late.appointmentStart = at(23);
    late.appointmentEnd = at(23) + 2 * 3600;
    EXPECT_TRUE(CandidateRanking::score(late, techs[0], 0, RankingWeights())
                    .has(Blocker::OutsideWorkingHours));
}

TEST(CandidateRanking, WorkloadLowersTheScoreAndLimitKeepsTheBest)
{
    std::vector<TechnicianProfile> techs{tech(QStringLiteral("busy"), 1, 4.5, 3),
                                         tech(QStringLiteral("free"), 1, 4.5, 3)};
    techs[0].jobs.push_back({QStringLiteral("O7"), at(15), at(17), north(1)});
    techs[0].jobs.push_back({QStringLiteral("O8"), at(18), at(19), north(1)});
    const auto scores = CandidateRanking::rank(order(), techs, RankingWeights::distanceFirst(), 1);
    ASSERT_EQ(scores.size(), 1u);
    EXPECT_EQ(techs[size_t(scores[0].technician)].id, QStringLiteral("free"));
    const CandidateScore busy = CandidateRanking::score(order(), techs[0], 0, RankingWeights());
    EXPECT_EQ(busy.workloadScore, 50);
}

TEST(CandidateRanking, SuggestAllNeverDoubleBooksAndSaysWhyOrdersAreLeft)
{
    std::vector<TechnicianProfile> techs{tech(QStringLiteral("a"), 1, 4.8, 4),
                                         tech(QStringLiteral("b"), 3, 4.5, 3)};
    std::vector<OrderNeed> orders{order(QStringLiteral("O1"), 10), order(QStringLiteral("O2"), 10),
                                  order(QStringLiteral("O3"), 10), order(QStringLiteral("O4"), 14)};
    orders[3].serviceItemId = QStringLiteral("S0099"); // nobody has this skill
    OrderNeed nowhere = order(QStringLiteral("O5"), 15);
    nowhere.city = QStringLiteral("wuhan");
    orders.push_back(nowhere);

    const auto suggestions =
        CandidateRanking::suggestAll(orders, techs, RankingWeights::distanceFirst());
    ASSERT_EQ(suggestions.size(), orders.size());
    QHash<QString, CandidateRanking::Suggestion> byOrder;
    for (const auto &s : suggestions)
        byOrder.insert(s.orderId, s);
    // The three 10:00 jobs: the nearer technician first, then the other; the
    // third cannot be placed because both are booked.
    EXPECT_EQ(byOrder[QStringLiteral("O1")].technician, 0);
    EXPECT_EQ(byOrder[QStringLiteral("O2")].technician, 1);
    EXPECT_EQ(byOrder[QStringLiteral("O3")].technician, -1);
    EXPECT_TRUE(byOrder[QStringLiteral("O3")].reason.contains(
        CandidateRanking::blockerText(Blocker::Booked)))
        << qPrintable(byOrder[QStringLiteral("O3")].reason);
    EXPECT_EQ(byOrder[QStringLiteral("O4")].technician, -1);
    EXPECT_TRUE(byOrder[QStringLiteral("O4")].reason.contains(
        CandidateRanking::blockerText(Blocker::NoSkill)));
    EXPECT_EQ(byOrder[QStringLiteral("O5")].technician, -1);
    EXPECT_FALSE(byOrder[QStringLiteral("O5")].reason.isEmpty());
    EXPECT_FALSE(byOrder[QStringLiteral("O1")].reason.isEmpty());
    // Urgency: the result follows the appointment order.
    EXPECT_EQ(suggestions.front().orderId, QStringLiteral("O1"));
}

TEST(CandidateRanking, ATechnicianOnLeaveDuringTheWindowIsBlocked)
{
    std::vector<TechnicianProfile> techs{tech(QStringLiteral("away"), 0.2, 5, 5),
                                         tech(QStringLiteral("here"), 2, 4, 3)};
    techs[0].absences.push_back({at(9), at(11), QStringLiteral("annual leave")});
    techs[1].absences.push_back({at(13), at(18), QStringLiteral("training")}); // after the job
    const auto scores = CandidateRanking::rank(order(), techs, RankingWeights::distanceFirst());
    ASSERT_EQ(scores.size(), 2u);
    EXPECT_EQ(techs[size_t(scores[0].technician)].id, QStringLiteral("here"));
    EXPECT_TRUE(scores[0].eligible());
    EXPECT_TRUE(scores[1].has(Blocker::Absent));
    EXPECT_FALSE(scores[1].has(Blocker::Booked));
    EXPECT_TRUE(CandidateRanking::explain(scores[1], techs[0])
                    .contains(CandidateRanking::blockerText(Blocker::Absent)));
    // Nobody else: "suggest all" names the leave as the reason.
    techs.pop_back();
    const auto suggestions =
        CandidateRanking::suggestAll({order()}, techs, RankingWeights::distanceFirst());
    ASSERT_EQ(suggestions.size(), 1u);
    EXPECT_EQ(suggestions[0].technician, -1);
    EXPECT_TRUE(suggestions[0].reason.contains(CandidateRanking::blockerText(Blocker::Absent)));
}
