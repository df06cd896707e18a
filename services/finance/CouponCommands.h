#pragma once

#include "models/Staff.h"
#include "models/finance/CouponRules.h"
#include "services/sync/OutboxTypes.h"

#include <QJsonObject>

namespace OpsDesk {

// Coupon configuration as outbox entries (api/openapi.yaml, tag "coupons"):
// create, full update and disable, each with the coupon's local look until
// the server answers. A create gets a placeholder id ("local-<uuid>") that
// the server's id replaces when it lands.
namespace CouponCommands {

// Finance or admin (the server's rule).
bool mayEdit(const Staff &staff);

LocalChange create(const Finance::CouponDefinition &coupon);
// `current` is the cached coupon record (its version goes as If-Match).
LocalChange update(const QJsonObject &current, const Finance::CouponDefinition &coupon);
LocalChange disable(const QJsonObject &current, const QString &reason);
// The referral role of a coupon (a full update with only that changed).
LocalChange setReferralRole(const QJsonObject &current, std::optional<Finance::ReferralRole> role);

} // namespace CouponCommands
} // namespace OpsDesk
