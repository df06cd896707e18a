#pragma once

#include <QLoggingCategory>

namespace OpsDesk {

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

} // namespace OpsDesk
