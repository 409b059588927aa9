package vg.metrics;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds}: every request by method, route template (not the path, which would make a
 * series per tone or call) and status, with latency buckets. It is Javalin's request logger, which is told of every
 * request once it is answered, so the meters cost no route matching of their own.
 */
public final class HttpMetrics implements RequestLogger {
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Series, Timer> timers = new ConcurrentHashMap<>();

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One timer a method, route and status; looked up without building Micrometer's tags on every request. */
    private record Series(String method, String route, int status) {
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        timers.computeIfAbsent(new Series(ctx.method().name(), route(ctx), ctx.statusCode()), this::timer)
                .record((long) (executionTimeMs * 1_000_000), TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series s) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tag("method", s.method())
                .tag("route", s.route())
                .tag("status", Integer.toString(s.status()))
                // a dozen fixed buckets: Micrometer's full percentile histogram (some seventy) cost a tenth of the
                // bare endpoint's throughput
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().lastHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }
}
