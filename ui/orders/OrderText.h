#pragma once

#include <QString>

namespace OpsDesk {

// Translated, user-visible text of order fields.
QString customerTypeTitle(const QString &type); // "Consumer (C-end)"
QString cityTitle(const QString &cityId);       // "上海" / "Shanghai"
QString localTimeText(const QString &isoUtc);   // "2026-03-01 14:00"
QString appointmentText(const QString &startIsoUtc, const QString &endIsoUtc);
// "138****5678": the middle digits hidden (roles that may not see phones).
QString maskedPhone(const QString &phone);

} // namespace OpsDesk
