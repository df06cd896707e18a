// dispatch.candidates_5k: ranked candidates (every part of the score) for one
// order among 5,000 technicians, all in the order's city (the worst case).
// dispatch.suggest_500: "suggest all" for 500 waiting orders among them.
//
// The fixture is synthetic and fixed (seeded): technicians spread over 30 km
// around the centre of Shanghai, 3 of 22 service items and 4 of 16 districts
// each, 0–4 booked jobs on the day, working 08:00–20:00 or 10:00–22:00.
#include "bench/Bench.h"
#include "models/dispatch/CandidateRanking.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace OpsDesk;

namespace {

struct Fixture
{
    std::vector<TechnicianProfile> technicians;
    std::vector<OrderNeed> orders;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture out;
        QRandomGenerator rng(20261122);
        const GeoPoint centre{31.2304, 121.4737};
        const qint64 dayStart =
            QDateTime(QDate(2026, 7, 14), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
        auto item = [](int i) {
            return QStringLiteral("S%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        };
        auto district = [](int i) {
            return QStringLiteral("D%1").arg(i);
        };
        auto near = [&](double radiusKm) {
            return GeoPoint{centre.lat + (rng.generateDouble() * 2 - 1) * radiusKm / 111.2,
                            centre.lng + (rng.generateDouble() * 2 - 1) * radiusKm / 95.0};
        };
        for (int i = 0; i < 5000; ++i) {
            TechnicianProfile t;
            t.id = QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0'));
            t.name = t.id;
            t.city = QStringLiteral("shanghai");
            t.position = near(30);
            t.rating = 3.5 + rng.generateDouble() * 1.5;
            t.starLevel = 1 + int(rng.bounded(5));
            for (int s = 0; s < 3; ++s)
                t.skills.append(item(int(rng.bounded(22))));
            for (int d = 0; d < 4; ++d)
                t.districts.append(district(int(rng.bounded(16))));
            if (rng.bounded(2)) {
                t.workStartMinutes = 10 * 60;
                t.workEndMinutes = 22 * 60;
            }
            const int jobs = int(rng.bounded(5));
            for (int j = 0; j < jobs; ++j) {
                const qint64 start = dayStart + (8 + qint64(rng.bounded(11))) * 3600;
                t.jobs.push_back(
                    {QStringLiteral("J%1-%2").arg(i).arg(j), start, start + 7200, near(30)});
            }
            out.technicians.push_back(std::move(t));
        }
        for (int i = 0; i < 500; ++i) {
            OrderNeed o;
            o.id = QStringLiteral("O%1").arg(i, 5, 10, QLatin1Char('0'));
            o.city = QStringLiteral("shanghai");
            o.district = district(int(rng.bounded(16)));
            o.serviceItemId = item(int(rng.bounded(22)));
            o.place = near(25);
            o.appointmentStart = dayStart + (8 + qint64(rng.bounded(11))) * 3600;
            o.appointmentEnd = o.appointmentStart + 7200;
            o.createdAt = dayStart - qint64(rng.bounded(86400));
            out.orders.push_back(std::move(o));
        }
        return out;
    }();
    return f;
}

double candidates()
{
    const Fixture &f = fixture();
    static int next = 0;
    const OrderNeed &order = f.orders[size_t(next++ % int(f.orders.size()))];
    QElapsedTimer timer;
    timer.start();
    const auto ranked =
        CandidateRanking::rank(order, f.technicians, RankingWeights::distanceFirst(), 20);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return ranked.empty() ? -1 : ms;
}

double suggest()
{
    const Fixture &f = fixture();
    QElapsedTimer timer;
    timer.start();
    const auto suggestions =
        CandidateRanking::suggestAll(f.orders, f.technicians, RankingWeights::distanceFirst());
    const double s = double(timer.nsecsElapsed()) / 1e9;
    return suggestions.size() == f.orders.size() ? s : -1;
}

} // namespace

OPSDESK_BENCHMARK(.name = QStringLiteral("dispatch.candidates_5k"), .unit = QStringLiteral("ms"),
                  .description = QStringLiteral("Ranked candidates for one order among 5,000 "
                                                "technicians of its city (top 20, all parts)"),
                  .repetitions = 101, .run = candidates);
OPSDESK_BENCHMARK(.name = QStringLiteral("dispatch.suggest_500"), .unit = QStringLiteral("s"),
                  .description = QStringLiteral("Suggest all for 500 waiting orders among 5,000 "
                                                "technicians"),
                  .repetitions = 5, .run = suggest);
