package vg.media;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the integrated loudness out of the summaries ffmpeg's named ebur128 filters log at the end:
 * <pre>
 * [ebur128@source @ 0x55d0] Summary:
 *   Integrated loudness:
 *     I:         -24.5 LUFS
 * </pre>
 * The last summary of a name wins: ffmpeg may configure a graph twice, and the first, unused copy
 * logs an empty -70 LUFS summary. Fed line by line; not thread-safe.
 */
final class Ebur128Summaries {
    private static final Pattern SUMMARY = Pattern.compile("^\\[ebur128@(\\w+) @ [^\\]]+\\] Summary:");
    private static final Pattern INTEGRATED = Pattern.compile("^\\s+I:\\s+(-?\\d+(?:\\.\\d+)?) LUFS");

    private final Map<String, Double> integrated = new HashMap<>();
    private String current;

    void accept(String line) {
        Matcher summary = SUMMARY.matcher(line);
        if (summary.find()) {
            current = summary.group(1);
            return;
        }
        if (current == null) return;
        Matcher value = INTEGRATED.matcher(line);
        if (value.find()) {
            integrated.put(current, Double.parseDouble(value.group(1)));
            current = null;
        }
    }

    OptionalDouble integratedLufs(String meterName) {
        Double value = integrated.get(meterName);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
