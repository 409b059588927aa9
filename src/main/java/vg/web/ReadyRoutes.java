package vg.web;

import java.util.function.BooleanSupplier;

/**
 * Readiness for a load balancer: 200 while this node can answer (its database answers and it has caught up with the
 * change feed), 503 before that and from the moment a stop begins. {@code /api/health} stays the liveness check.
 */
public final class ReadyRoutes implements Routes {
    record Ready(String status) {
    }

    private static final Ready READY = new Ready("ready");
    private static final Ready NOT_READY = new Ready("not_ready");

    private final BooleanSupplier ready;

    public ReadyRoutes(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.section("Operating vg", Access.PUBLIC).get("/api/ready", ctx -> {
            boolean yes = ready.getAsBoolean();
            ctx.status(yes ? 200 : 503).json(yes ? READY : NOT_READY);
        })
                .summary("Readiness for a load balancer")
                .description("503 until the database answers and the index and the plans are loaded, and again from the "
                        + "moment a stop begins.")
                .answers(200, Ready.class, "{\"status\": \"ready\"}: send this node traffic")
                .answers(503, Ready.class, "{\"status\": \"not_ready\"}: starting or stopping; send traffic elsewhere");
    }
}
