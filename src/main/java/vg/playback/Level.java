package vg.playback;

/** What decided a call, most specific first; the order of the constants is the priority order. */
public enum Level {
    TIMED_CALLER,
    TIMED_GROUP,
    CALLER,
    GROUP,
    DEFAULT,
    NONE
}
