package vg.media;

import java.nio.file.Path;
import java.util.function.IntConsumer;

/** The work {@link TranscodeJobs} runs per job; {@link Transcoder} is the real one. */
@FunctionalInterface
public interface TranscodeFunction {
    TranscodeResult transcode(Path source, SourceInfo info, Path networkWav, Path previewMp3,
                              IntConsumer progressPercent) throws TranscodeFailed;
}
