package vg.web;

import java.util.List;
import java.util.Map;

/**
 * Who may call a route, and the refusals that follow from it whatever the route does: the subscriber's session, the
 * editor's session or HTTP Basic, or the operator network's gateway token.
 */
public enum Access {
    PUBLIC(Map.of()),
    SUBSCRIBER(Map.of(401, List.of("not_logged_in", "session_expired"))),
    EDITOR(Map.of(401, List.of("not_logged_in", "session_expired", "bad_credentials"), 429, List.of("too_many_attempts"))),
    GATEWAY(Map.of(401, List.of("bad_gateway_token")));

    private final Map<Integer, List<String>> refusals;

    Access(Map<Integer, List<String>> refusals) {
        this.refusals = refusals;
    }

    /** The error codes, by status, that this access check alone can answer. */
    public Map<Integer, List<String>> refusals() {
        return refusals;
    }
}
