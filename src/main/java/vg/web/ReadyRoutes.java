package vg.web;

import io.javalin.config.RoutesConfig;
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
    public void register(RoutesConfig routes) {
        routes.get("/api/ready", ctx -> {
            boolean yes = ready.getAsBoolean();
            ctx.status(yes ? 200 : 503).json(yes ? READY : NOT_READY);
        });
    }
}
