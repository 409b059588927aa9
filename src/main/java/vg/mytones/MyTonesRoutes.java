package vg.mytones;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vg.common.ApiException;
import vg.common.ToneId;
import vg.subscriber.SubscriberAuth;
import vg.web.Access;
import vg.web.ApiRoutes;
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
    public void register(ApiRoutes all) {
        ApiRoutes routes = all.section("Cabinet", Access.SUBSCRIBER);
        routes.get("/api/me/tones", ctx -> ctx.json(tones.list(SubscriberAuth.me(ctx))))
                .summary("The subscriber's tones")
                .answersList(MyToneView.class, "Every tone the subscriber has; available is false once the catalogue withdrew it");
        routes.post("/api/me/tones", ctx -> ctx.status(201).json(tones.add(SubscriberAuth.me(ctx), toneIdIn(ctx, false).orElseThrow())))
                .summary("Adds a published tone and charges its price once")
                .body(ToneChoice.class, TONE_EXAMPLE)
                .answers(201, MyToneView.class, "The tone, added")
                .fails(400, "invalid_tone_id")
                .fails(404, "not_found")
                .fails(409, "already_added", "disconnected");
        routes.delete("/api/me/tones/{toneId}", ctx -> {
            tones.remove(SubscriberAuth.me(ctx), Params.toneId(ctx, "toneId"));
            ctx.status(204);
        })
                .summary("Removes one of the subscriber's tones (no refund)")
                .pathParam("toneId", Long.class, "The tone's number")
                .answersRaw(204, null, "Removed")
                .fails(404, "not_found");
        routes.put("/api/me/default", ctx -> {
            Optional<ToneId> chosen = toneIdIn(ctx, true);
            tones.setDefault(SubscriberAuth.me(ctx), chosen);
            ctx.json(new DefaultTone(chosen.map(ToneId::value).orElse(null)));
        })
                .summary("Sets the tone every caller hears unless a rule says otherwise")
                .description("{\"toneId\": null} clears it: callers hear ordinary beeps.")
                .body(ToneChoice.class, TONE_EXAMPLE)
                .answers(200, DefaultTone.class, "The default tone now")
                .fails(400, "invalid_tone_id", "tone_not_owned");
    }

    private static final String TONE_EXAMPLE = "{\"toneId\": 12}";

    /** The body naming a tone. */
    record ToneChoice(@Nullable Long toneId) {
    }

    record DefaultTone(@Nullable Long defaultToneId) {
    }

    /** Reads {@code {"toneId": 12}}; with {@code nullable}, {@code {"toneId": null}} clears. */
    static Optional<ToneId> toneIdIn(Context ctx, boolean nullable) {
        Map<?, ?> body = Bodies.json(ctx, Map.class, TONE_EXAMPLE);
        Object raw = body.get("toneId");
        if (raw == null && nullable && body.containsKey("toneId")) return Optional.empty();
        Optional<ToneId> id = raw == null ? Optional.empty() : ToneId.parse(String.valueOf(raw));
        if (id.isEmpty()) throw ApiException.badRequest("invalid_tone_id", "toneId must be a tone's number, e.g. {\"toneId\": 12}");
        return id;
    }
}
