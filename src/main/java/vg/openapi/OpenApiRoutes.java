package vg.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.webjars.WebJarVersionLocator;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Endpoint;
import vg.web.Routes;

/**
 * {@code /openapi.json}, the document of every route in the table it is registered into (built at its first request,
 * when every feature has registered), and {@code /api-docs}, Swagger UI from its webjar showing it.
 */
public final class OpenApiRoutes implements Routes {
    private static final String PAGE = "/vg/openapi/api-docs.html";
    private volatile byte[] document;

    @Override
    public void register(ApiRoutes all) {
        List<Endpoint> table = all.endpoints();
        ApiRoutes routes = all.section("Operating vg", Access.PUBLIC);
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document(table)))
                .summary("This document: every route vg serves, in OpenAPI 3.1")
                .answersRaw(200, "application/json", "The OpenAPI document");
        String page = page();
        routes.get("/api-docs", ctx -> ctx.html(page))
                .summary("The document as a page to read, with calls to try")
                .answersRaw(200, "text/html", "Swagger UI");
    }

    private byte[] document(List<Endpoint> table) {
        byte[] made = document;
        if (made == null) document = made = OpenApiDocument.json(table);
        return made;
    }

    private static String page() {
        String ui = "/webjars/swagger-ui/" + new WebJarVersionLocator().version("swagger-ui");
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(PAGE)) {
            if (in == null) throw new IllegalStateException(PAGE + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{ui}}", ui);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
