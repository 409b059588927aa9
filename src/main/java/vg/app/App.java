package vg.app;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.catalogue.CatalogueDao;
import vg.catalogue.CatalogueRoutes;
import vg.catalogue.CatalogueService;
import vg.common.PasswordHasher;
import vg.common.Secrets;
import vg.db.Database;
import vg.demo.DemoCatalogue;
import vg.editor.EditorAccounts;
import vg.editor.EditorRoutes;
import vg.editor.ToneUploads;
import vg.media.AudioProbe;
import vg.media.MediaFiles;
import vg.media.TranscodeJobs;
import vg.media.Transcoder;
import vg.search.ToneIndex;
import vg.web.GatewayToken;
import vg.web.WebServer;

/** The composition root: builds every part once, in order, and tears them down in reverse. */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);
    static final int PASSWORD_HASH_COST = 11;

    /** What a person must be told after start: secrets made just now (shown once) and where vg listens. */
    public record Started(int port, Optional<String> generatedEditorPassword, GatewayToken gatewayToken, int demoTonesQueued) {
    }

    private final Database database;
    private final ToneIndex index;
    private final TranscodeJobs jobs;
    private final Javalin web;
    private final ExecutorService background;
    private final Started started;
    private final CatalogueService catalogue;

    private App(Config config, Clock clock) {
        database = Database.open(config.dataDir());
        var secrets = new Secrets(new SecureRandom());
        var meta = new MetaDao(database.jdbi());
        var media = new MediaFiles(config.dataDir());
        media.clearTemp();

        var catalogueDao = new CatalogueDao(database.jdbi());
        index = ToneIndex.open(config.dataDir().resolve("index"), catalogueDao.generation(),
                () -> CatalogueService.allPublished(catalogueDao).stream());
        if (index.wasRebuilt()) log.info("search index rebuilt from the database: {} tones", index.size());
        catalogue = new CatalogueService(catalogueDao, index, clock);

        var editors = new EditorAccounts(database.jdbi(), new PasswordHasher(PASSWORD_HASH_COST), secrets, clock);
        Optional<String> editorPassword = editors.ensureEditor(config.editorPassword());
        GatewayToken gatewayToken = GatewayTokens.resolve(config, meta, secrets);

        var uploads = new ToneUploads(catalogueDao, catalogue, media, new AudioProbe(), clock);
        jobs = new TranscodeJobs(config.transcodeJobs(), new Transcoder(), uploads);
        uploads.attach(jobs);
        int resumed = uploads.resumeInterrupted();
        if (resumed > 0) log.info("{} interrupted transcodes queued again", resumed);

        web = WebServer.create(List.of(
                new vg.web.HealthRoutes(),
                new CatalogueRoutes(catalogue, media),
                new EditorRoutes(editors, catalogue, uploads, media)));
        web.start(config.port());

        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vg-demo-loader");
            t.setDaemon(true);
            return t;
        });
        int demoQueued = 0;
        if (config.demo() && catalogueDao.countTones() == 0) {
            var demo = new DemoCatalogue(config.samplesDir(), catalogueDao, uploads);
            background.submit(demo::loadIfEmpty);
            demoQueued = -1;
        }
        started = new Started(web.port(), editorPassword, gatewayToken, demoQueued);
    }

    public static App start(Config config, Clock clock) {
        return new App(config, clock);
    }

    public Started started() {
        return started;
    }

    public int port() {
        return web.port();
    }

    public Database database() {
        return database;
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    /** Waits for the demo loader to have queued its samples (tests and the benchmark use it). */
    public void awaitBackgroundWork(long timeoutMillis) throws InterruptedException {
        background.shutdown();
        background.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        web.stop();
        background.shutdownNow();
        jobs.close();
        index.close();
    }

}
