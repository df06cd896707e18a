#include "models/BusinessDay.h"

namespace OpsDesk {

namespace {
constexpr int ChinaOffsetSeconds = 8 * 3600;
}

QDateTime businessDayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, ChinaOffsetSeconds).toUTC();
}

QDate businessDayOf(const QDateTime &time)
{
    return time.toUTC().addSecs(ChinaOffsetSeconds).date();
}

} // namespace OpsDesk
