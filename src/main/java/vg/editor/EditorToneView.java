package vg.editor;

import org.jspecify.annotations.Nullable;
import vg.catalogue.Tone;
import vg.common.ToneId;

/**
 * A tone as the editor's desk sees it: its state, its progress, and what was measured of its audio; {@code theme} is
 * the theme's id and {@code themeName} its Russian name; {@code duplicateOf} is the first earlier tone with the same audio.
 */
public record EditorToneView(long id, String title, String artist, String theme, String themeName, String kind, long price,
                             String tags,
                             String status, int progress, @Nullable String error, @Nullable Integer durationSec,
                             @Nullable String sourceName, @Nullable String sourceFormat, @Nullable String sourceCodec,
                             @Nullable Long sourceDurationMs, @Nullable Double sourceLoudness,
                             @Nullable Double loudness, long createdAt, @Nullable Long publishedAt,
                             @Nullable String previewUrl, @Nullable String waveformUrl, @Nullable Long duplicateOf) {

    static EditorToneView of(Tone t, String themeName, int progress) {
        var d = t.details();
        var src = t.source();
        return new EditorToneView(t.id().value(), d.title(), d.artist(), d.themeId(), themeName, d.kind().code(), d.price().kopecks(),
                d.tags(), t.status().code(), progress, t.error().orElse(null), t.durationMs().map(ms -> t.durationSec()).orElse(null),
                src.map(Tone.SourceAudio::name).orElse(null), src.map(Tone.SourceAudio::format).orElse(null),
                src.map(Tone.SourceAudio::codec).orElse(null), src.map(Tone.SourceAudio::durationMs).orElse(null),
                src.map(Tone.SourceAudio::loudness).orElse(null), t.loudness().orElse(null), t.createdAt(),
                t.publishedAt().orElse(null), t.durationMs().isPresent() ? "/api/editor/tones/" + t.id() + "/preview.mp3" : null,
                t.durationMs().isPresent() ? "/api/editor/tones/" + t.id() + "/waveform.png" : null,
                t.duplicateOf().map(ToneId::value).orElse(null));
    }
}
