package vg.batches;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vg.catalogue.CatalogueService;
import vg.catalogue.Tone;
import vg.catalogue.ToneDetails;
import vg.catalogue.ToneStatus;
import vg.common.ApiException;
import vg.common.ToneId;
import vg.editor.EditorAction;
import vg.editor.EditorAudit;
import vg.editor.ToneUploads;
import vg.editor.UploadForm;
import vg.media.MediaFiles;

/**
 * Takes an editor's ZIP in: unpacks and checks it whole, then makes each row of its manifest a tone as a single upload
 * would (probed, recorded as processing, queued for its transcode). A row whose fields or audio are bad fails alone
 * with its reason and leaves no tone; a file the manifest does not list, or a row naming no file in the ZIP, fails so
 * too. A ZIP refused whole leaves nothing at all.
 */
public final class BatchUploads {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchUploads.class);

    private final BatchDao dao;
    private final ToneUploads uploads;
    private final CatalogueService catalogue;
    private final EditorAudit audit;
    private final MediaFiles media;
    private final BatchLimits limits;
    private final Clock clock;

    public BatchUploads(org.jdbi.v3.core.Jdbi jdbi, ToneUploads uploads, CatalogueService catalogue, EditorAudit audit,
                        MediaFiles media, BatchLimits limits, Clock clock) {
        this.dao = new BatchDao(jdbi);
        this.uploads = uploads;
        this.catalogue = catalogue;
        this.audit = audit;
        this.media = media;
        this.limits = limits;
        this.clock = clock;
    }

    public BatchLimits limits() {
        return limits;
    }

    /** Reads the ZIP at {@code zip} (the caller's file, left in place) and returns the batch as it stands. */
    public BatchView accept(Path zip, String from) {
        Path work = media.newWorkFolder();
        try {
            BatchArchive.Contents contents = new BatchArchive(limits).unpack(zip, work);
            List<Manifest.Row> rows = Manifest.parse(contents.manifest().name(), Files.readAllBytes(contents.manifest().file()),
                    limits.maxFiles());
            long batch = dao.create(clock.millis());
            int position = 0;
            Map<String, BatchArchive.Unpacked> byName = new HashMap<>();
            contents.files().forEach(f -> byName.put(f.name().toLowerCase(Locale.ROOT), f));
            Set<String> listed = new HashSet<>();
            for (Manifest.Row row : rows) {
                String key = lookupKey(row.file());
                BatchArchive.Unpacked file = byName.get(key);
                position++;
                if (file == null) {
                    dao.add(batch, position, row.file(), Optional.empty(), Optional.of("The ZIP has no file «"
                            + EntryNames.printable(row.file()) + "» (manifest row " + row.number() + ")."));
                } else if (!listed.add(key)) {
                    dao.add(batch, position, row.file(), Optional.empty(), Optional.of("The manifest lists «"
                            + EntryNames.printable(row.file()) + "» twice; row " + row.number() + " is not taken."));
                } else {
                    add(batch, position, row, file, from);
                }
            }
            for (BatchArchive.Unpacked file : contents.files()) {
                if (listed.contains(file.name().toLowerCase(Locale.ROOT))) continue;
                dao.add(batch, ++position, file.name(), Optional.empty(), Optional.of("The manifest does not list this file."));
            }
            return view(batch).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack a batch", e);
        } finally {
            media.deleteWorkFolder(work);
        }
    }

    /**
     * A row's file as the ZIP's names are kept. The batch exists by now, so a row naming a hostile path must not throw
     * as a hostile entry does: no entry has such a name, and the row fails as naming no file.
     */
    private static String lookupKey(String file) {
        try {
            return EntryNames.normalised(file).orElse(file).toLowerCase(Locale.ROOT);
        } catch (ApiException hostileName) {
            return "";
        }
    }

    private void add(long batch, int position, Manifest.Row row, BatchArchive.Unpacked file, String from) throws IOException {
        try {
            ToneDetails details = UploadForm.details(row::field);
            ToneId id;
            try (InputStream content = Files.newInputStream(file.file())) {
                id = uploads.upload(details, file.name(), content, false);
            }
            audit.record(EditorAction.UPLOAD, Optional.of(id), from);
            dao.add(batch, position, file.name(), Optional.of(id), Optional.empty());
        } catch (ApiException refused) {
            dao.add(batch, position, file.name(), Optional.empty(), Optional.of(refused.getMessage()));
        } catch (IOException | RuntimeException broke) {
            // the batch is under way: one file that vg itself could not take (a full disk, say) fails alone
            log.error("batch {}: could not take {}", batch, file.name(), broke);
            dao.add(batch, position, file.name(), Optional.empty(), Optional.of("vg could not take this file: " + broke.getMessage()));
        }
    }

    /** The batch as it stands now; empty when there is no such batch. */
    public Optional<BatchView> view(long batch) {
        return dao.items(batch).map(items -> {
            List<BatchView.File> files = new ArrayList<>(items.size());
            long sum = 0;
            boolean done = true;
            Map<ToneId, Tone> tones = catalogue.tones(items.stream().flatMap(i -> i.toneId().stream()).toList());
            for (BatchDao.Item item : items) {
                BatchView.File f = item.toneId().map(tones::get).map(tone -> fileOf(item, tone))
                        .orElseGet(() -> new BatchView.File(item.file(), null, ToneStatus.FAILED.code(), 0, item.error().orElse(null), null));
                boolean processing = f.status().equals(ToneStatus.PROCESSING.code());
                done &= !processing;
                sum += processing ? f.progress() : 100;
                files.add(f);
            }
            int progress = files.isEmpty() ? 100 : (int) (sum / files.size());
            return new BatchView(batch, progress, done, List.copyOf(files));
        });
    }

    private BatchView.File fileOf(BatchDao.Item item, Tone tone) {
        return new BatchView.File(item.file(), tone.id().value(), tone.status().code(), uploads.progressOf(tone), tone.error().orElse(null),
                tone.duplicateOf().map(ToneId::value).orElse(null));
    }
}
