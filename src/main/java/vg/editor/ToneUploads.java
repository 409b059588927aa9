package vg.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.catalogue.CatalogueDao;
import vg.catalogue.CatalogueService;
import vg.catalogue.Tone;
import vg.catalogue.ToneDetails;
import vg.catalogue.ToneStatus;
import vg.common.ApiException;
import vg.common.ToneId;
import vg.media.AudioProbe;
import vg.media.MediaFiles;
import vg.media.MediaRejected;
import vg.media.SourceInfo;
import vg.media.TranscodeJobs;
import vg.media.TranscodeListener;
import vg.media.TranscodeResult;

/**
 * Takes an uploaded file in: probes it, records the tone as processing and queues the transcode.
 * What is refused leaves nothing behind; what the transcoder fails on is marked failed with its files removed.
 */
public final class ToneUploads implements TranscodeListener {
    private static final Logger log = LoggerFactory.getLogger(ToneUploads.class);

    private final CatalogueDao dao;
    private final CatalogueService catalogue;
    private final MediaFiles media;
    private final AudioProbe probe;
    private final Clock clock;
    private TranscodeJobs jobs;

    public ToneUploads(CatalogueDao dao, CatalogueService catalogue, MediaFiles media, AudioProbe probe, Clock clock) {
        this.dao = dao;
        this.catalogue = catalogue;
        this.media = media;
        this.probe = probe;
        this.clock = clock;
    }

    /** The jobs call back into this object, so they are attached after both exist. */
    public void attach(TranscodeJobs jobs) {
        this.jobs = jobs;
    }

    public ToneId upload(ToneDetails details, String fileName, InputStream content, boolean publishWhenReady) {
        catalogue.requireTheme(details.themeId());
        Path temp = media.newUploadTemp();
        try {
            try (content) {
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(temp) == 0) throw new ApiException(422, "empty_file", "The file is empty.");
            SourceInfo info = probeOrRefuse(temp);
            var source = new Tone.SourceAudio(UploadForm.safeFileName(fileName), info.format(), info.codec(), info.durationMs(), null);
            ToneId id = dao.insertProcessing(details, source, publishWhenReady, clock.millis());
            try {
                Files.move(temp, media.sourceFile(id.value()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                jobs.submit(id.value(), media.sourceFile(id.value()), info, media.networkFile(id.value()), media.previewFile(id.value()));
            } catch (IOException | RuntimeException e) {
                failed(id.value(), "could not queue the transcode: " + e.getMessage());
                throw e;
            }
            return id;
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the upload", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private SourceInfo probeOrRefuse(Path file) {
        try {
            return probe.probe(file);
        } catch (MediaRejected e) {
            throw new ApiException(e.status(), e.code(), e.getMessage());
        }
    }

    /** A transcode cut short by a crash or restart is done again from its kept source, or failed if that is gone. */
    public int resumeInterrupted() {
        int resumed = 0;
        for (ToneId id : dao.processingHere()) {
            Path source = media.sourceFile(id.value());
            try {
                SourceInfo info = probe.probe(source);
                jobs.submit(id.value(), source, info, media.networkFile(id.value()), media.previewFile(id.value()));
                resumed++;
            } catch (MediaRejected | RuntimeException e) {
                failed(id.value(), "the transcode was interrupted and its source could not be read again");
            }
        }
        return resumed;
    }

    /** How far the tone is, 0 to 100: its transcode's own percent while processing, 0 once failed, 100 once made. */
    public int progressOf(Tone tone) {
        return switch (tone.status()) {
            case PROCESSING -> jobs.progress(tone.id().value()).orElse(0);
            case FAILED -> 0;
            default -> 100;
        };
    }


    @Override
    public void succeeded(long toneId, TranscodeResult result) {
        ToneId id = ToneId.of(toneId);
        boolean publish = dao.markReady(id, result.durationMs(), result.sourceLoudnessLufs(), result.loudnessLufs(), result.audioHash(), clock.millis());
        if (publish) catalogue.publish(id);
    }

    @Override
    public void failed(long toneId, String reason) {
        log.warn("transcoding tone {} failed: {}", toneId, reason);
        dao.markFailed(ToneId.of(toneId), reason, clock.millis());
        media.deleteAll(toneId);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is cleared at the next start
        }
    }
}
