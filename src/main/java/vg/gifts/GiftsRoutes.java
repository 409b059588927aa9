package vg.gifts;

import java.util.Map;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.subscriber.SubscriberAuth;
import vg.web.Access;
import vg.web.ApiRoutes;
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
    public void register(ApiRoutes all) {
        ApiRoutes routes = all.section("Cabinet", Access.SUBSCRIBER);
        routes.get("/api/me/gifts", ctx -> ctx.json(gifts.list(SubscriberAuth.me(ctx))))
                .summary("Gifts the subscriber gave and received, newest first")
                .answers(200, GiftLists.class, "Every gift, received and given; a pending one lapses unanswered at expiresAt");
        routes.post("/api/me/gifts", ctx -> {
            Map<?, ?> body = Bodies.json(ctx, Map.class, GIFT_EXAMPLE);
            ToneId tone = ToneId.parse(String.valueOf(body.get("toneId")))
                    .orElseThrow(() -> ApiException.badRequest("invalid_tone_id", "toneId must be a tone's number"));
            Object to = body.get("to");
            PhoneNumber recipient = PhoneNumber.parse(to == null ? null : String.valueOf(to))
                    .orElseThrow(() -> ApiException.badRequest("invalid_phone", "to must be a mobile number such as 9121234567"));
            ctx.status(201).json(gifts.give(SubscriberAuth.me(ctx), tone, recipient));
        })
                .summary("Gives a tone to another subscriber; the giver pays when the gift is accepted")
                .description("The recipient is told by SMS and answers in the cabinet.")
                .body(GiftRequest.class, GIFT_EXAMPLE)
                .answers(201, GiftView.class, "The gift, pending")
                .fails(400, "invalid_tone_id", "invalid_phone", "gift_to_self")
                .fails(404, "not_found")
                .fails(409, "tone_unavailable", "disconnected", "already_has_tone", "gift_pending");
        routes.post("/api/me/gifts/{id}/accept", ctx -> ctx.json(gifts.accept(SubscriberAuth.me(ctx), Params.pathId(ctx, "Gift"))))
                .summary("Accepts a gift: the tone becomes the recipient's, the giver is charged")
                .pathParam("id", Long.class, "The gift's number")
                .answers(200, GiftView.class, "The gift, accepted")
                .fails(404, "not_found")
                .fails(409, "gift_not_pending", "tone_unavailable", "already_has_tone");
        routes.post("/api/me/gifts/{id}/decline", ctx -> ctx.json(gifts.decline(SubscriberAuth.me(ctx), Params.pathId(ctx, "Gift"))))
                .summary("Declines a gift: nobody is charged")
                .pathParam("id", Long.class, "The gift's number")
                .answers(200, GiftView.class, "The gift, declined")
                .fails(404, "not_found")
                .fails(409, "gift_not_pending");
    }

    private static final String GIFT_EXAMPLE = "{\"toneId\": 12, \"to\": \"9121234567\"}";

    /** The body of a gift. */
    record GiftRequest(Long toneId, String to) {
    }

}
