package vg.app;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.batches.BatchLimits;
import vg.batches.BatchRoutes;
import vg.batches.BatchUploads;
import vg.billing.BillingDao;
import vg.billing.BillingRoutes;
import vg.billing.DailyFeeSchedule;
import vg.billing.DailyFees;
import vg.catalogue.CatalogueDao;
import vg.catalogue.CatalogueRoutes;
import vg.catalogue.CatalogueService;
import vg.cluster.ChangeFeed;
import vg.cluster.ChangeWakeups;
import vg.cluster.FeedFollower;
import vg.common.PasswordHasher;
import vg.common.Secrets;
import vg.common.SessionStore;
import vg.common.SwitchDemand;
import vg.common.Times;
import vg.db.Database;
import vg.demo.DemoCatalogue;
import vg.demo.DemoSubscriber;
import vg.editor.EditorAccounts;
import vg.editor.EditorAudit;
import vg.editor.EditorGuard;
import vg.editor.EditorRoutes;
import vg.editor.ToneUploads;
import vg.explain.CallExplainer;
import vg.explain.ExplainRoutes;
import vg.gifts.GiftsDao;
import vg.gifts.GiftsRoutes;
import vg.gifts.GiftsService;
import vg.logins.LoginLimit;
import vg.media.AudioProbe;
import vg.media.Ffmpeg;
import vg.media.MediaFiles;
import vg.media.TranscodeJobs;
import vg.media.Transcoder;
import vg.media.WaveformRenderer;
import vg.metrics.HttpMetrics;
import vg.metrics.JettyMetrics;
import vg.metrics.Metrics;
import vg.metrics.MetricsRoutes;
import vg.mytones.MyTonesDao;
import vg.mytones.MyTonesRoutes;
import vg.mytones.MyTonesService;
import vg.openapi.OpenApiRoutes;
import vg.playback.CallResolver;
import vg.playback.HeardLog;
import vg.playback.HeardRoutes;
import vg.playback.PlanCache;
import vg.playback.PlanLoader;
import vg.playback.PlayableTones;
import vg.playback.Playback;
import vg.playback.PlaybackDecider;
import vg.playback.PlaybackRoutes;
import vg.playback.StarService;
import vg.rules.RulesDao;
import vg.rules.RulesRoutes;
import vg.rules.RulesService;
import vg.search.ToneIndex;
import vg.sms.InboundFromNetwork;
import vg.sms.InboundSmsRoutes;
import vg.sms.OutboxCipher;
import vg.sms.SmsCommands;
import vg.sms.SmsLink;
import vg.sms.SmsLinks;
import vg.sms.SmsOutbox;
import vg.sms.SmsSender;
import vg.subscriber.Logins;
import vg.subscriber.MeRoutes;
import vg.subscriber.OperatorRoutes;
import vg.subscriber.SessionRoutes;
import vg.subscriber.SubscriberAuth;
import vg.subscriber.SubscriberDao;
import vg.subscriber.SubscriberService;
import vg.web.GatewayGuard;
import vg.web.GatewayToken;
import vg.web.HealthRoutes;
import vg.web.ReadyRoutes;
import vg.web.WebServer;

