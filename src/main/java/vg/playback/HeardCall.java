package vg.playback;

/** One call whose caller heard a tone instead of beeps; {@code at} in epoch milliseconds. */
public record HeardCall(String callId, String caller, String callee, long toneId, long at) {
}
