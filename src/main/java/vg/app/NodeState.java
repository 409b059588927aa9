package vg.app;

import vg.catalogue.CatalogueService;
import vg.cluster.FollowedState;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.playback.PlanCache;

/** What this node holds of the shared database, as the change feed's follower keeps it: plans and the index. */
final class NodeState implements FollowedState {
    private final PlanCache plans;
    private final CatalogueService catalogue;

    NodeState(PlanCache plans, CatalogueService catalogue) {
        this.plans = plans;
        this.catalogue = catalogue;
    }

    @Override
    public void planChanged(String phone) {
        PhoneNumber.parse(phone).ifPresent(plans::remove);
    }

    @Override
    public void toneChanged(long toneId, long seq) {
        catalogue.followed(ToneId.of(toneId));
    }

    @Override
    public void followedUpTo(long seq) {
        catalogue.followedUpTo(seq);
    }

    @Override
    public void rebuild(long seq) {
        plans.clear();
        catalogue.reindexAll(seq);
    }
}
