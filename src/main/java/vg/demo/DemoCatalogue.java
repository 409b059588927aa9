package vg.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.catalogue.CatalogueDao;
import vg.catalogue.Theme;
import vg.catalogue.ToneDetails;
import vg.catalogue.ToneKind;
import vg.common.ApiException;
import vg.common.Money;
import vg.editor.ToneUploads;

/** Fills an empty catalogue from media-samples/: the same upload path an editor uses, published when transcoded. */
public final class DemoCatalogue {
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    public static final String METADATA_FILE = "catalogue.json";

    record Sample(String file, String title, String artist, String theme, String kind, long price, String tags,
                  String licence, String source) {
    }

    record Samples(List<Theme> themes, List<Sample> tones) {
    }

    private final Path samplesDir;
    private final CatalogueDao dao;
    private final ToneUploads uploads;

    public DemoCatalogue(Path samplesDir, CatalogueDao dao, ToneUploads uploads) {
        this.samplesDir = samplesDir;
        this.dao = dao;
        this.uploads = uploads;
    }

    /** Loads the samples if the catalogue has never had a tone; returns how many were queued. */
    public int loadIfEmpty() {
        if (dao.countTones() > 0) return 0;
        Path metadata = samplesDir.resolve(METADATA_FILE);
        if (!Files.isRegularFile(metadata)) {
            log.warn("VG_DEMO is on but {} is missing; the catalogue starts empty", metadata.toAbsolutePath());
            return 0;
        }
        Samples samples = read(metadata);
        samples.themes().forEach(dao::upsertTheme);
        int queued = 0;
        for (Sample s : samples.tones()) {
            ToneDetails details = new ToneDetails(s.title(), s.artist(), s.theme(),
                    ToneKind.parse(s.kind()).orElseThrow(() -> new IllegalStateException("bad kind in " + s.file())),
                    Money.kopecks(s.price()), s.tags() == null ? "" : s.tags());
            Path file = samplesDir.resolve(s.file()).normalize();
            if (!file.startsWith(samplesDir.normalize())) throw new IllegalStateException("sample outside its folder: " + s.file());
            try (InputStream in = Files.newInputStream(file)) {
                uploads.upload(details, file.getFileName().toString(), in, true);
                queued++;
            } catch (IOException | ApiException e) {
                log.warn("demo sample {} was not loaded: {}", s.file(), e.getMessage());
            }
        }
        log.info("demo catalogue: {} tones queued for transcoding", queued);
        return queued;
    }

    private static Samples read(Path metadata) {
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(metadata.toFile(), Samples.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + metadata, e);
        }
    }
}
