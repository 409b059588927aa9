package vg.subscriber;

import org.jdbi.v3.core.Jdbi;
import vg.billing.BillingDao;
import vg.billing.ChargeView;
import vg.common.Money;
import vg.common.Times;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Routes;

/** The subscriber's own account: {@code /api/me}, charges, suspend and resume. Always the session's own subscriber. */
public final class MeRoutes implements Routes {
    private static final int MAX_CHARGES = 1000;

    private final SubscriberAuth auth;
    private final SubscriberService subscribers;
    private final Jdbi jdbi;
    private final BillingDao billing;
    private final Money dailyFee;
    private final Times times;

    public MeRoutes(SubscriberAuth auth, SubscriberService subscribers, Jdbi jdbi, BillingDao billing, Money dailyFee, Times times) {
        this.auth = auth;
        this.subscribers = subscribers;
        this.jdbi = jdbi;
        this.billing = billing;
        this.dailyFee = dailyFee;
        this.times = times;
    }

    @Override
    public void register(ApiRoutes all) {
        all.before("/api/me", auth::require);
        all.before("/api/me/*", auth::require);
        ApiRoutes routes = all.section("Cabinet", Access.SUBSCRIBER);
        routes.get("/api/me", ctx -> ctx.json(view(subscribers.get(SubscriberAuth.me(ctx)))))
                .summary("The subscriber's own account")
                .answers(200, MeView.class, "The account; dailyFee in kopecks")
                .fails(404, "not_found");
        routes.get("/api/me/charges", ctx -> ctx.json(jdbi.withHandle(h -> billing.charges(h, SubscriberAuth.me(ctx), MAX_CHARGES))
                .stream().map(c -> ChargeView.of(c, times)).toList()))
                .summary("What the subscriber was charged, newest first")
                .answersList(ChargeView.class, "The latest " + MAX_CHARGES + " charges; amount in kopecks");
        routes.post("/api/me/suspend", ctx -> ctx.json(view(subscribers.suspend(SubscriberAuth.me(ctx)))))
                .summary("Suspends the service: callers hear ordinary beeps, and no fee is charged from tomorrow on")
                .answers(200, MeView.class, "The account, suspended")
                .fails(404, "not_found")
                .fails(409, "disconnected");
        routes.post("/api/me/resume", ctx -> ctx.json(view(subscribers.resume(SubscriberAuth.me(ctx)))))
                .summary("Resumes a suspended service")
                .answers(200, MeView.class, "The account, active")
                .fails(404, "not_found")
                .fails(409, "disconnected");
    }

    private MeView view(Subscriber s) {
        return MeView.of(s, dailyFee.kopecks(), times);
    }
}
