package vg.metrics;

import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.GatewayGuard;
import vg.web.Routes;

/** {@code GET /metrics}, behind the gateway token as the rest of the network side. */
public final class MetricsRoutes implements Routes {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final GatewayGuard gateway;

    public MetricsRoutes(Metrics metrics, GatewayGuard gateway) {
        this.metrics = metrics;
        this.gateway = gateway;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.before("/metrics", gateway);
        routes.section("Operating vg", Access.GATEWAY).get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.scrape()))
                .summary("Prometheus metrics")
                .description("HTTP requests by route template and status, playback decisions, early-media calls and RTP "
                        + "lateness, transcodes, SMS, charges, JVM and Jetty; the README lists every metric.")
                .answersRaw(200, "text/plain", "The Prometheus text format, version 0.0.4");
    }
}
