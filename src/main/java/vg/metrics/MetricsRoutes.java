package vg.metrics;

import io.javalin.config.RoutesConfig;
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
    public void register(RoutesConfig routes) {
        routes.before("/metrics", gateway);
        routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.scrape()));
    }
}
