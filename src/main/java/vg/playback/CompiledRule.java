package vg.playback;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.LongPredicate;
import java.util.random.RandomGenerator;

/**
 * A rule reduced to what a call needs: a day bit mask, the window in seconds of the day, the tones,
 * and the shuffle's memory of the tone it played last. One instance per subscriber and rule,
 * so the shuffle state is per subscriber+rule and a replaced plan starts a fresh shuffle.
 */
final class CompiledRule {
    static final int EVERY_DAY = 0x7F;
    private static final VarHandle LAST;

    static {
        try {
            LAST = MethodHandles.lookup().findVarHandle(CompiledRule.class, "last", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final long id;
    final Level level;
    private final int dayMask;
    private final int fromSec;
    private final int toSec;
    /** {@link DateRange#encodedFrom()}, or -1 for a rule on any date. */
    private final int dateFrom;
    private final int dateTo;
    private final boolean dated;
    private final long[] tones;
    /** A field rather than an AtomicLong: 100,000 subscribers × 10 rules each make the extra object count. */
    @SuppressWarnings("unused")
    private volatile long last;

    CompiledRule(long id, Level level, int dayMask, int fromSec, int toSec, int dateFrom, int dateTo, boolean dated, long[] tones) {
        this.id = id;
        this.level = level;
        this.dayMask = dayMask;
        this.fromSec = fromSec;
        this.toSec = toSec;
        this.dateFrom = dateFrom;
        this.dateTo = dateTo;
        this.dated = dated;
        this.tones = tones;
    }

    static int dayBit(int isoDay) {
        return 1 << (isoDay - 1);
    }

    /**
     * Whether the rule is in force at {@code sec} seconds into a day whose bit is {@code today} and whose date is
     * {@code date} (yyyymmdd). A window across midnight belongs to the day it starts on: after midnight it is
     * yesterday's day bit and date that count.
     */
    boolean covers(int today, int yesterday, int sec, int date, int dateBefore) {
        if (fromSec < 0) return (dayMask & today) != 0 && onDate(date);
        if (fromSec < toSec) return sec >= fromSec && sec < toSec && (dayMask & today) != 0 && onDate(date);
        if (sec >= fromSec) return (dayMask & today) != 0 && onDate(date);
        return sec < toSec && (dayMask & yesterday) != 0 && onDate(dateBefore);
    }

    /** Whether {@code date} (yyyymmdd) is in the rule's dates: dated (yyyymmdd), or yearly (mmdd, across the New Year when to < from). */
    private boolean onDate(int date) {
        if (dateFrom < 0) return true;
        if (dated) return date >= dateFrom && date <= dateTo;
        int day = date % 10_000;
        return dateFrom <= dateTo ? day >= dateFrom && day <= dateTo : day >= dateFrom || day <= dateTo;
    }

    /** The tone to play, or 0 when none of the rule's tones is playable (the rule then does not match). */
    long pick(LongPredicate playable, RandomGenerator random) {
        if (tones.length == 1) return playable.test(tones[0]) ? tones[0] : 0;
        while (true) {
            long previous = last;
            int candidates = 0;
            boolean previousPlayable = false;
            for (long tone : tones) {
                if (playable.test(tone)) {
                    candidates++;
                    if (tone == previous) previousPlayable = true;
                }
            }
            if (candidates == 0) return 0;
            if (previousPlayable) {
                if (candidates == 1) return previous;
                candidates--;
            }
            long chosen = nth(random.nextInt(candidates), previous, playable);
            // a CAS, not a set: two concurrent calls cannot both leave the same tone as "last" after each other
            if (chosen != 0 && LAST.compareAndSet(this, previous, chosen)) return chosen;
        }
    }

    private long nth(int n, long skip, LongPredicate playable) {
        for (long tone : tones) {
            if (tone != skip && playable.test(tone) && n-- == 0) return tone;
        }
        return 0; // the playable set shrank between the two passes; the caller tries again
    }
}
