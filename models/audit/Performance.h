#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace OpsDesk::Audit {

// A technician's performance as the record carries it (rating, on_time_rate,
// complaint_count, completed_orders, star_level, action_log) and a preview of
// the automatic star-level rule (星级评定：自动升级/降级, which affects dispatch
// priority). The console only previews the rule; a change is made by an
// auditor through AuditCommands::changeStarLevel.
//
// The rule (one step at a time, 1–5 stars), checked down first:
// * down one star when the rating is below 4.0, or the on-time rate below
//   80 %, or there are 5 complaints or more;
// * else up one star when the rating is 4.8 or more, the on-time rate 95 % or
//   more, at most 1 complaint, and at least 50 completed orders per star of
//   the current level (50 for 1 → 2, 100 for 2 → 3, …);
// * otherwise the level stays.
struct StarRuleThresholds
{
    double downRatingBelow = 4.0;
    double downOnTimeBelow = 0.80;
    int downComplaintsFrom = 5;
    double upRatingFrom = 4.8;
    double upOnTimeFrom = 0.95;
    int upComplaintsAtMost = 1;
    int upOrdersPerStar = 50;
};

struct StarLevelChange
{
    QDateTime at;
    int level = 0;
    QString by; // staff id or "system"
    QString reason;
};

struct PerformanceSummary
{
    double rating = 0;     // 0–5
    double onTimeRate = 0; // 0–1
    int complaints = 0;
    int completedOrders = 0;
    int starLevel = 0;
    QList<StarLevelChange> starHistory; // oldest first, from action_log
    qint64 rewardsCents = 0;            // sums of the action_log's rewards and penalties
    qint64 penaltiesCents = 0;
};

struct StarRulePreview
{
    int current = 0;
    int proposed = 0;
    int direction() const { return proposed > current ? 1 : proposed < current ? -1 : 0; }
    QStringList reasons; // translated: why it moves, or what is missing to move up
};

PerformanceSummary performanceOf(const QJsonObject &technician);
StarRulePreview previewStarRule(const PerformanceSummary &performance,
                                const StarRuleThresholds &thresholds = {});

class PerformanceText
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::Audit::PerformanceText)
};

} // namespace OpsDesk::Audit
