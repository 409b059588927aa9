package vg.subscriber;

import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Bodies;
import vg.web.GatewayGuard;
import vg.web.Routes;

/** The operator's own calls (gateway token): marking a subscriber corporate, as the subscriber department does. */
public final class OperatorRoutes implements Routes {
    private final SubscriberService subscribers;
    private final GatewayGuard gateway;

    public OperatorRoutes(SubscriberService subscribers, GatewayGuard gateway) {
        this.subscribers = subscribers;
        this.gateway = gateway;
    }

    private static final String CORPORATE_EXAMPLE = "{\"corporate\": true}";

    record CorporateChange(Boolean corporate) {
    }

    record CorporateView(String phone, boolean corporate, String status) {
    }

    @Override
    public void register(ApiRoutes all) {
        all.before("/api/operator/*", gateway);
        all.section("Operator", Access.GATEWAY).put("/api/operator/subscribers/{phone}", ctx -> {
            PhoneNumber phone = PhoneNumber.parse(ctx.pathParam("phone"))
                    .orElseThrow(() -> ApiException.badRequest("invalid_phone", "Give the mobile number as 9121234567"));
            CorporateChange change = Bodies.json(ctx, CorporateChange.class, CORPORATE_EXAMPLE);
            if (change.corporate() == null) throw ApiException.badRequest("invalid_body", "Send {\"corporate\": true} or false");
            Subscriber s = subscribers.setCorporate(phone, change.corporate());
            ctx.json(new CorporateView(s.phone().digits(), s.corporate(), s.status().code()));
        })
                .summary("Marks a subscriber as corporate or not")
                .description("A corporate subscriber's password is not renewed by an SMS to 1070.")
                .pathParam("phone", String.class, "The mobile number, 10 digits: 9121234567")
                .body(CorporateChange.class, CORPORATE_EXAMPLE)
                .answers(200, CorporateView.class, "The subscriber as changed")
                .fails(400, "invalid_phone")
                .fails(404, "not_found");
    }
}
