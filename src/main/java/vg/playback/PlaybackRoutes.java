package vg.playback;

import io.javalin.http.Context;
import java.util.Optional;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.media.MediaFiles;
import vg.web.Access;
import vg.web.ApiRoutes;
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

    /** What a {@code *} did: the tone copied, already the caller's, or the service offered by SMS. */
    record StarAnswer(String result) {
    }

    @Override
    public void register(ApiRoutes all) {
        all.before("/api/playback/*", gateway);
        all.before("/media/*", gateway);
        ApiRoutes routes = all.section("Switch", Access.GATEWAY);
        routes.get("/api/playback/resolve", this::resolve)
                .summary("What a caller hears when calling a subscriber")
                .description("Decides by the callee's rules at the operator's local time and records the call, for the "
                        + "caller's heard list and a later *.")
                .requiredQuery("caller", String.class, "The calling number, 10 digits: 9121234567")
                .requiredQuery("callee", String.class, "The called subscriber's number, 10 digits")
                .answers(200, Answer.class, "Play mediaUrl; callId names the call for a *")
                .answersRaw(204, null, "Ordinary beeps: the callee has no tone for this caller or no active service")
                .fails(400, "invalid_phone");
        routes.post("/api/playback/calls/{callId}/star", ctx ->
                ctx.json(new StarAnswer(star.star(ctx.pathParam("callId")).name().toLowerCase())))
                .summary("The caller pressed *: the tone they hear is copied to them")
                .description("The copy is charged and an SMS confirms it; a caller without the service gets an SMS that "
                        + "offers it. result is added, already_had or offered.")
                .pathParam("callId", String.class, "The callId of the resolve answer")
                .answers(200, StarAnswer.class, "What the * did")
                .fails(404, "unknown_call")
                .fails(409, "tone_unavailable");
        routes.get("/media/{file}", ctx -> {
            String file = ctx.pathParam("file");
            ToneId id = file.endsWith(".wav") ? ToneId.parse(file.substring(0, file.length() - 4)).orElse(null) : null;
            if (id == null || !playable.playable(id.value())) throw ApiException.notFound("Media " + file);
            FileResponses.serve(ctx, media.networkFile(id.value()), "audio/wav", "Media " + file);
        })
                .summary("A tone's network file: G.711 A-law, 8 kHz, mono, in WAV")
                .pathParam("file", String.class, "{toneId}.wav, as in the resolve answer's mediaUrl")
                .servesFile("audio/wav", "The network file");
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
