package vg;

import java.time.Clock;
import vg.app.App;
import vg.app.Config;
import vg.app.LogFormat;
import vg.app.StartBanner;

/** Starts vg with the settings from the environment and says where it listens and what was made on first start. */
public final class Main {
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
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "vg-shutdown"));
        new StartBanner(config, app.started(), format).show();
    }
}
