package vg.web;

import io.javalin.config.JavalinConfig;
import nl.altindag.ssl.SSLFactory;
import nl.altindag.ssl.jetty.util.JettySslUtils;
import nl.altindag.ssl.pem.util.PemUtils;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS only, on {@code VG_PORT}: the one connector speaks TLS with the PEM certificate and key, and every answer
 * carries HSTS. Session cookies are then Secure by themselves, as {@link SessionCookies} marks them so over TLS.
 */
final class Https {
    static final String HSTS = "max-age=31536000";

    private Https() {
    }

    static void configure(JavalinConfig cfg, TlsFiles files) {
        SslContextFactory.Server tls = contextFactory(files);
        cfg.jetty.addConnector((server, http) -> {
            HttpConfiguration https = new HttpConfiguration(http);
            // vg is reached by address as often as by name (the switch, a health check): no SNI host check
            https.addCustomizer(new SecureRequestCustomizer(false));
            ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                    new HttpConnectionFactory(https));
            connector.setPort(cfg.jetty.port);
            return connector;
        });
        cfg.routes.before(ctx -> ctx.header("Strict-Transport-Security", HSTS));
    }

    private static SslContextFactory.Server contextFactory(TlsFiles files) {
        try {
            SSLFactory ssl = SSLFactory.builder()
                    .withIdentityMaterial(PemUtils.loadIdentityMaterial(files.certificate(), files.privateKey()))
                    .build();
            return JettySslUtils.forServer(ssl);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot use " + files.certificate() + " and " + files.privateKey()
                    + " for TLS: " + e.getMessage(), e);
        }
    }
}
