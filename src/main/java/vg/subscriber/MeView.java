package vg.subscriber;

import org.jspecify.annotations.Nullable;
import vg.common.Times;
import vg.common.ToneId;

/** {@code GET /api/me}: the subscriber's own account as the contract shows it; {@code dailyFee} in kopecks. */
public record MeView(String phone, String status, boolean corporate, String connectedAt, @Nullable String firstVisitAt,
                     long dailyFee, @Nullable Long defaultToneId) {

    static MeView of(Subscriber s, long dailyFee, Times times) {
        return new MeView(s.phone().digits(), s.status().code(), s.corporate(), times.iso(s.connectedAt()),
                times.isoOrNull(s.firstVisitAt()), dailyFee, s.defaultToneId().map(ToneId::value).orElse(null));
    }
}
