package vg.playback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.media.MediaFiles;
import vg.web.FileResponses;
import vg.web.GatewayGuard;
import vg.web.Routes;

/** The switch's calls (gateway token): what a caller hears, the network file, and the * pressed during a call. */
public final class PlaybackRoutes implements Routes {
    private final Playback playback;
    private final PlayableTones playable;
    private final HeardLog heard;
    private final StarService star;
    private final MediaFiles media;
    private final GatewayGuard gateway;
    private final Clock clock;

    public PlaybackRoutes(Playback playback, PlayableTones playable, HeardLog heard, StarService star, MediaFiles media,
                          GatewayGuard gateway, Clock clock) {
        this.playback = playback;
        this.playable = playable;
        this.heard = heard;
        this.star = star;
        this.media = media;
        this.gateway = gateway;
        this.clock = clock;
    }

    record Answer(String callId, long toneId, String mediaUrl) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/api/playback/*", gateway);
        routes.before("/media/*", gateway);
        routes.get("/api/playback/resolve", this::resolve);
        routes.post("/api/playback/calls/{callId}/star", ctx ->
                ctx.json(Map.of("result", star.star(ctx.pathParam("callId")).name().toLowerCase())));
        routes.get("/media/{file}", ctx -> {
            String file = ctx.pathParam("file");
            ToneId id = file.endsWith(".wav") ? ToneId.parse(file.substring(0, file.length() - 4)).orElse(null) : null;
            if (id == null || !playable.playable(id.value())) throw ApiException.notFound("Media " + file);
            FileResponses.serve(ctx, media.networkFile(id.value()), "audio/wav", "Media " + file);
        });
    }

    private void resolve(Context ctx) {
        PhoneNumber caller = phone(ctx, "caller");
        PhoneNumber callee = phone(ctx, "callee");
        OptionalLong tone = playback.resolve(callee.digits(), caller.digits(), playable::playable);
        if (tone.isEmpty()) {
            ctx.status(204);
            return;
        }
        String callId = UUID.randomUUID().toString();
        heard.record(new HeardCall(callId, caller.digits(), callee.digits(), tone.getAsLong(), clock.millis()));
        ctx.json(new Answer(callId, tone.getAsLong(), "/media/" + tone.getAsLong() + ".wav"));
    }

    private static PhoneNumber phone(Context ctx, String name) {
        return PhoneNumber.parse(ctx.queryParam(name)).orElseThrow(() ->
                ApiException.badRequest("invalid_phone", name + " must be a mobile number such as 9121234567"));
    }
}
