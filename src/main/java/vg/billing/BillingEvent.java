package vg.billing;

import vg.common.Money;
import vg.common.PhoneNumber;

/** A charge as the operator's billing reads it; {@code id} is the cursor and the key to deduplicate by. */
public record BillingEvent(long id, PhoneNumber phone, ChargeKind kind, Money amount, long at) {
}
