package vg.playback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.PhoneNumber;

/**
 * Compiled plans by phone, read from the database on a callee's first call and kept in a cache bounded by the heap
 * its plans take (least recently and least frequently used out first), so a node starts at once and its heap stays
 * bounded however many subscribers there are. A number without the service is cached too, as {@link CompiledPlan#NONE}: most callees are
 * not subscribers. After every change the subscriber's entry is dropped, and the next call reads the new plan.
 */
public final class PlanCache {
    private static final Logger log = LoggerFactory.getLogger(PlanCache.class);
    /** The default budget: a million plans of the usual mix (a tenth with rules) fit in it. */
    public static final int DEFAULT_MEGABYTES = 256;

    private final Cache<Long, CompiledPlan> plans;
    private final Function<PhoneNumber, Optional<SubscriberPlan>> source;

    /** A cache filled only by {@link #put}, for the decision core's tests and benchmarks. */
    public PlanCache() {
        this(DEFAULT_MEGABYTES, phone -> Optional.empty());
    }

    /** {@code source} reads one subscriber's plan; empty when the number has no active service. */
    public PlanCache(int megabytes, Function<PhoneNumber, Optional<SubscriberPlan>> source) {
        this.plans = Caffeine.newBuilder().maximumWeight(megabytes * 1024L * 1024L)
                .weigher((Long phone, CompiledPlan plan) -> plan.approximateBytes()).build();
        this.source = source;
    }

    /** Compiles and installs the plan, replacing whatever the subscriber had (the shuffle starts afresh). */
    public void put(SubscriberPlan plan) {
        CompiledPlan compiled = PlanCompiler.compile(plan);
        long key = CallerKey.of(plan.phone());
        if (compiled == CompiledPlan.NONE) plans.invalidate(key);
        else plans.put(key, compiled);
    }

    /**
     * Forgets the subscriber's plan. A read of it in flight finishes first and is dropped too, so the next call reads
     * what was committed before this.
     */
    public void remove(PhoneNumber phone) {
        plans.invalidate(CallerKey.of(phone));
    }

    public void clear() {
        plans.invalidateAll();
    }

    /**
     * The callee's plan, or {@link CompiledPlan#NONE} when the number has no active service. When the database cannot
     * be read the caller hears ordinary beeps rather than an error, and nothing is cached.
     */
    public CompiledPlan get(String calleeDigits) {
        long key = CallerKey.of(calleeDigits);
        if (key == CallerKey.NONE) return CompiledPlan.NONE;
        CompiledPlan cached = plans.getIfPresent(key);
        if (cached != null) return cached;
        try {
            return plans.get(key, k -> source.apply(new PhoneNumber(Long.toString(k)))
                    .map(PlanCompiler::compile).orElse(CompiledPlan.NONE));
        } catch (RuntimeException e) {
            log.warn("cannot read the plan of a callee, playing ordinary beeps: {}", e.toString());
            return CompiledPlan.NONE;
        }
    }

    /** Entries held, numbers without the service included. */
    public long size() {
        plans.cleanUp();
        return plans.asMap().values().stream().filter(p -> p != CompiledPlan.NONE).count();
    }
}
