#include "services/core/Logging.h"

namespace OpsDesk {

Q_LOGGING_CATEGORY(lcServer, "opsdesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "opsdesk.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "opsdesk.keychain", QtInfoMsg)

} // namespace OpsDesk
