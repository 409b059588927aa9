package vg.rules;

import vg.subscriber.SubscriberAuth;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Bodies;
import vg.web.Params;
import vg.web.Routes;

/** {@code /api/me/rules} and {@code /api/me/groups}; behind the subscriber's session (see MeRoutes). */
public final class RulesRoutes implements Routes {
    private final RulesService rules;

    public RulesRoutes(RulesService rules) {
        this.rules = rules;
    }

    private static final String GROUP_EXAMPLE = "{\"name\": \"Семья\", \"callers\": [\"9121234567\"]}";
    private static final String RULE_EXAMPLE =
            "{\"toneId\": 12, \"callers\": [\"9121234567\"], \"days\": [1, 2, 3, 4, 5], \"from\": \"18:00\", \"to\": \"23:00\"}";

    @Override
    public void register(ApiRoutes all) {
        ApiRoutes routes = all.section("Cabinet", Access.SUBSCRIBER);
        routes.get("/api/me/groups", ctx -> ctx.json(rules.groups(SubscriberAuth.me(ctx))))
                .summary("The subscriber's groups of callers")
                .answersList(GroupView.class, "Every group, numbers in their 10-digit form");
        routes.post("/api/me/groups", ctx -> ctx.status(201).json(rules.createGroup(SubscriberAuth.me(ctx),
                Bodies.json(ctx, GroupRequest.class, GROUP_EXAMPLE))))
                .summary("Makes a named group of callers")
                .body(GroupRequest.class, GROUP_EXAMPLE)
                .answers(201, GroupView.class, "The group")
                .fails(400, "invalid_name", "invalid_callers", "invalid_phone")
                .fails(409, "group_exists");
        routes.put("/api/me/groups/{id}", ctx -> ctx.json(rules.updateGroup(SubscriberAuth.me(ctx), Params.pathId(ctx, "Group"),
                Bodies.json(ctx, GroupRequest.class, GROUP_EXAMPLE))))
                .summary("Renames a group or changes its callers")
                .pathParam("id", Long.class, "The group's number")
                .body(GroupRequest.class, GROUP_EXAMPLE)
                .answers(200, GroupView.class, "The group as changed")
                .fails(400, "invalid_name", "invalid_callers", "invalid_phone")
                .fails(404, "not_found")
                .fails(409, "group_exists");
        routes.delete("/api/me/groups/{id}", ctx -> {
            rules.deleteGroup(SubscriberAuth.me(ctx), Params.pathId(ctx, "Group"));
            ctx.status(204);
        })
                .summary("Deletes a group, and the rules for it")
                .pathParam("id", Long.class, "The group's number")
                .answersRaw(204, null, "Deleted")
                .fails(404, "not_found");
        routes.get("/api/me/rules", ctx -> ctx.json(rules.rules(SubscriberAuth.me(ctx))))
                .summary("The subscriber's rules")
                .description("A caller hears the tone of the most specific rule that holds: for the caller's own number "
                        + "before a group, a time-limited rule before an all-day one; else the default tone.")
                .answersList(RuleView.class, "Every rule");
        routes.post("/api/me/rules", ctx -> ctx.status(201).json(rules.createRule(SubscriberAuth.me(ctx),
                Bodies.json(ctx, RuleRequest.class, RULE_EXAMPLE))))
                .summary("Adds a rule: a tone, or several to shuffle, for callers or a group, on days, in a window")
                .body(RuleRequest.class, RULE_EXAMPLE)
                .answers(201, RuleView.class, "The rule")
                .fails(400, "invalid_target", "invalid_tone_id", "tone_not_owned", "invalid_callers", "invalid_phone",
                        "invalid_days", "invalid_time_window", "invalid_dates")
                .fails(404, "not_found");
        routes.put("/api/me/rules/{id}", ctx -> ctx.json(rules.updateRule(SubscriberAuth.me(ctx), Params.pathId(ctx, "Rule"),
                Bodies.json(ctx, RuleRequest.class, RULE_EXAMPLE))))
                .summary("Changes a rule in place: the whole rule is replaced, checked as a new one is")
                .description("The rule keeps its number, and with it its place among rules of the same level.")
                .pathParam("id", Long.class, "The rule's number")
                .body(RuleRequest.class, RULE_EXAMPLE)
                .answers(200, RuleView.class, "The rule as changed")
                .fails(400, "invalid_target", "invalid_tone_id", "tone_not_owned", "invalid_callers", "invalid_phone",
                        "invalid_days", "invalid_time_window", "invalid_dates")
                .fails(404, "not_found");
        routes.delete("/api/me/rules/{id}", ctx -> {
            rules.deleteRule(SubscriberAuth.me(ctx), Params.pathId(ctx, "Rule"));
            ctx.status(204);
        })
                .summary("Deletes a rule")
                .pathParam("id", Long.class, "The rule's number")
                .answersRaw(204, null, "Deleted")
                .fails(404, "not_found");
    }

}
