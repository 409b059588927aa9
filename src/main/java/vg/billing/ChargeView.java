package vg.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import vg.common.Times;
import vg.common.ToneId;

/** A charge in the cabinet: {@code amount} in kopecks, {@code day} the operator's calendar day it is for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeView(long id, String kind, long amount, String at, String day, @Nullable Long toneId) {
    public static ChargeView of(Charge c, Times times) {
        return new ChargeView(c.id(), c.kind().code(), c.amount().kopecks(), times.iso(c.at()), c.day().toString(),
                c.toneId().map(ToneId::value).orElse(null));
    }
}
