package vg.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * What a start tells the person who ran it: where vg listens, and the editor's password and gateway token when this
 * start made them. In text it is printed; as JSON (VG_LOG=json) each line is logged, and since no log line may hold a
 * secret, secrets made on this start go to a file only the owner can read, which the log names.
 */
public final class StartBanner {
    static final String SECRETS_FILE = "first-start-secrets.txt";

    private final Config config;
    private final App.Started started;
    private final LogFormat format;

    public StartBanner(Config config, App.Started started, LogFormat format) {
        this.config = config;
        this.started = started;
        this.format = format;
    }

    public void show() {
        if (format == LogFormat.JSON) {
            var log = LoggerFactory.getLogger("vg");
            for (String line : lines(true)) log.info(line.strip());
        } else {
            System.out.println();
            lines(false).forEach(System.out::println);
            System.out.println();
        }
    }

    private List<String> lines(boolean secretsToFile) {
        App.Started s = started;
        List<String> lines = new ArrayList<>();
        lines.add("vg — Вместо гудков — is serving at " + (config.tls().isPresent() ? "https" : "http") + "://localhost:" + s.port());
        lines.add("  data: " + config.dataDir().toAbsolutePath().normalize());
        Optional<Path> secrets = secretsToFile ? writeSecrets() : Optional.empty();
        lines.add("  editor login: editor / " + s.generatedEditorPassword()
                .map(p -> made(p, secrets, "shown only now — set VG_EDITOR_PASSWORD to choose one"))
                .orElse(config.editorPassword().isPresent() ? "the password in VG_EDITOR_PASSWORD" : "the password printed on first start"));
        lines.add("  gateway token: " + (s.gatewayToken().generatedNow()
                ? made(s.gatewayToken().value(), secrets, "kept in the database")
                : config.gatewayToken().isPresent() ? "from VG_GATEWAY_TOKEN" : "kept in the database since first start"));
        if (s.demoLoading()) {
            lines.add("  demo catalogue: loading from " + config.samplesDir() + " in the background");
            lines.add("  demo subscriber: " + vg.demo.DemoSubscriber.PHONE + " (its callers hear the first demo tone once it is ready)");
        }
        if (config.sip().enabled())
            lines.add("  SIP for the switch: udp and tcp " + config.sip().host().getHostAddress() + ":" + config.sip().port()
                    + ", RTP ports " + config.sip().rtpPorts() + ", trusted " + config.sip().trusted());
        return lines;
    }

    /** A secret this start made: itself, or only the file that holds it. */
    private static String made(String secret, Optional<Path> file, String note) {
        return file.map(f -> "made on first start, in " + f).orElse(secret + "   (made on first start; " + note + ")");
    }

    /** The secrets this start made, in a file readable by its owner only; empty when none were made. */
    private Optional<Path> writeSecrets() {
        StringBuilder text = new StringBuilder();
        started.generatedEditorPassword().ifPresent(p -> text.append("editor password: ").append(p).append('\n'));
        if (started.gatewayToken().generatedNow()) text.append("gateway token: ").append(started.gatewayToken().value()).append('\n');
        if (text.isEmpty()) return Optional.empty();
        Path file = config.dataDir().resolve(SECRETS_FILE).toAbsolutePath().normalize();
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secrets of the first start to " + file, e);
        }
        return Optional.of(file);
    }
}
