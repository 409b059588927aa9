package vg.playback;

import java.util.OptionalLong;

/** What a call was given and why: the level that decided, the rule (0 for the default and for beeps) and the tone (0 for beeps). */
public record Decision(Level level, long ruleId, long toneId) {
    static final Decision BEEPS = new Decision(Level.NONE, 0, 0);

    public OptionalLong tone() {
        return toneId == 0 ? OptionalLong.empty() : OptionalLong.of(toneId);
    }
}
