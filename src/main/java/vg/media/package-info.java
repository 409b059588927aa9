/**
 * Uploaded audio in, ringback tone files out, with the bundled ffmpeg of jave (4.4.1) or the one
 * {@code VG_FFMPEG} names ({@link vg.media.Ffmpeg}); every run is killed past its limit.
 *
 * <ul>
 *   <li>{@link vg.media.AudioProbe}: one ffmpeg run reads the header and decodes the last second.
 *       Takes MP3, WAV (PCM), OGG (Vorbis, Opus), FLAC, M4A (AAC); a container with video is taken for
 *       its first audio stream (music videos, MP3 cover art). Refuses with 415
 *       {@code unsupported_media} (not audio, no sound, other formats) or 422 {@code undecodable_audio}
 *       (empty, no length, cut short or damaged).</li>
 *   <li>{@link vg.media.Transcoder}: one ffmpeg run, one decode of at most the first 45 s, two outputs
 *       (network A-law WAV and MP3 preview), loudness measured in the same run by two ebur128 meters.
 *       Loudness target {@link vg.media.ToneFormat#TARGET_LUFS} (EBU R128 loudnorm, I=-16 LUFS,
 *       TP=-1.5 dBTP, LRA=11 LU). The source loudness is that of the part used (first 45 s, before
 *       downmix); a silent source fails the job.</li>
 *   <li>{@link vg.media.TranscodeJobs}: bounded FIFO queue of jobs, atomic placement of both files.</li>
 *   <li>{@link vg.media.MediaFiles}: the on-disk layout under {@code VG_DATA/media}.</li>
 * </ul>
 */
package vg.media;
