package vg.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import vg.common.PhoneNumber;
import vg.playback.Group;
import vg.playback.PlanCache;
import vg.playback.PlaybackDecider;
import vg.playback.PlaybackRule;
import vg.playback.SubscriberPlan;
import vg.playback.Target;
import vg.playback.TimeWindow;

/**
 * The playback decision core at 1,000,000 subscribers (10 % with 10 rules each, the rest a default tone only):
 * the heap the compiled plans take, and single-thread decisions per second over a mix of calls.
 */
public final class PlaybackDecisionBench {
    static final int SUBSCRIBERS = 1_000_000;
    static final int RULES_EVERY = 10;
    static final int KNOWN_PER_RULED = 4;
    static final int LOOKUPS = 1 << 18;
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    /** About 1 % of tones withdrawn or removed from the subscriber's tones. */
    static final LongPredicate PLAYABLE = tone -> tone % 97 != 0;

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(42);
        long[] callees = new long[SUBSCRIBERS];
        for (int i = 0; i < SUBSCRIBERS; i++) callees[i] = 9_100_000_000L + i * 37L;
        long[] known = new long[SUBSCRIBERS / RULES_EVERY * KNOWN_PER_RULED];
        PlanCache plans = new PlanCache(4096, phone -> java.util.Optional.empty());
        Table table = new Table("Playback decisions, " + String.format("%,d", SUBSCRIBERS) + " subscribers (PlaybackDecisionBench)");

