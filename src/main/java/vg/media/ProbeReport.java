package vg.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the probe run of ffmpeg says on stderr: the input's container, duration and first audio
 * stream, and how much of the tail it managed to decode. Fed line by line; not thread-safe.
 */
final class ProbeReport {
    private static final Pattern INPUT = Pattern.compile("^Input #0, (.+?), from '");
    private static final Pattern DURATION = Pattern.compile("^\\s+Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern AUDIO_STREAM = Pattern.compile("^\\s+Stream #0:\\d+\\S*: Audio: (\\w+)(.*)$");
    private static final Pattern VIDEO_STREAM = Pattern.compile("^\\s+Stream #0:\\d+\\S*: Video: ");
    private static final Pattern RATE_AND_LAYOUT = Pattern.compile(", (\\d+) Hz, ([^,]+)");
    private static final Pattern PROGRESS_KEY = Pattern.compile("^\\w+=");
    private static final String OUT_TIME = "out_time_us=";

    /** What an audio stream line said. */
    record AudioStream(String codec, int sampleRate, int channels) {}

    private boolean inInputSection;
    private String format;
    private Long durationMs;
    private AudioStream audio;
    private boolean hasVideo;
    private long decodedTailMs;
    private String lastMessage;

    void accept(String line) {
        Matcher input = INPUT.matcher(line);
        if (input.find()) {
            format = input.group(1);
            inInputSection = true;
            return;
        }
        if (line.startsWith(OUT_TIME)) {
            readOutTime(line.substring(OUT_TIME.length()));
            return;
        }
        if (!line.startsWith(" ")) {
            inInputSection = false;
            if (!isProgressLine(line)) lastMessage = line;
            return;
        }
        if (inInputSection) readInputDetail(line);
    }

    private void readInputDetail(String line) {
        Matcher duration = DURATION.matcher(line);
        if (duration.find()) {
            durationMs = Math.round((Long.parseLong(duration.group(1)) * 3600
                    + Long.parseLong(duration.group(2)) * 60
                    + Double.parseDouble(duration.group(3))) * 1000);
            return;
        }
        Matcher stream = AUDIO_STREAM.matcher(line);
        if (stream.find()) {
            if (audio == null) audio = audioStream(stream.group(1), stream.group(2));
            return;
        }
        if (VIDEO_STREAM.matcher(line).find()) hasVideo = true;
    }

    private static AudioStream audioStream(String codec, String details) {
        Matcher m = RATE_AND_LAYOUT.matcher(details);
        if (!m.find()) return new AudioStream(codec, 0, 0);
        return new AudioStream(codec, Integer.parseInt(m.group(1)), ChannelLayouts.count(m.group(2)));
    }

    private void readOutTime(String value) {
        try {
            decodedTailMs = Math.max(decodedTailMs, Long.parseLong(value.trim()) / 1000);
        } catch (NumberFormatException notANumberYet) {
            // ffmpeg prints N/A before the first frame
        }
    }

    private static boolean isProgressLine(String line) {
        return PROGRESS_KEY.matcher(line).find();
    }

    /** The demuxer name, e.g. "mp3" or "mov,mp4,m4a,3gp,3g2,mj2"; empty when ffmpeg did not recognise the input. */
    Optional<String> format() {
        return Optional.ofNullable(format);
    }

    Optional<Long> durationMs() {
        return Optional.ofNullable(durationMs);
    }

    Optional<AudioStream> audio() {
        return Optional.ofNullable(audio);
    }

    boolean hasVideo() {
        return hasVideo;
    }

    long decodedTailMs() {
        return decodedTailMs;
    }

    /** The last thing ffmpeg said that was not progress, usually the error. */
    Optional<String> lastMessage() {
        return Optional.ofNullable(lastMessage);
    }
}
