package vg.rules;

import io.javalin.config.RoutesConfig;
import vg.subscriber.SubscriberAuth;
import vg.web.Bodies;
import vg.web.Params;
import vg.web.Routes;

/** {@code /api/me/rules} and {@code /api/me/groups}; behind the subscriber's session (see MeRoutes). */
public final class RulesRoutes implements Routes {
    private final RulesService rules;

    public RulesRoutes(RulesService rules) {
        this.rules = rules;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/me/groups", ctx -> ctx.json(rules.groups(SubscriberAuth.me(ctx))));
        routes.post("/api/me/groups", ctx -> ctx.status(201).json(rules.createGroup(SubscriberAuth.me(ctx),
                Bodies.json(ctx, GroupRequest.class, "{\"name\": \"Семья\", \"callers\": [\"9121234567\"]}"))));
        routes.put("/api/me/groups/{id}", ctx -> ctx.json(rules.updateGroup(SubscriberAuth.me(ctx), Params.pathId(ctx, "Group"),
                Bodies.json(ctx, GroupRequest.class, "{\"name\": \"Семья\", \"callers\": [\"9121234567\"]}"))));
        routes.delete("/api/me/groups/{id}", ctx -> {
            rules.deleteGroup(SubscriberAuth.me(ctx), Params.pathId(ctx, "Group"));
            ctx.status(204);
        });
        routes.get("/api/me/rules", ctx -> ctx.json(rules.rules(SubscriberAuth.me(ctx))));
        routes.post("/api/me/rules", ctx -> ctx.status(201).json(rules.createRule(SubscriberAuth.me(ctx),
                Bodies.json(ctx, RuleRequest.class, "{\"toneId\": 12, \"callers\": [\"9121234567\"]}"))));
        routes.delete("/api/me/rules/{id}", ctx -> {
            rules.deleteRule(SubscriberAuth.me(ctx), Params.pathId(ctx, "Rule"));
            ctx.status(204);
        });
    }

}
