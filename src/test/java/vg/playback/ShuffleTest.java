package vg.playback;

import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static vg.playback.Fixture.ALL_PLAYABLE;
import static vg.playback.Fixture.DAD;
import static vg.playback.Fixture.MUM;
import static vg.playback.Fixture.allBut;
import static vg.playback.Fixture.at;
import static vg.playback.Fixture.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShuffleTest {
    static final LocalDateTime WED_19 = at(WEDNESDAY, "19:00");
    final PlaybackDecider decider = new PlaybackDecider();

    static CompiledPlan shuffling(Long... tones) {
        return plan(99L, PlaybackRule.always(1, Target.callers(MUM, DAD), tones));
    }

    List<Long> calls(CompiledPlan plan, int n) {
        List<Long> heard = new ArrayList<>();
        for (int i = 0; i < n; i++) heard.add(decider.decide(plan, MUM, WED_19, ALL_PLAYABLE).orElseThrow());
        return heard;
    }

    static void assertNoToneTwiceInARow(List<Long> heard) {
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)).as("call %d", i).isNotEqualTo(heard.get(i - 1));
        }
    }

    @Test
    void withTwoTonesNoToneRepeatsBackToBackOverAThousandCallsAndBothPlay() {
        List<Long> heard = calls(shuffling(1L, 2L), 1000);
        assertNoToneTwiceInARow(heard);
        assertThat(new HashSet<>(heard)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void withFiveTonesNoToneRepeatsBackToBackOverAThousandCallsAndEveryTonePlays() {
        List<Long> heard = calls(shuffling(1L, 2L, 3L, 4L, 5L), 1000);
        assertNoToneTwiceInARow(heard);
        assertThat(new HashSet<>(heard)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void withFiveTonesTheOrderIsNotAFixedRotation() {
        List<Long> heard = calls(shuffling(1L, 2L, 3L, 4L, 5L), 1000);
        Set<List<Long>> triples = new HashSet<>();
        for (int i = 2; i < heard.size(); i++) triples.add(List.of(heard.get(i - 2), heard.get(i - 1), heard.get(i)));
        assertThat(triples).hasSizeGreaterThan(20); // a rotation would give 5
    }

    @Test
    void theShuffleIsTheSameForEveryCallerOfTheRuleAndStillNeverRepeats() {
        CompiledPlan plan = shuffling(1L, 2L, 3L);
        List<Long> heard = new ArrayList<>();
        for (int i = 0; i < 1000; i++) heard.add(decider.decide(plan, i % 2 == 0 ? MUM : DAD, WED_19, ALL_PLAYABLE).orElseThrow());
        assertNoToneTwiceInARow(heard);
    }

    @Test
    void withOnlyOnePlayableToneLeftTheShufflePlaysItEveryTime() {
        CompiledPlan plan = shuffling(1L, 2L, 3L);
        for (int i = 0; i < 10; i++) decider.decide(plan, MUM, WED_19, ALL_PLAYABLE);
        for (int i = 0; i < 10; i++) assertThat(decider.decide(plan, MUM, WED_19, allBut(1, 3))).hasValue(2);
    }

    @Test
    void afterTonesAreWithdrawnTheRemainingOnesStillNeverRepeat() {
        CompiledPlan plan = shuffling(1L, 2L, 3L, 4L);
        List<Long> heard = calls(plan, 10);
        for (int i = 0; i < 200; i++) heard.add(decider.decide(plan, MUM, WED_19, allBut(4)).orElseThrow());
        assertNoToneTwiceInARow(heard);
        assertThat(heard.subList(10, heard.size())).doesNotContain(4L);
    }

    @Test
    void aToneListedTwiceInARuleCountsOnce() {
        assertNoToneTwiceInARow(calls(shuffling(1L, 2L, 1L), 200));
    }

    @Test
    void aSeededGeneratorGivesARepeatableShuffle() {
        PlaybackDecider seeded1 = new PlaybackDecider(new SeededPerThread(7)::get);
        PlaybackDecider seeded2 = new PlaybackDecider(new SeededPerThread(7)::get);
        CompiledPlan a = shuffling(1L, 2L, 3L, 4L, 5L);
        CompiledPlan b = shuffling(1L, 2L, 3L, 4L, 5L);
        for (int i = 0; i < 100; i++) {
            assertThat(seeded1.decide(a, MUM, WED_19, ALL_PLAYABLE)).isEqualTo(seeded2.decide(b, MUM, WED_19, ALL_PLAYABLE));
        }
    }

    /**
     * Every successful pick moves the rule's "last tone" from one tone to another, so with two tones the picks
     * across all threads alternate strictly and the two counts can differ by at most one.
     */
    @Test
    void concurrentCallsNeverBreakTheAlternationOfTwoTones() throws Exception {
        CompiledPlan plan = shuffling(1L, 2L);
        int threads = 8, perThread = 20_000;
        AtomicLong ones = new AtomicLong(), twos = new AtomicLong();
        runConcurrently(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                long tone = decider.decide(plan, MUM, WED_19, ALL_PLAYABLE).orElseThrow();
                (tone == 1 ? ones : twos).incrementAndGet();
            }
        });
        assertThat(ones.get() + twos.get()).isEqualTo((long) threads * perThread);
        assertThat(Math.abs(ones.get() - twos.get())).isLessThanOrEqualTo(1);
    }

    @Test
    void concurrentCallsWithFiveTonesPlayOnlyTheRulesTonesAndAllOfThem() throws Exception {
        CompiledPlan plan = shuffling(1L, 2L, 3L, 4L, 5L);
        Set<Long> heard = ConcurrentHashMap.newKeySet();
        runConcurrently(8, () -> {
            for (int i = 0; i < 20_000; i++) heard.add(decider.decide(plan, i % 2 == 0 ? MUM : DAD, WED_19, ALL_PLAYABLE).orElseThrow());
        });
        assertThat(heard).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 5).boxed().toList());
    }

    static void runConcurrently(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A test's own seeded generator; single-threaded use only. */
    record SeededPerThread(SplittableRandom random) {
        SeededPerThread(long seed) {
            this(new SplittableRandom(seed));
        }

        SplittableRandom get() {
            return random;
        }
    }
}
