package vg.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.ApiException;

/** The one Javalin instance: JSON errors everywhere, upload limits, and every feature's routes. */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    /** The contract's upload limit; the request may be a little larger for the form fields around the file. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    private static final long MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 256 * 1024;
    /** The largest multipart body any route takes: an editor's batch ZIP (vg.batches.BatchLimits), with its form. */
    public static final long MAX_MULTIPART_BYTES = 200L * 1024 * 1024 + 256 * 1024;

    /** How long a stop waits for the requests in flight; new ones meanwhile get 503. */
    public static final java.time.Duration STOP_TIMEOUT = java.time.Duration.ofSeconds(5);

    private WebServer() {
    }

    /**
     * The server of {@code features} on {@code port} (0: any free one), speaking HTTPS only when {@code tls} is given;
     * {@code answered} hears of every request once it is answered.
     */
    public static Javalin create(List<Routes> features, int port, java.util.Optional<TlsFiles> tls,
                                 io.javalin.http.RequestLogger answered) {
        return Javalin.create(cfg -> {
            cfg.jetty.port = port;
            tls.ifPresent(files -> Https.configure(cfg, files));
            cfg.startup.showJavalinBanner = false;
            // Javalin puts its servlet inside the handler already set: the GracefulHandler lets a stop finish the
            // requests in flight instead of cutting them off
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
                server.setHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
            });
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.staticFiles.add("/public", io.javalin.http.staticfiles.Location.CLASSPATH);
            cfg.staticFiles.enableWebjars(); // Swagger UI for /api-docs, from its jar rather than a CDN
            // the largest any route takes (a batch's ZIP); each route refuses a body declared larger than its own
            // limit (20 MB for a tone) before reading it, and checks the part it read against that limit too
            cfg.jetty.multipartConfig.maxFileSize(MAX_MULTIPART_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_MULTIPART_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(256, SizeUnit.KB);
            cfg.routes.exception(ApiException.class, (e, ctx) ->
                    ctx.status(e.status()).json(new ErrorBody(e.code(), e.getMessage())));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
                int status = e.getStatus() >= 400 && e.getStatus() < 500 ? e.getStatus() : 400;
                ctx.status(status).json(new ErrorBody(codeOf(status), e.getMessage()));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                if (isTooLarge(e)) {
                    ctx.status(413).json(new ErrorBody("too_large", "The upload is larger than allowed: 20 MB for a tone, 200 MB for a batch."));
                    return;
                }
                var malformed = clientFault(e);
                if (malformed != null) {
                    ctx.status(malformed.getCode()).json(new ErrorBody(codeOf(malformed.getCode()),
                            "The request could not be read: " + malformed.getReason()));
                    return;
                }
                log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).json(new ErrorBody("internal", "Something went wrong on our side; it has been logged."));
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty())
                    ctx.json(new ErrorBody("not_found", "There is nothing at " + ctx.path()));
            });
            cfg.routes.error(405, ctx -> ctx.json(new ErrorBody("method_not_allowed", "This address does not take " + ctx.method())));
            cfg.routes.error(413, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty())
                    ctx.json(new ErrorBody("too_large", "The request is larger than 20 MB."));
            });
            // a 10 kB search typed in Cyrillic is some 60 kB once percent-encoded in the URL
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(128 * 1024));
            RequestIds.register(cfg.routes);
            cfg.requestLogger.http((ctx, ms) -> {
                answered.handle(ctx, ms);
                RequestIds.forget();
            });
            ApiRoutes table = new ApiRoutes(cfg.routes);
            for (Routes feature : features) feature.register(table);
        });
    }

    /** Jetty's multipart parser says "max file size exceeded" (or request size) deep in the cause chain. */
    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (m.contains("size exceeded") || m.contains("too large")) return true;
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413) return true;
        }
        return false;
    }

    /** Jetty reports a malformed request (a broken multipart body, say) as an exception carrying a 4xx code. */
    private static org.eclipse.jetty.http.HttpException clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) return h;
        return null;
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 413 -> "too_large";
            case 415 -> "unsupported_media";
            default -> "bad_request";
        };
    }
}
