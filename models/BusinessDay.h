#pragma once

#include <QDate>
#include <QDateTime>

namespace OpsDesk {

// The platform's business days are China's calendar days (UTC+8, no daylight
// saving): dashboards, validity dates and reports count in them.
QDateTime businessDayStart(const QDate &day); // the day's first moment, in UTC
QDate businessDayOf(const QDateTime &time);

} // namespace OpsDesk
