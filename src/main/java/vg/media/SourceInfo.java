package vg.media;

/**
 * What {@link AudioProbe} learned about an upload.
 *
 * @param format     short container name: mp3, wav, ogg, flac or m4a
 * @param codec      ffmpeg's codec name of the audio stream (mp3, pcm_s16le, vorbis, opus, flac, aac)
 * @param durationMs length of the audio as the container declares it
 */
public record SourceInfo(String format, String codec, long durationMs, int channels, int sampleRate) {}
