package vg.openapi;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import vg.web.Access;
import vg.web.GatewayToken;

/** How each kind of caller proves itself, in OpenAPI's words; alternatives are separate requirements. */
final class SecuritySchemes {
    private static final String SUBSCRIBER = "subscriberSession";
    private static final String EDITOR_SESSION = "editorSession";
    private static final String EDITOR_BASIC = "editorBasic";
    private static final String GATEWAY_HEADER = "gatewayToken";
    private static final String GATEWAY_QUERY = "gatewayTokenQuery";

    private SecuritySchemes() {
    }

    static Map<String, SecurityScheme> all() {
        return Map.of(
                SUBSCRIBER, cookie(vg.subscriber.SubscriberAuth.COOKIE, "The session cookie that POST /api/session sets"),
                EDITOR_SESSION, cookie(vg.editor.EditorRoutes.COOKIE, "The session cookie that POST /api/editor/session sets"),
                EDITOR_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The editor's name and password"),
                GATEWAY_HEADER, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name(GatewayToken.HEADER).description("The gateway token of the operator's network (VG_GATEWAY_TOKEN)"),
                GATEWAY_QUERY, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.QUERY)
                        .name("token").description("The gateway token, for a peer that cannot set a header"));
    }

    static List<SecurityRequirement> of(Access access) {
        return switch (access) {
            case PUBLIC -> List.of();
            case SUBSCRIBER -> List.of(requirement(SUBSCRIBER));
            case EDITOR -> List.of(requirement(EDITOR_SESSION), requirement(EDITOR_BASIC));
            case GATEWAY -> List.of(requirement(GATEWAY_HEADER), requirement(GATEWAY_QUERY));
        };
    }

    private static SecurityRequirement requirement(String scheme) {
        return new SecurityRequirement().addList(scheme);
    }

    private static SecurityScheme cookie(String name, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name(name).description(description);
    }
}
