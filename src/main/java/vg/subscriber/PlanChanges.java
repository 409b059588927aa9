package vg.subscriber;

import vg.common.PhoneNumber;

/** Told after anything that changes what a subscriber's callers hear, so the next call sees it. */
@FunctionalInterface
public interface PlanChanges {
    void changed(PhoneNumber phone);
}
