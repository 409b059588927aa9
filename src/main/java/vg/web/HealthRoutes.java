package vg.web;

import io.javalin.config.RoutesConfig;

/** A liveness answer for the operator's monitoring; it touches nothing, so it is also the benchmarks' bare baseline. */
public final class HealthRoutes implements Routes {
    record Health(String status) {
    }

    private static final Health OK = new Health("ok");

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> ctx.json(OK));
    }
}
