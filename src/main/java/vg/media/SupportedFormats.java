package vg.media;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The uploads we take: container (ffmpeg demuxer name) and the audio codecs allowed inside it. */
final class SupportedFormats {
    private record Accepted(String shortName, Set<String> codecs) {}

    private static final Set<String> PCM = Set.of(
            "pcm_s16le", "pcm_s24le", "pcm_s32le", "pcm_f32le", "pcm_f64le", "pcm_u8", "pcm_alaw", "pcm_mulaw");

    private static final Map<String, Accepted> BY_DEMUXER = Map.of(
            "mp3", new Accepted("mp3", Set.of("mp3")),
            "wav", new Accepted("wav", PCM),
            "ogg", new Accepted("ogg", Set.of("vorbis", "opus")),
            "flac", new Accepted("flac", Set.of("flac")),
            "mov,mp4,m4a,3gp,3g2,mj2", new Accepted("m4a", Set.of("aac")));

    private SupportedFormats() {}

    /** The short format name to store, or empty when this container/codec pair is not one we take. */
    static Optional<String> shortName(String demuxer, String codec) {
        Accepted accepted = BY_DEMUXER.get(demuxer);
        if (accepted == null || !accepted.codecs().contains(codec)) return Optional.empty();
        return Optional.of(accepted.shortName());
    }

    static String describe() {
        return "MP3, WAV, OGG (Vorbis or Opus), FLAC or M4A (AAC)";
    }
}
