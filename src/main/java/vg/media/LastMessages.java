package vg.media;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Keeps the last few log lines of ffmpeg that are not progress, to explain a failure. Not thread-safe. */
final class LastMessages {
    private static final Pattern PROGRESS_KEY = Pattern.compile("^\\w+=");
    private static final int KEPT = 5;

    private final Deque<String> lines = new ArrayDeque<>();

    void accept(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || PROGRESS_KEY.matcher(trimmed).find()) return;
        if (lines.size() == KEPT) lines.removeFirst();
        lines.addLast(trimmed);
    }

    /** The most telling line: the last one that reads like an error, else the last one. */
    String reason() {
        return lines.stream()
                .filter(l -> l.toLowerCase().contains("error") || l.toLowerCase().contains("invalid"))
                .reduce((first, second) -> second)
                .orElse(lines.isEmpty() ? "no message" : lines.getLast());
    }
}
