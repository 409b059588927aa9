package vg;

import java.time.Clock;
import vg.app.App;
import vg.app.Config;

/** Starts vg with the settings from the environment and says where it listens and what was made on first start. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
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
        App.Started s = app.started();
        System.out.println();
        System.out.println("vg — Вместо гудков — is serving at http://localhost:" + s.port());
        System.out.println("  data: " + config.dataDir().toAbsolutePath().normalize());
        s.generatedEditorPassword().ifPresentOrElse(
                p -> System.out.println("  editor login: editor / " + p + "   (made on first start; shown only now — set VG_EDITOR_PASSWORD to choose one)"),
                () -> System.out.println("  editor login: editor / " + (config.editorPassword().isPresent() ? "the password in VG_EDITOR_PASSWORD" : "the password printed on first start")));
        if (s.gatewayToken().generatedNow())
            System.out.println("  gateway token: " + s.gatewayToken().value() + "   (made on first start and kept in the database)");
        else
            System.out.println("  gateway token: " + (config.gatewayToken().isPresent() ? "from VG_GATEWAY_TOKEN" : "kept in the database since first start"));
        if (s.demoLoading()) {
            System.out.println("  demo catalogue: loading from " + config.samplesDir() + " in the background");
            System.out.println("  demo subscriber: " + vg.demo.DemoSubscriber.PHONE + " (its callers hear the first demo tone once it is ready)");
        }
        if (config.sip().enabled())
            System.out.println("  SIP for the switch: udp and tcp " + config.sip().host().getHostAddress() + ":" + config.sip().port()
                    + ", RTP ports " + config.sip().rtpPorts() + ", trusted " + config.sip().trusted());
        System.out.println();
    }
}
