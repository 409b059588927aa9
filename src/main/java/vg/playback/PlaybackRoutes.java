package vg.playback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.media.MediaFiles;
import vg.web.FileResponses;
import vg.web.GatewayGuard;
import vg.web.Routes;

/** The switch's calls (gateway token): what a caller hears, the network file, and the * pressed during a call. */
public final class PlaybackRoutes implements Routes {
    private final CallResolver calls;
    private final PlayableTones playable;
    private final StarService star;
    private final MediaFiles media;
    private final GatewayGuard gateway;

    public PlaybackRoutes(CallResolver calls, PlayableTones playable, StarService star, MediaFiles media, GatewayGuard gateway) {
        this.calls = calls;
        this.playable = playable;
        this.star = star;
        this.media = media;
        this.gateway = gateway;
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
        Optional<HeardCall> call = calls.resolve(caller, callee);
        if (call.isEmpty()) {
            ctx.status(204);
            return;
        }
        long tone = call.get().toneId();
        ctx.json(new Answer(call.get().callId(), tone, "/media/" + tone + ".wav"));
    }

    private static PhoneNumber phone(Context ctx, String name) {
        return PhoneNumber.parse(ctx.queryParam(name)).orElseThrow(() ->
                ApiException.badRequest("invalid_phone", name + " must be a mobile number such as 9121234567"));
    }
}
