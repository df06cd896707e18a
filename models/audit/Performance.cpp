#include "models/audit/Performance.h"

#include <QJsonArray>

namespace OpsDesk::Audit {

PerformanceSummary performanceOf(const QJsonObject &technician)
{
    PerformanceSummary p;
    p.rating = technician.value(QStringLiteral("rating")).toDouble();
    p.onTimeRate = technician.value(QStringLiteral("on_time_rate")).toDouble();
    p.complaints = technician.value(QStringLiteral("complaint_count")).toInt();
    p.completedOrders = technician.value(QStringLiteral("completed_orders")).toInt();
    p.starLevel = technician.value(QStringLiteral("star_level")).toInt();
    for (const auto &v : technician.value(QStringLiteral("action_log")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString action = a.value(QStringLiteral("action")).toString();
        if (action == QLatin1String("star_level"))
            p.starHistory.append(StarLevelChange{
                QDateTime::fromString(a.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
                a.value(QStringLiteral("star_level")).toInt(),
                a.value(QStringLiteral("by")).toString(),
                a.value(QStringLiteral("reason")).toString()});
        else if (action == QLatin1String("reward"))
            p.rewardsCents += a.value(QStringLiteral("amount_cents")).toInteger();
        else if (action == QLatin1String("penalty"))
            p.penaltiesCents += a.value(QStringLiteral("amount_cents")).toInteger();
    }
    return p;
}

StarRulePreview previewStarRule(const PerformanceSummary &p, const StarRuleThresholds &t)
{
    StarRulePreview preview;
    preview.current = qBound(1, p.starLevel, 5);
    preview.proposed = preview.current;
    QStringList down;
    if (p.rating < t.downRatingBelow)
        down.append(PerformanceText::tr("rating %1 is below %2")
                        .arg(p.rating, 0, 'f', 2)
                        .arg(t.downRatingBelow, 0, 'f', 1));
    if (p.onTimeRate < t.downOnTimeBelow)
        down.append(PerformanceText::tr("on-time rate %1% is below %2%")
                        .arg(p.onTimeRate * 100, 0, 'f', 0)
                        .arg(t.downOnTimeBelow * 100, 0, 'f', 0));
    if (p.complaints >= t.downComplaintsFrom)
        down.append(PerformanceText::tr("%n complaint(s)", nullptr, p.complaints));
    if (!down.isEmpty()) {
        preview.proposed = qMax(1, preview.current - 1);
        preview.reasons = down;
        return preview;
    }
    QStringList missing;
    if (p.rating < t.upRatingFrom)
        missing.append(
            PerformanceText::tr("a rating of %1 or more").arg(t.upRatingFrom, 0, 'f', 1));
    if (p.onTimeRate < t.upOnTimeFrom)
        missing.append(PerformanceText::tr("an on-time rate of %1% or more")
                           .arg(t.upOnTimeFrom * 100, 0, 'f', 0));
    if (p.complaints > t.upComplaintsAtMost)
        missing.append(
            PerformanceText::tr("at most %n complaint(s)", nullptr, t.upComplaintsAtMost));
    const int ordersNeeded = t.upOrdersPerStar * preview.current;
    if (p.completedOrders < ordersNeeded)
        missing.append(PerformanceText::tr("%n completed order(s)", nullptr, ordersNeeded));
    if (preview.current == 5) {
        preview.reasons.append(PerformanceText::tr("Already at the highest level."));
    } else if (missing.isEmpty()) {
        preview.proposed = preview.current + 1;
        preview.reasons.append(
            PerformanceText::tr("rating, on-time rate, complaints and completed orders "
                                "meet the rule for one more star"));
    } else {
        for (const QString &m : missing)
            preview.reasons.append(PerformanceText::tr("one more star needs %1").arg(m));
    }
    return preview;
}

} // namespace OpsDesk::Audit
