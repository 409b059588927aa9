package vg.billing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vg.common.Money;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.db.Counters;

/** Charges and the billing feed. A charge and its event are always written together, in the caller's transaction. */
public final class BillingDao {
    private final java.util.Map<ChargeKind, Counter> written = new java.util.EnumMap<>(ChargeKind.class);

    public BillingDao(MeterRegistry meters) {
        for (ChargeKind kind : ChargeKind.values())
            written.put(kind, Counter.builder("vg.charges.written").description("charges committed, by kind")
                    .tag("kind", kind.code()).register(meters));
    }


    /**
     * Writes a charge and its billing event. A second subscription charge for the same subscriber and day is refused by
     * the database's unique index; then nothing is written and the result is empty.
     */
    public Optional<Long> charge(Handle h, PhoneNumber phone, ChargeKind kind, Money amount, long at, LocalDate day,
                                 Optional<ToneId> tone) {
        Optional<Long> inserted = h.createQuery("""
                        INSERT INTO charges (phone, kind, amount, at, day, tone_id)
                        VALUES (:p, :k, :a, :at, :day, :tone)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .bind("p", phone.digits()).bind("k", kind.code()).bind("a", amount.kopecks()).bind("at", at)
                .bind("day", day.toString()).bind("tone", tone.map(ToneId::value).orElse(null)).mapTo(Long.class).findOne();
        if (inserted.isEmpty()) return Optional.empty();
        long chargeId = inserted.get();
        // counted once the charge is committed: a rolled-back one was never written
        h.afterCommit(() -> written.get(kind).increment());
        // the feed's number comes from a counter row, not the identity: gap-free and in commit order across nodes
        h.createUpdate("INSERT INTO billing_events (id, charge_id, phone, kind, amount, at) VALUES (:id, :c, :p, :k, :a, :at)")
                .bind("id", Counters.next(h, Counters.BILLING_EVENTS)).bind("c", chargeId).bind("p", phone.digits()).bind("k", kind.code()).bind("a", amount.kopecks()).bind("at", at)
                .execute();
        return Optional.of(chargeId);
    }

    public Optional<LocalDate> lastSubscriptionDay(Handle h, PhoneNumber phone) {
        return h.createQuery("SELECT MAX(day) FROM charges WHERE phone = :p AND kind = 'subscription'")
                .bind("p", phone.digits()).mapTo(String.class).findOne().map(LocalDate::parse);
    }

    public List<Charge> charges(Handle h, PhoneNumber phone, int limit) {
        return h.createQuery("SELECT id, phone, kind, amount, at, day, tone_id FROM charges WHERE phone = :p ORDER BY id DESC LIMIT :l")
                .bind("p", phone.digits()).bind("l", limit)
                .map((rs, c) -> {
                    long tone = rs.getLong("tone_id");
                    Optional<ToneId> toneId = rs.wasNull() ? Optional.empty() : Optional.of(ToneId.of(tone));
                    return new Charge(rs.getLong("id"), new PhoneNumber(rs.getString("phone")),
                            ChargeKind.valueOf(rs.getString("kind").toUpperCase()), Money.kopecks(rs.getLong("amount")),
                            rs.getLong("at"), LocalDate.parse(rs.getString("day")), toneId);
                }).list();
    }

    public List<BillingEvent> events(Handle h, long after, int limit) {
        return h.createQuery("SELECT id, phone, kind, amount, at FROM billing_events WHERE id > :after ORDER BY id LIMIT :l")
                .bind("after", after).bind("l", limit)
                .map((rs, c) -> new BillingEvent(rs.getLong("id"), new PhoneNumber(rs.getString("phone")),
                        ChargeKind.valueOf(rs.getString("kind").toUpperCase()), Money.kopecks(rs.getLong("amount")), rs.getLong("at")))
                .list();
    }
}
