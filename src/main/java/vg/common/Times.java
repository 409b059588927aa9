package vg.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in API answers: ISO-8601 with the operator's UTC offset, e.g. 2026-11-26T12:00:00+05:00. */
public final class Times {
    private final ZoneId zone;

    public Times(ZoneId zone) {
        this.zone = zone;
    }

    public String iso(long epochMillis) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone).toOffsetDateTime());
    }

    public String isoOrNull(java.util.Optional<Long> epochMillis) {
        return epochMillis.map(this::iso).orElse(null);
    }
}
