package vg.mytones;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import vg.common.ApiException;
import vg.common.ToneId;
import vg.subscriber.SubscriberAuth;
import vg.web.Bodies;
import vg.web.Params;
import vg.web.Routes;

/** {@code /api/me/tones} and {@code /api/me/default}; behind the subscriber's session (see MeRoutes). */
public final class MyTonesRoutes implements Routes {
    private final MyTonesService tones;

    public MyTonesRoutes(MyTonesService tones) {
        this.tones = tones;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/me/tones", ctx -> ctx.json(tones.list(SubscriberAuth.me(ctx))));
        routes.post("/api/me/tones", ctx -> ctx.status(201).json(tones.add(SubscriberAuth.me(ctx), toneIdIn(ctx, false).orElseThrow())));
        routes.delete("/api/me/tones/{toneId}", ctx -> {
            tones.remove(SubscriberAuth.me(ctx), Params.toneId(ctx, "toneId"));
            ctx.status(204);
        });
        routes.put("/api/me/default", ctx -> {
            Optional<ToneId> chosen = toneIdIn(ctx, true);
            tones.setDefault(SubscriberAuth.me(ctx), chosen);
            ctx.json(new DefaultTone(chosen.map(ToneId::value).orElse(null)));
        });
    }

    record DefaultTone(Long defaultToneId) {
    }

    /** Reads {@code {"toneId": 12}}; with {@code nullable}, {@code {"toneId": null}} clears. */
    static Optional<ToneId> toneIdIn(Context ctx, boolean nullable) {
        Map<?, ?> body = Bodies.json(ctx, Map.class, "{\"toneId\": 12}");
        Object raw = body.get("toneId");
        if (raw == null && nullable && body.containsKey("toneId")) return Optional.empty();
        Optional<ToneId> id = raw == null ? Optional.empty() : ToneId.parse(String.valueOf(raw));
        if (id.isEmpty()) throw ApiException.badRequest("invalid_tone_id", "toneId must be a tone's number, e.g. {\"toneId\": 12}");
        return id;
    }
}
