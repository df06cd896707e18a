#pragma once

#include "models/finance/CouponRules.h"

#include <QJsonObject>
#include <QList>

namespace OpsDesk::Finance {

// The contract's JSON (api/openapi.yaml Coupon, CouponInput, Redemption,
// Customer) ↔ the coupon rules' plain structs, shared by the reference
// server and the console so both read a coupon the same way.

// A stored or cached coupon record. Unknown kinds read as no_threshold;
// absent optional fields stay absent.
CouponDefinition couponFromJson(const QJsonObject &doc);

// The writable fields of a definition as a CouponInput body (create and
// full update). `active` is left out: an update keeps the coupon's state,
// disabling is its own command.
QJsonObject couponInputJson(const CouponDefinition &coupon);

// What checkout knows of a customer at `at`: new while they have no first
// order before `at` (`first_order_at` absent or not earlier), every
// redemption record of theirs counted as issued, and the ones without an
// order or `redeemed_at` held.
CustomerCouponFacts customerCouponFacts(const QJsonObject &customer,
                                        const QList<QJsonObject> &redemptions, const QDateTime &at);

} // namespace OpsDesk::Finance
