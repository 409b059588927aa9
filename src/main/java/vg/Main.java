package vg;

import java.time.Clock;
import java.time.Duration;
import vg.app.App;
import vg.app.Config;
import vg.app.LogFormat;
import vg.app.StartBanner;

/** Starts vg with the settings from the environment and says where it listens and what was made on first start. */
public final class Main {
    /** HAProxy (deploy/haproxy.cfg) takes a node out after two failed checks a second apart. */
    static final Duration DRAIN = Duration.ofSeconds(2);
    static final Duration STOP_DEADLINE = Duration.ofMillis(9_500);

    private Main() {
    }

    public static void main(String[] args) {
        LogFormat format;
        Config config;
        try {
            format = LogFormat.fromEnvironment(System.getenv());
            format.apply();
            config = Config.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("vg: " + e.getMessage());
            System.exit(2);
            return;
        }
        App app;
        try {
            app = App.start(config, Clock.system(config.zone()));
        } catch (IllegalArgumentException e) {
            System.err.println("vg: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread deadline = new Thread(() -> {
                try {
                    Thread.sleep(STOP_DEADLINE.toMillis());
                    // a stop that hangs must not keep the process: the contract gives it 10 seconds
                    Runtime.getRuntime().halt(1);
                } catch (InterruptedException ended) {
                    Thread.currentThread().interrupt();
                }
            }, "vg-stop-deadline");
            deadline.setDaemon(true);
            deadline.start();
            app.stopGracefully(DRAIN);
        }, "vg-shutdown"));
        new StartBanner(config, app.started(), format).show();
    }
}
