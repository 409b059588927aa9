package vg.subscriber;

import org.jdbi.v3.core.Handle;
import vg.common.PhoneNumber;

/**
 * Anything that changes what a subscriber's callers hear is recorded in the change's own transaction (as its last
 * write) and announced after the commit, so the next call on this node and on every other decides by the new plan.
 */
public interface PlanChanges {
    void record(Handle h, PhoneNumber phone);

    void changed(PhoneNumber phone);
}
