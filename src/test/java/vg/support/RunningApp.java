package vg.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vg.app.App;
import vg.app.Config;

/** A real vg on a free port over a data folder of the test's own; stop and start it again to test restarts. */
public final class RunningApp implements AutoCloseable {
    public static final String EDITOR_PASSWORD = "editor-secret-1";
    public static final String GATEWAY_TOKEN = "gateway-secret-1";

    private final Path dataDir;
    private final Map<String, String> env;
    private final Clock clock;
    private App app;

    public RunningApp(Path dataDir) {
        this(dataDir, Map.of());
    }

    public RunningApp(Path dataDir, Map<String, String> extraEnv) {
        this(dataDir, extraEnv, Clock.systemUTC());
    }

    public RunningApp(Path dataDir, Map<String, String> extraEnv, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        var e = new java.util.HashMap<String, String>(Map.of(
                "VG_DATA", dataDir.toString(), "VG_PORT", "0", "VG_DEMO", "false",
                "VG_EDITOR_PASSWORD", EDITOR_PASSWORD, "VG_GATEWAY_TOKEN", GATEWAY_TOKEN, "VG_TRANSCODE_JOBS", "2", "VG_SIP_PORT", "0"));
        e.putAll(TestDb.env(dataDir));
        e.putAll(TestFfmpeg.env());
        e.putAll(extraEnv);
        this.env = Map.copyOf(e);
        start();
    }

    public RunningApp start() {
        app = App.start(Config.fromEnvironment(env), clock);
        return this;
    }

    public RunningApp restart() {
        app.close();
        return start();
    }

    /** Changes the database directly while vg is stopped, as an operator or a crash would leave it. */
    public void whileStopped(java.util.function.Consumer<org.jdbi.v3.core.Jdbi> change) {
        try (vg.db.Database db = TestDb.open(dataDir)) {
            change.accept(db.jdbi());
        }
    }

    public App app() {
        return app;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Http http() {
        return new Http(app.port());
    }

    public Http gateway() {
        return new Http(app.port(), "X-Gateway-Token", GATEWAY_TOKEN);
    }

    public SmsInbox sms() {
        return new SmsInbox(dataDir.resolve("sms-outbox.jsonl"));
    }

    public Http editor() {
        return http().withBasicAuth("editor", EDITOR_PASSWORD);
    }

    @Override
    public void close() {
        app.close();
    }
}
