package vg.web;


/** A liveness answer for the operator's monitoring; it touches nothing, so it is also the benchmarks' bare baseline. */
public final class HealthRoutes implements Routes {
    record Health(String status) {
    }

    private static final Health OK = new Health("ok");

    @Override
    public void register(ApiRoutes routes) {
        routes.section("Operating vg", Access.PUBLIC).get("/api/health", ctx -> ctx.json(OK))
                .summary("Liveness: the process answers")
                .answers(200, Health.class, "Always {\"status\": \"ok\"} while the process runs");
    }
}
