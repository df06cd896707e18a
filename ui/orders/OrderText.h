#pragma once

#include <QJsonArray>
#include <QString>

namespace OpsDesk {

class OrderCache;

// Translated, user-visible text of order fields.
QString customerTypeTitle(const QString &type); // "Consumer (C-end)"
QString cityTitle(const QString &cityId);       // "上海" / "Shanghai"
QString localTimeText(const QString &isoUtc);   // "2026-03-01 14:00"
QString appointmentText(const QString &startIsoUtc, const QString &endIsoUtc);
// "138****5678": the middle digits hidden (roles that may not see phones).
QString maskedPhone(const QString &phone);

// Who did something, from the id a record names: a staff member's name
// ("staff ST0003" when names are not readable to the role), a technician's
// name, "customer", "automatic" for the system; `selfId` reads "you".
QString actorTitle(const QString &id, const OrderCache &cache, const QString &selfId = {});

// The detail panels' rich text: a section heading, a label/value row of a
// <table> (the value in bold when `strong`), and an order's status timeline
// (status_history: when, what and why, who) as a table.
QString detailSection(const QString &title);
QString detailRow(const QString &label, const QString &value, bool strong = false);
QString statusTimelineHtml(const QJsonArray &history, const OrderCache &cache,
                           const QString &selfId = {});

} // namespace OpsDesk