        long base = Heap.usedAfterGc();
        long t0 = System.nanoTime();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            if (i % RULES_EVERY != 0) plans.put(SubscriberPlan.defaultOnly(phone(callees[i]), 1 + random.nextInt(100_000)));
        }
        long afterDefaults = Heap.usedAfterGc();
        for (int i = 0; i < SUBSCRIBERS; i += RULES_EVERY) plans.put(ruledPlan(phone(callees[i]), random, known, i / RULES_EVERY));
        double buildSec = (System.nanoTime() - t0) / 1e9;
        long afterAll = Heap.usedAfterGc();
        int ruled = SUBSCRIBERS / RULES_EVERY, plain = SUBSCRIBERS - ruled;

        table.row("plans compiled and cached", String.format("%,d in %.1f s", plans.size(), buildSec), "—");
        table.row("heap, " + String.format("%,d", plain) + " default-only plans",
                String.format("%.0f MB (%.0f B each)", Heap.mb(afterDefaults - base), (afterDefaults - base) / (double) plain), "—");
        table.row("heap, " + String.format("%,d", ruled) + " plans with 10 rules",
                String.format("%.0f MB (%.0f B each)", Heap.mb(afterAll - afterDefaults), (afterAll - afterDefaults) / (double) ruled), "—");
        table.row("heap, all plans", String.format("%.0f MB", Heap.mb(afterAll - base)), "fits -Xmx4g");

        Call[] mix = mix(random, callees, known);
        Call[] ruledOnly = ruledOnly(random, callees, known);
        PlaybackDecider decider = new PlaybackDecider();
        run(plans, decider, mix, 3.0);
        run(plans, decider, ruledOnly, 2.0);
        Result r = run(plans, decider, mix, 6.0);
        table.row("decisions/s, one thread, call mix¹", String.format("%,.0f (%.2f µs each; %.0f %% got a tone)",
                r.perSecond(), 1e6 / r.perSecond(), 100.0 * r.withTone / r.calls), "≥ 500,000");
        Result w = run(plans, decider, ruledOnly, 4.0);
        table.row("decisions/s, one thread, only callers a rule names²", String.format("%,.0f (%.2f µs each)",
                w.perSecond(), 1e6 / w.perSecond()), "—");
        table.print();
        System.out.println("¹ callee: 70 % any subscriber, 20 % one with rules, 10 % a number without the service; for a callee with rules"
                + " the caller is one its rules name 60 % of the time; any minute of the week; ~1 % of tones unplayable. Cache lookup included.");
        System.out.println("² callee with rules, caller named by them, any minute of the week. Heap: GC, then Runtime used-memory delta.");
    }

    record Call(String callee, String caller, LocalDateTime at) {}

    record Result(long calls, long withTone, double seconds) {
        double perSecond() {
            return calls / seconds;
        }
    }

    static Result run(PlanCache plans, PlaybackDecider decider, Call[] calls, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime(), n = 0, withTone = 0;
        int i = 0;
        while (true) {
            for (int k = 0; k < 4096; k++) {
                Call c = calls[i];
                i = (i + 1) & (calls.length - 1);
                if (decider.decide(plans.get(c.callee), c.caller, c.at, PLAYABLE).isPresent()) withTone++;
            }
            n += 4096;
            if (System.nanoTime() >= deadline) break;
        }
        return new Result(n, withTone, (System.nanoTime() - start) / 1e9);
    }

    static Call[] mix(SplittableRandom random, long[] callees, long[] known) {
        Call[] calls = new Call[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            int roll = random.nextInt(100);
            long callee;
            long caller = randomMobile(random);
            if (roll < 70) {
                int s = random.nextInt(callees.length);
                callee = callees[s];
                if (s % RULES_EVERY == 0 && random.nextInt(100) < 60) caller = knownCaller(random, known, s / RULES_EVERY);
            } else if (roll < 90) {
                int r = random.nextInt(callees.length / RULES_EVERY);
                callee = callees[r * RULES_EVERY];
                if (random.nextInt(100) < 60) caller = knownCaller(random, known, r);
            } else {
                callee = 9_800_000_000L + random.nextInt(100_000_000);
            }
            calls[i] = new Call(Long.toString(callee), Long.toString(caller), anyMinuteOfTheWeek(random));
        }
        return calls;
    }

    static Call[] ruledOnly(SplittableRandom random, long[] callees, long[] known) {
        Call[] calls = new Call[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            int r = random.nextInt(callees.length / RULES_EVERY);
            calls[i] = new Call(Long.toString(callees[r * RULES_EVERY]), Long.toString(knownCaller(random, known, r)), anyMinuteOfTheWeek(random));
        }
        return calls;
    }

    static long knownCaller(SplittableRandom random, long[] known, int ruledIndex) {
        return known[ruledIndex * KNOWN_PER_RULED + random.nextInt(KNOWN_PER_RULED)];
    }

    static LocalDateTime anyMinuteOfTheWeek(SplittableRandom random) {
        return LocalDateTime.of(MONDAY.plusDays(random.nextInt(7)), LocalTime.ofSecondOfDay(random.nextInt(24 * 60) * 60L));
    }

    /** Three groups of 3–12 numbers and ten rules mixing callers and groups, windows, days and shuffles. */
    static SubscriberPlan ruledPlan(PhoneNumber phone, SplittableRandom random, long[] known, int ruledIndex) {
        List<Group> groups = new ArrayList<>();
        List<Long> everyone = new ArrayList<>();
        for (int g = 1; g <= 3; g++) {
            Set<String> members = new HashSet<>();
            int size = 3 + random.nextInt(10);
            for (int m = 0; m < size; m++) {
                long n = randomMobile(random);
                members.add(Long.toString(n));
                everyone.add(n);
            }
            groups.add(new Group(g, "group " + g, members));
        }
        List<PlaybackRule> rules = new ArrayList<>();
        for (int r = 1; r <= 10; r++) {
            Target target;
            if (random.nextBoolean()) {
                target = new Target.InGroup(1 + random.nextInt(3));
            } else {
                Set<String> callers = new HashSet<>();
                int size = 1 + random.nextInt(3);
                for (int c = 0; c < size; c++) {
                    long n = random.nextInt(3) == 0 ? everyone.get(random.nextInt(everyone.size())) : randomMobile(random);
                    callers.add(Long.toString(n));
                    everyone.add(n);
                }
                target = new Target.Callers(callers);
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (random.nextInt(10) < 3) for (int d = 1 + random.nextInt(5); d > 0; d--) days.add(DayOfWeek.of(1 + random.nextInt(7)));
            Optional<TimeWindow> window = Optional.empty();
            if (random.nextInt(10) < 4) {
                int from = random.nextInt(24), to = (from + 1 + random.nextInt(23)) % 24; // some cross midnight
                window = Optional.of(new TimeWindow(LocalTime.of(from, 0), LocalTime.of(to, 0)));
            }
            List<Long> tones = new ArrayList<>();
            int count = random.nextInt(10) < 3 ? 2 + random.nextInt(4) : 1;
            for (int t = 0; t < count; t++) tones.add(1L + random.nextInt(100_000));
            rules.add(new PlaybackRule(r, target, days, window, java.util.Optional.empty(), tones));
        }
        for (int k = 0; k < KNOWN_PER_RULED; k++) known[ruledIndex * KNOWN_PER_RULED + k] = everyone.get(random.nextInt(everyone.size()));
        OptionalLong defaultTone = random.nextInt(10) < 9 ? OptionalLong.of(1 + random.nextInt(100_000)) : OptionalLong.empty();
        return new SubscriberPlan(phone, true, defaultTone, groups, rules);
    }

    static long randomMobile(SplittableRandom random) {
        return 9_000_000_000L + random.nextLong(1_000_000_000L);
    }

    static PhoneNumber phone(long digits) {
        return new PhoneNumber(Long.toString(digits));
    }

}