/** The composition root: builds every part once, in order, and tears them down in reverse. */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);
    static final int PASSWORD_HASH_COST = 11;

    /** What a person must be told after start: secrets made just now (shown once) and where vg listens. */
    public record Started(int port, Optional<String> generatedEditorPassword, GatewayToken gatewayToken, boolean demoLoading) {
    }

    private final Database database;
    private final ToneIndex index;
    private final TranscodeJobs jobs;
    private final DailyFeeSchedule feeSchedule;
    private final SmsLink smsLink;
    private final SmsSender smsSender;
    private final HeardLog heard;
    private final Javalin web;
    private final EarlyMedia earlyMedia;
    private final ExecutorService background;
    private final Started started;
    private final FeedFollower follower;
    private final ChangeWakeups wakeups;
    private final Metrics metrics = new Metrics();
    private volatile boolean stopping;
    /** The feed is read this often even without a wake-up, so a lost notification delays a change by at most this. */
    private static final java.time.Duration FEED_POLL = java.time.Duration.ofMillis(300);

    private App(Config config, Clock clock) {
        var cluster = config.cluster();
        String node = cluster.node().value();
        // before the database: a node of a cluster without the shared SMS key must not start at all
        var outboxCipher = OutboxCipher.choose(cluster.smsKey(), cluster.shared(), config.dataDir());
        database = Database.open(cluster.db(), config.dataDir());
        var jdbi = database.jdbi();
        var meters = metrics.registry();
        var secrets = new Secrets(new SecureRandom());
        var switchDemand = new SwitchDemand();
        var hasher = new PasswordHasher(PASSWORD_HASH_COST, switchDemand);
        var times = new Times(config.zone());
        var media = new MediaFiles(cluster.media(), node);
        media.clearTemp();
        GatewayToken gatewayToken = GatewayTokens.resolve(config, new MetaDao(jdbi), secrets);
        var gateway = new GatewayGuard(gatewayToken);

        // the catalogue and what may play
        var feed = new ChangeFeed(jdbi, database.engine(), cluster.node(), clock);
        var catalogueDao = new CatalogueDao(jdbi, feed, database.engine());
        catalogueDao.fillEditorKeys();
        long head = feed.head();
        // an older index is kept while the feed still holds every change after it: the follower catches it up
        index = ToneIndex.open(config.dataDir().resolve("index"), head,
                stored -> stored <= head && feed.holdsEverythingAfter(stored),
                () -> CatalogueService.allPublished(catalogueDao).stream());
        if (index.wasRebuilt() && index.size() > 0) log.info("search index rebuilt from the database: {} tones", index.size());
        var playable = new PlayableTones(catalogueDao.publishedIds());
        var catalogue = new CatalogueService(catalogueDao, index, clock, playable);

        // editors and the media pipeline
        var loginLimit = new LoginLimit(jdbi, clock);
        var editors = new EditorAccounts(jdbi, hasher, secrets, loginLimit, clock);
        Optional<String> editorPassword = editors.ensureEditor(config.editorPassword());
        var ffmpeg = Ffmpeg.of(config.ffmpeg());
        log.info("ffmpeg {}: {}", ffmpeg.executable(), ffmpeg.version());
        var uploads = new ToneUploads(catalogueDao, catalogue, media, new AudioProbe(ffmpeg), clock);
        jobs = new TranscodeJobs(config.transcodeJobs(), new Transcoder(ffmpeg), uploads, node, meters);
        uploads.attach(jobs);
        var editorAudit = new EditorAudit(jdbi, clock);
        var editorGuard = new EditorGuard(editors, editorAudit);
        int resumed = uploads.resumeInterrupted();
        if (resumed > 0) log.info("{} interrupted transcodes queued again", resumed);

        // subscribers, SMS and money
        var subscriberDao = new SubscriberDao();
        var rulesDao = new RulesDao();
        var planLoader = new PlanLoader(jdbi, feed);
        var plans = new PlanCache(cluster.planCacheMegabytes(), planLoader::plan);
        planLoader.attach(plans);
        var billing = new BillingDao(meters);
        var fees = new DailyFees(jdbi, subscriberDao, billing, config.dailyFee(), clock, config.zone());
        feeSchedule = new DailyFeeSchedule(fees);
        var outbox = new SmsOutbox(jdbi, outboxCipher, database.engine(), node);
        smsLink = SmsLinks.fromConfig(config, config.dataDir(), clock);
        smsSender = new SmsSender(outbox, smsLink, clock, meters);
        Gauge.builder("vg.sms.outbox.waiting", outbox, SmsOutbox::waiting).description("SMS waiting to be sent, on every node").register(meters);
        var subscribers = new SubscriberService(jdbi, subscriberDao, fees, outbox, smsSender, hasher, secrets, clock, planLoader);
        var smsCommands = new SmsCommands(subscribers);
        var sessions = new SessionStore(jdbi, "subscriber_sessions", "phone", secrets, clock);
        var auth = new SubscriberAuth(sessions);

        // the subscriber's tones and rules, and the switch's questions
        var myTonesDao = new MyTonesDao();
        var myTones = new MyTonesService(jdbi, myTonesDao, subscriberDao, catalogueDao, catalogue, billing, planLoader, clock,
                config.zone());
        var rules = new RulesService(jdbi, rulesDao, myTonesDao, planLoader, clock);
        // plans are read on each callee's first call; the index catches up with what other nodes changed meanwhile
        follower = new FeedFollower(feed, new NodeState(plans, catalogue), index.generation(), clock, FEED_POLL).start();
        wakeups = cluster.shared() ? new ChangeWakeups(database, follower).start() : null;
        smsLink.start(new InboundFromNetwork(smsCommands));
        smsSender.start();
        heard = new HeardLog(jdbi, catalogue, clock, config.zone());
        var star = new StarService(heard, jdbi, subscriberDao, myTones, outbox, smsSender, clock);
        var playback = new Playback(plans, new PlaybackDecider(), clock, config.zone());
        var calls = new CallResolver(playback, playable, heard, clock, switchDemand, meters);
        var gifts = new GiftsService(jdbi, new GiftsDao(), subscriberDao, myTonesDao, catalogueDao, catalogue, billing, outbox,
                smsSender, planLoader, clock, config.zone());

        web = WebServer.create(List.of(
                new HealthRoutes(),
                new MetricsRoutes(metrics, gateway),
                new ReadyRoutes(this::ready),
                new CatalogueRoutes(catalogue, media),
                new EditorRoutes(editors, catalogue, uploads, media, new WaveformRenderer(ffmpeg, node), editorAudit, editorGuard, times),
                new BatchRoutes(new BatchUploads(jdbi, uploads, catalogue, editorAudit, media, BatchLimits.DEFAULT, clock), editorGuard, media),
                new InboundSmsRoutes(smsCommands, gateway),
                new SessionRoutes(new Logins(jdbi, subscriberDao, fees, hasher, sessions, loginLimit, clock), sessions),
                new MeRoutes(auth, subscribers, jdbi, billing, config.dailyFee(), times),
                new MyTonesRoutes(myTones),
                new RulesRoutes(rules),
                new HeardRoutes(jdbi, heard, times),
                new GiftsRoutes(gifts),
                new ExplainRoutes(new CallExplainer(playback, playable, subscribers, rules, myTones), clock, config.zone()),
                new OperatorRoutes(subscribers, gateway),
                new BillingRoutes(jdbi, billing, gateway, times),
                new PlaybackRoutes(calls, playable, star, media, gateway),
                new OpenApiRoutes()), config.port(), config.tls(), new HttpMetrics(meters));
        web.start();
        JettyMetrics.bind(web.jettyServer().server(), meters);
        earlyMedia = config.sip().enabled() ? EarlyMedia.start(config.sip(), calls, star, media, meters) : null;

        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vg-demo-loader");
            t.setDaemon(true);
            return t;
        });
        // one node loads the demo catalogue, even when several start at once on an empty database
        boolean demoLoading = config.demo() && catalogueDao.countTones() == 0
                && new MetaDao(jdbi).putIfAbsent("demo_catalogue_loaded_by", node).equals(node);
        if (demoLoading) {
            background.submit(new DemoCatalogue(config.samplesDir(), catalogueDao, uploads)::loadIfEmpty);
            background.submit(() -> new DemoSubscriber(subscribers, myTones, catalogueDao::publishedIds)
                    .setUpWhenATonePlays(java.time.Duration.ofMinutes(3)));
        }
        started = new Started(web.port(), editorPassword, gatewayToken, demoLoading);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            log.warn("closing {} failed: {}", c, e.toString());
        }
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

    /** Every route the web server answers, as {@code METHOD /path/{param}}, from Javalin's own router. */
    public List<String> routes() {
        return web.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(h -> h.endpoint.method.isHttpMethod())
                .map(h -> h.endpoint.method.name() + " " + h.endpoint.path)
                .toList();
    }

    public Database database() {
        return database;
    }



    /** The SIP side, or empty when {@code VG_SIP_PORT} is 0. */
    public Optional<EarlyMedia> earlyMedia() {
        return Optional.ofNullable(earlyMedia);
    }

    /** Whether this node can answer: not stopping, caught up with the feed, and its database answers. */
    boolean ready() {
        if (stopping || !follower.caughtUp()) return false;
        try {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * An operator's stop (SIGTERM): readiness turns 503 at once, and the node keeps answering for {@code drain} so a
     * load balancer sees that and sends no more; then {@link #close()} finishes the requests in flight, ends early-media
     * branches with 480, flushes the queued writes and closes the SMPP bind.
     */
    public void stopGracefully(java.time.Duration drain) {
        stopping = true;
        log.info("stopping: /api/ready answers 503; closing in {} ms", drain.toMillis());
        try {
            Thread.sleep(drain.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        log.info("stopped");
    }

    @Override
    public void close() {
        stopping = true;
        if (wakeups != null) wakeups.close();
        follower.close();
        if (earlyMedia != null) earlyMedia.close();
        web.stop();
        background.shutdownNow();
        heard.close();
        feeSchedule.close();
        smsSender.close();
        closeQuietly(smsLink);
        jobs.close();
        index.close();
        database.close();
        metrics.close();
    }

}
