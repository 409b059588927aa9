package vg.explain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.subscriber.SubscriberAuth;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Params;
import vg.web.Routes;

/** {@code GET /api/me/explain}: what a given caller would hear, and which rule decides it. */
public final class ExplainRoutes implements Routes {
    private final CallExplainer explainer;
    private final Clock clock;
    private final ZoneId zone;

    public ExplainRoutes(CallExplainer explainer, Clock clock, ZoneId zone) {
        this.explainer = explainer;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.section("Cabinet", Access.SUBSCRIBER).get("/api/me/explain", ctx -> {
            PhoneNumber caller = PhoneNumber.parse(ctx.queryParam("caller")).orElseThrow(() ->
                    ApiException.badRequest("invalid_phone", "caller must be a mobile number such as 9121234567"));
            LocalDateTime at = Params.query(ctx, "at").map(ExplainRoutes::localTime)
                    .orElseGet(() -> LocalDateTime.ofInstant(clock.instant(), zone));
            ctx.json(explainer.explain(SubscriberAuth.me(ctx), caller, at));
        })
                .summary("What a caller would hear, and which rule decides it")
                .description("The same decision the switch gets, at the operator's local time. level is timed_caller, "
                        + "timed_group, caller, group, default or none; reason says it in Russian, naming the rule by its "
                        + "number in the list.")
                .requiredQuery("caller", String.class, "The calling number, 10 digits: 9121234567")
                .query("at", String.class, "A local date and time, ISO: 2026-12-31T23:30; now by default")
                .answers(200, ExplainView.class, "The decision and its reason")
                .fails(400, "invalid_phone", "invalid_at")
                .fails(404, "not_found");
    }

    private static LocalDateTime localTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_at", "at is a local date and time such as 2026-12-31T23:30, not «" + text + "»");
        }
    }
}
