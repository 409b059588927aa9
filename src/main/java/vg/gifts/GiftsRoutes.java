package vg.gifts;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.subscriber.SubscriberAuth;
import vg.web.Bodies;
import vg.web.Params;
import vg.web.Routes;

/** {@code /api/me/gifts}; behind the subscriber's session (see MeRoutes). */
public final class GiftsRoutes implements Routes {
    private final GiftsService gifts;

    public GiftsRoutes(GiftsService gifts) {
        this.gifts = gifts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/me/gifts", ctx -> ctx.json(gifts.list(SubscriberAuth.me(ctx))));
        routes.post("/api/me/gifts", ctx -> {
            Map<?, ?> body = Bodies.json(ctx, Map.class, "{\"toneId\": 12, \"to\": \"9121234567\"}");
            ToneId tone = ToneId.parse(String.valueOf(body.get("toneId")))
                    .orElseThrow(() -> ApiException.badRequest("invalid_tone_id", "toneId must be a tone's number"));
            Object to = body.get("to");
            PhoneNumber recipient = PhoneNumber.parse(to == null ? null : String.valueOf(to))
                    .orElseThrow(() -> ApiException.badRequest("invalid_phone", "to must be a mobile number such as 9121234567"));
            ctx.status(201).json(gifts.give(SubscriberAuth.me(ctx), tone, recipient));
        });
        routes.post("/api/me/gifts/{id}/accept", ctx -> ctx.json(gifts.accept(SubscriberAuth.me(ctx), Params.pathId(ctx, "Gift"))));
        routes.post("/api/me/gifts/{id}/decline", ctx -> ctx.json(gifts.decline(SubscriberAuth.me(ctx), Params.pathId(ctx, "Gift"))));
    }

}
