package vg.playback;

import java.util.concurrent.ConcurrentHashMap;
import vg.common.PhoneNumber;

/**
 * The compiled plans of all subscribers, by phone. The app puts a subscriber's plan again after every change
 * in the cabinet, so the next call decides by the new plan. Subscribers without an active service are not held:
 * absence already means ordinary beeps.
 */
public final class PlanCache {
    private final ConcurrentHashMap<Long, CompiledPlan> plans;

    public PlanCache() {
        this(16);
    }

    public PlanCache(int expectedSubscribers) {
        plans = new ConcurrentHashMap<>(expectedSubscribers);
    }

    /** Compiles and installs the plan, replacing whatever the subscriber had (the shuffle starts afresh). */
    public void put(SubscriberPlan plan) {
        CompiledPlan compiled = PlanCompiler.compile(plan);
        long key = CallerKey.of(plan.phone());
        if (compiled == CompiledPlan.NONE) plans.remove(key);
        else plans.put(key, compiled);
    }

    public void remove(PhoneNumber phone) {
        plans.remove(CallerKey.of(phone));
    }

    /** The callee's plan, or {@link CompiledPlan#NONE} when the number has no active service. */
    public CompiledPlan get(String calleeDigits) {
        long key = CallerKey.of(calleeDigits);
        if (key == CallerKey.NONE) return CompiledPlan.NONE;
        CompiledPlan plan = plans.get(key);
        return plan == null ? CompiledPlan.NONE : plan;
    }

    public int size() {
        return plans.size();
    }
}
