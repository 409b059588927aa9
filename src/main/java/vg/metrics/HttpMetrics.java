package vg.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import vg.web.Routes;

/**
 * {@code http_server_requests_seconds}: every request by method, route template (not the path, which would make a
 * series per tone or call) and status, with latency buckets.
 */
public final class HttpMetrics implements Routes {
    private static final String STARTED = "vg.metrics.started";

    private final MeterRegistry registry;

    /** Registered before every feature, so its timer starts first. */
    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started == null) return;
            Timer.builder("http.server.requests")
                    .description("HTTP requests by route template and status")
                    .tag("method", ctx.method().name())
                    .tag("route", route(ctx))
                    .tag("status", Integer.toString(ctx.statusCode()))
                    .publishPercentileHistogram()
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        });
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().lastHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }
}
