package vg.playback;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Decides what a caller hears from a compiled plan; the order is described in {@code package-info.java}.
 * Stateless apart from the shuffle state the plan's rules carry, so one instance serves all threads.
 */
public final class PlaybackDecider {
    private final Supplier<RandomGenerator> random;

    public PlaybackDecider() {
        this(ThreadLocalRandom::current);
    }

    /** {@code random} must give each thread a generator it may use (ThreadLocalRandom::current does). */
    public PlaybackDecider(Supplier<RandomGenerator> random) {
        this.random = Objects.requireNonNull(random);
    }

    /** The tone the caller hears, or empty for ordinary beeps. {@code localNow} is in the operator's zone. */
    public OptionalLong decide(CompiledPlan plan, String callerDigits, LocalDateTime localNow, LongPredicate playable) {
        if (!plan.active) return OptionalLong.empty();
        int at = plan.indexOf(CallerKey.of(callerDigits));
        if (at >= 0) {
            int today = CompiledRule.dayBit(localNow.getDayOfWeek().getValue());
            int yesterday = yesterday(today);
            int sec = localNow.toLocalTime().toSecondOfDay();
            int date = DateRange.encode(localNow.toLocalDate());
            int dateBefore = DateRange.encode(localNow.toLocalDate().minusDays(1));
            RandomGenerator rnd = random.get();
            for (int i = plan.firstRule(at), end = plan.endRule(at); i < end; i++) {
                CompiledRule rule = plan.rule(i);
                if (!rule.covers(today, yesterday, sec, date, dateBefore)) continue;
                long tone = rule.pick(playable, rnd);
                if (tone != 0) return OptionalLong.of(tone);
            }
        }
        long fallback = plan.defaultTone;
        return fallback != 0 && playable.test(fallback) ? OptionalLong.of(fallback) : OptionalLong.empty();
    }

    /** The same decision as {@link #decide}, with the level and rule that made it; for tests and support. */
    public Decision explain(CompiledPlan plan, String callerDigits, LocalDateTime localNow, LongPredicate playable) {
        if (!plan.active) return Decision.BEEPS;
        int at = plan.indexOf(CallerKey.of(callerDigits));
        if (at >= 0) {
            int today = CompiledRule.dayBit(localNow.getDayOfWeek().getValue());
            int yesterday = yesterday(today);
            int sec = localNow.toLocalTime().toSecondOfDay();
            int date = DateRange.encode(localNow.toLocalDate());
            int dateBefore = DateRange.encode(localNow.toLocalDate().minusDays(1));
            RandomGenerator rnd = random.get();
            for (int i = plan.firstRule(at), end = plan.endRule(at); i < end; i++) {
                CompiledRule rule = plan.rule(i);
                if (!rule.covers(today, yesterday, sec, date, dateBefore)) continue;
                long tone = rule.pick(playable, rnd);
                if (tone != 0) return new Decision(rule.level, rule.id, tone);
            }
        }
        long fallback = plan.defaultTone;
        return fallback != 0 && playable.test(fallback) ? new Decision(Level.DEFAULT, 0, fallback) : Decision.BEEPS;
    }

    /** Monday's bit is 1; the day before it is Sunday, bit 64. */
    private static int yesterday(int today) {
        return today == 1 ? 1 << 6 : today >>> 1;
    }
}
