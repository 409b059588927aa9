package vg.media;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns ffmpeg's channel layout words ("stereo", "5.1(side)", "3 channels") into a channel count. */
final class ChannelLayouts {
    private static final Map<String, Integer> NAMED = Map.of(
            "mono", 1, "stereo", 2, "downmix", 2, "quad", 4, "hexagonal", 6, "octagonal", 8, "hexadecagonal", 16);
    private static final Pattern COUNTED = Pattern.compile("(\\d+) channels?");
    private static final Pattern DOTTED = Pattern.compile("(\\d+)\\.(\\d+)");

    private ChannelLayouts() {}

    /** 0 when the words name no layout we know. */
    static int count(String layout) {
        String words = layout.trim().toLowerCase();
        int paren = words.indexOf('(');
        String base = paren >= 0 ? words.substring(0, paren) : words;
        Integer named = NAMED.get(base);
        if (named != null) return named;
        Matcher counted = COUNTED.matcher(words);
        if (counted.matches()) return Integer.parseInt(counted.group(1));
        Matcher dotted = DOTTED.matcher(base);
        if (dotted.matches()) return Integer.parseInt(dotted.group(1)) + Integer.parseInt(dotted.group(2));
        return 0;
    }
}
