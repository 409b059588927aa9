package vg.cluster;

/** One row of the change feed: number {@code seq} (gap-free, in commit order), made by {@code node}. */
public record Change(long seq, ChangeKind kind, String subject, String node, long at) {
}
