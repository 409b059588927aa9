package vg.playback;

/**
 * A subscriber's plan in the form a call reads it: for every caller some rule can apply to, that caller's
 * rules in decision order (level, then newest first). Callers are a sorted {@code long[]} searched by halving:
 * eight bytes a number instead of a hash map entry, and no hashing of the caller's string.
 * Immutable apart from the shuffle state inside the rules.
 */
public final class CompiledPlan {
    private static final long[] NO_CALLERS = {};
    private static final int[] NO_STARTS = {0};
    private static final CompiledRule[] NO_RULES = {};

    /** No active service: ordinary beeps for everybody. */
    public static final CompiledPlan NONE = new CompiledPlan(false, 0, NO_CALLERS, NO_STARTS, NO_RULES);

    final boolean active;
    /** 0 when there is no default tone. */
    final long defaultTone;
    private final long[] callers;
    /** Caller i's rules are rules[starts[i]] up to rules[starts[i + 1]]. */
    private final int[] starts;
    private final CompiledRule[] rules;

    CompiledPlan(boolean active, long defaultTone, long[] callers, int[] starts, CompiledRule[] rules) {
        this.active = active;
        this.defaultTone = defaultTone;
        this.callers = callers;
        this.starts = starts;
        this.rules = rules;
    }

    /**
     * About how much heap this plan and its cache entry take, for the plan cache's budget: measured at 110 B for a
     * default-only plan and about 1.4 kB for one with ten rules.
     */
    int approximateBytes() {
        return 160 + callers.length * 8 + starts.length * 4 + rules.length * 76;
    }

    static CompiledPlan defaultOnly(long defaultTone) {
        return new CompiledPlan(true, defaultTone, NO_CALLERS, NO_STARTS, NO_RULES);
    }

    /** The caller's position, or -1 when no rule names the caller or a group of theirs. */
    int indexOf(long caller) {
        int lo = 0, hi = callers.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = callers[mid];
            if (k < caller) lo = mid + 1;
            else if (k > caller) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    int firstRule(int caller) {
        return starts[caller];
    }

    int endRule(int caller) {
        return starts[caller + 1];
    }

    CompiledRule rule(int i) {
        return rules[i];
    }
}
