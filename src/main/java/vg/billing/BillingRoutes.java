package vg.billing;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vg.common.ApiException;
import vg.common.Times;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.GatewayGuard;
import vg.web.Params;
import vg.web.Routes;

/** {@code GET /api/billing/events}: every charge, in order, each once, for the operator's billing system. */
public final class BillingRoutes implements Routes {
    private final Jdbi jdbi;
    private final BillingDao billing;
    private final GatewayGuard gateway;
    private final Times times;

    public BillingRoutes(Jdbi jdbi, BillingDao billing, GatewayGuard gateway, Times times) {
        this.jdbi = jdbi;
        this.billing = billing;
        this.gateway = gateway;
        this.times = times;
    }

    record EventView(long id, String phone, String kind, long amount, String at) {
    }

    /** {@code next} is the cursor to send as {@code after} next time; it stays put when there is nothing new. */
    record EventPage(List<EventView> events, long next) {
    }

    @Override
    public void register(ApiRoutes all) {
        all.before("/api/billing/*", gateway);
        all.section("Billing", Access.GATEWAY).get("/api/billing/events", ctx -> {
            long after = Params.query(ctx, "after").map(BillingRoutes::cursor).orElse(0L);
            int limit = Params.intQuery(ctx, "limit", 100, 1, 1000);
            List<BillingEvent> events = jdbi.withHandle(h -> billing.events(h, after, limit));
            long next = events.isEmpty() ? after : events.get(events.size() - 1).id();
            ctx.json(new EventPage(events.stream().map(e -> new EventView(e.id(), e.phone().digits(), e.kind().code(),
                    e.amount().kopecks(), times.iso(e.at()))).toList(), next));
        })
                .summary("Every charge, in order, each once, for the operator's billing")
                .description("Read on with after set to the last answer's next; kind is subscription, tone or gift, amount in kopecks.")
                .query("after", Long.class, "The cursor from the previous answer; 0 (the default) at first")
                .query("limit", Integer.class, "Events an answer, from 1 to 1,000; 100 by default")
                .answers(200, EventPage.class, "The events after the cursor, and the next cursor")
                .fails(400, "invalid_after", "invalid_limit");
    }

    private static long cursor(String text) {
        try {
            long v = Long.parseLong(text);
            if (v >= 0) return v;
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw ApiException.badRequest("invalid_after", "after must be the cursor from the previous answer (a whole number, 0 at first)");
    }
}
