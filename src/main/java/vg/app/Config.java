package vg.app;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import vg.cluster.ClusterSettings;
import vg.cluster.NodeName;
import vg.common.Money;
import vg.db.DatabaseUrl;
import vg.rtp.PortRange;
import vg.sip.IpLiteral;
import vg.sip.SipSettings;
import vg.sip.TrustedAddresses;
import vg.web.TlsFiles;

/** The service's settings, read from the environment exactly as the contract lists them. */
public record Config(
        int port,
        Path dataDir,
        Optional<String> gatewayToken,
        String smsLink,
        Optional<String> smppHost,
        int smppPort,
        Optional<String> smppSystemId,
        Optional<String> smppPassword,
        Optional<String> editorPassword,
        Money dailyFee,
        ZoneId zone,
        boolean demo,
        Path samplesDir,
        int transcodeJobs,
        Optional<Path> ffmpeg,
        SipSettings sip,
        ClusterSettings cluster,
        Optional<TlsFiles> tls) {

    public static Config fromEnvironment(Map<String, String> env) {
        Reader r = new Reader(env);
        return new Config(
                r.integer("VG_PORT", 7070, 0, 65535),
                Path.of(r.text("VG_DATA", "./data")),
                r.optional("VG_GATEWAY_TOKEN"),
                r.oneOf("VG_SMS", "log", "log", "smpp"),
                r.optional("VG_SMPP_HOST"),
                r.integer("VG_SMPP_PORT", 2775, 1, 65535),
                r.optional("VG_SMPP_SYSTEM_ID"),
                r.optional("VG_SMPP_PASSWORD"),
                r.optional("VG_EDITOR_PASSWORD"),
                Money.kopecks(r.integer("VG_DAILY_FEE", 250, 0, 1_000_000)),
                r.zone("VG_TZ", "Asia/Yekaterinburg"),
                r.bool("VG_DEMO", true),
                Path.of(r.text("VG_SAMPLES", "media-samples")),
                r.integer("VG_TRANSCODE_JOBS", Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 1, 64),
                r.executable("VG_FFMPEG"),
                new SipSettings(
                        r.integer("VG_SIP_PORT", 5060, 0, 65535),
                        r.parsed("VG_SIP_HOST", "127.0.0.1", IpLiteral::parse, "an IP address such as 10.0.0.5"),
                        r.parsed("VG_SIP_TRUSTED", "127.0.0.1/32", TrustedAddresses::parse,
                                "comma-separated address blocks such as 10.1.0.0/16,10.2.0.7/32"),
                        r.parsed("VG_RTP_PORTS", "20000-29999", PortRange::parse,
                                "a range of UDP ports from 1024 to 65534 such as 20000-29999"),
                        r.integer("VG_MAX_CALLS", 2000, 1, 100_000),
                        r.integer("VG_RING_SECONDS", 180, 1, 3600)),
                cluster(r),
                tls(r));
    }

    private static Optional<TlsFiles> tls(Reader r) {
        Optional<String> cert = r.optional("VG_TLS_CERT");
        Optional<String> key = r.optional("VG_TLS_KEY");
        if (cert.isEmpty() && key.isEmpty()) return Optional.empty();
        if (cert.isEmpty() || key.isEmpty())
            throw new IllegalArgumentException("VG_TLS_CERT and VG_TLS_KEY go together: set both PEM files, or neither");
        return Optional.of(TlsFiles.of(Path.of(cert.get()), Path.of(key.get())));
    }

    private static ClusterSettings cluster(Reader r) {
        Path data = Path.of(r.text("VG_DATA", "./data"));
        return new ClusterSettings(
                // not through parsed(): its message repeats the value, and this one may hold a password
                DatabaseUrl.parse(r.text("VG_DB", "sqlite")),
                Path.of(r.text("VG_MEDIA", data.resolve("media").toString())),
                r.parsed("VG_NODE", NodeName.ofHost(), NodeName::parse, "1 to 63 letters, digits, dots, dashes or underscores"),
                r.optional("VG_SMS_KEY"),
                r.integer("VG_PLAN_CACHE_MB", vg.playback.PlanCache.DEFAULT_MEGABYTES, 1, 65_536));
    }

    /** The defaults, for tests and tools that start vg in-process. */
    public static Config defaults(Path dataDir) {
        return fromEnvironment(Map.of("VG_DATA", dataDir.toString()));
    }

    public Config withPort(int newPort) {
        return new Config(newPort, dataDir, gatewayToken, smsLink, smppHost, smppPort, smppSystemId, smppPassword,
                editorPassword, dailyFee, zone, demo, samplesDir, transcodeJobs, ffmpeg, sip, cluster, tls);
    }

    public Config withDemo(boolean newDemo, Path newSamplesDir) {
        return new Config(port, dataDir, gatewayToken, smsLink, smppHost, smppPort, smppSystemId, smppPassword,
                editorPassword, dailyFee, zone, newDemo, newSamplesDir, transcodeJobs, ffmpeg, sip, cluster, tls);
    }

    public Config withEditorPassword(String password) {
        return new Config(port, dataDir, gatewayToken, smsLink, smppHost, smppPort, smppSystemId, smppPassword,
                Optional.of(password), dailyFee, zone, demo, samplesDir, transcodeJobs, ffmpeg, sip, cluster, tls);
    }

    public Config withGatewayToken(String token) {
        return new Config(port, dataDir, Optional.of(token), smsLink, smppHost, smppPort, smppSystemId, smppPassword,
                editorPassword, dailyFee, zone, demo, samplesDir, transcodeJobs, ffmpeg, sip, cluster, tls);
    }

    /** Reads one variable at a time and says clearly which one is wrong. */
    private record Reader(Map<String, String> env) {
        Optional<String> optional(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        /** A program's path, checked at once: a vg that cannot transcode should not start as if it could. */
        Optional<Path> executable(String name) {
            Optional<Path> path = optional(name).map(Path::of);
            if (path.isPresent() && !(java.nio.file.Files.isRegularFile(path.get()) && java.nio.file.Files.isExecutable(path.get())))
                throw new IllegalArgumentException(name + " must name an executable file, such as /usr/bin/ffmpeg; '" + path.get() + "' is not one");
            return path;
        }

        String text(String name, String fallback) {
            return optional(name).orElse(fallback);
        }

        int integer(String name, int fallback, int min, int max) {
            Optional<String> value = optional(name);
            if (value.isEmpty()) return fallback;
            try {
                int parsed = Integer.parseInt(value.get());
                if (parsed < min || parsed > max) throw new NumberFormatException();
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        name + " must be a whole number from " + min + " to " + max + ", not '" + value.get() + "'");
            }
        }

        boolean bool(String name, boolean fallback) {
            Optional<String> value = optional(name);
            if (value.isEmpty()) return fallback;
            return switch (value.get().toLowerCase()) {
                case "true", "yes", "1", "on" -> true;
                case "false", "no", "0", "off" -> false;
                default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value.get() + "'");
            };
        }

        String oneOf(String name, String fallback, String... allowed) {
            String value = text(name, fallback).toLowerCase();
            for (String a : allowed) if (a.equals(value)) return value;
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }

        <T> T parsed(String name, String fallback, java.util.function.Function<String, Optional<T>> parser, String what) {
            String value = text(name, fallback);
            return parser.apply(value).orElseThrow(() -> new IllegalArgumentException(name + " must be " + what + ", not '" + value + "'"));
        }

        ZoneId zone(String name, String fallback) {
            String value = text(name, fallback);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(name + " must be a time zone such as Asia/Yekaterinburg, not '" + value + "'");
            }
        }
    }
}
