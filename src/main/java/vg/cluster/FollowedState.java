package vg.cluster;

/** What a node holds of the database and must keep up with: its plan cache and its search index. */
public interface FollowedState {
    /** A subscriber's plan changed: the next call must decide by the new one. */
    void planChanged(String phone);

    /** A tone changed; {@code seq} is its change's number. */
    void toneChanged(long toneId, long seq);

    /** Every change up to {@code seq} is applied. */
    void followedUpTo(long seq);

    /** The feed no longer holds what this node missed: throw away what it holds and read it afresh, up to {@code seq}. */
    void rebuild(long seq);
}
