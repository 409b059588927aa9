package vg.billing;

import java.time.LocalDate;
import java.util.Optional;
import vg.common.Money;
import vg.common.PhoneNumber;
import vg.common.ToneId;

/** One charge to a subscriber; {@code day} is the operator's calendar day it belongs to, {@code at} when it was written. */
public record Charge(long id, PhoneNumber phone, ChargeKind kind, Money amount, long at, LocalDate day, Optional<ToneId> toneId) {
}
