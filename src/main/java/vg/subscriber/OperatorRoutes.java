package vg.subscriber;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import vg.common.ApiException;
import vg.common.PhoneNumber;
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

    record CorporateChange(Boolean corporate) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/api/operator/*", gateway);
        routes.put("/api/operator/subscribers/{phone}", ctx -> {
            PhoneNumber phone = PhoneNumber.parse(ctx.pathParam("phone"))
                    .orElseThrow(() -> ApiException.badRequest("invalid_phone", "Give the mobile number as 9121234567"));
            CorporateChange change = Bodies.json(ctx, CorporateChange.class, "{\"corporate\": true}");
            if (change.corporate() == null) throw ApiException.badRequest("invalid_body", "Send {\"corporate\": true} or false");
            Subscriber s = subscribers.setCorporate(phone, change.corporate());
            ctx.json(Map.of("phone", s.phone().digits(), "corporate", s.corporate(), "status", s.status().code()));
        });
    }
}
