package vg.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vg.support.Http;

/**
 * vg's OpenAPI document as a client reads it: which operations it names, and whether an answer vg gave is one the
 * document allows (its status listed, its JSON valid against the listed schema, its error code among those listed).
 */
final class DocumentedApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final JsonNode document;

    DocumentedApi(String json) {
        try {
            document = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the document is not JSON", e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Every operation as {@code METHOD /path/{param}}. */
    List<String> operations() {
        List<String> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> all.add(method.toUpperCase() + " " + path.getKey()));
        }
        return all;
    }

    JsonNode operation(String method, String template) {
        JsonNode op = document.path("paths").path(template).path(method.toLowerCase());
        assertThat(op.isMissingNode()).as("%s %s is documented", method, template).isFalse();
        return op;
    }

    /** The problems, none when the answer is one the document allows for this operation. */
    List<String> problems(String method, String template, Http.Response answer) {
        JsonNode op = operation(method, template);
        String where = method + " " + template + " answered " + answer.status();
        JsonNode documented = op.path("responses").path(Integer.toString(answer.status()));
        if (documented.isMissingNode()) return List.of(where + ", which is not documented: " + answer.text());
        JsonNode content = documented.path("content");
        String type = answer.header("Content-Type").orElse("").split(";")[0].strip();
        if (content.isMissingNode()) {
            return answer.body().length == 0 ? List.of() : List.of(where + " with a body where none is documented");
        }
        if (!content.has(type)) return List.of(where + " as " + type + ", documented as " + content.fieldNames().next());
        if (!type.equals("application/json")) return List.of();
        JsonNode schema = content.path(type).path("schema");
        if (schema.isEmpty()) return List.of();
        return SCHEMAS.getSchema(withComponents(schema).toString(), InputFormat.JSON).validate(answer.json()).stream()
                .map(e -> where + ": " + e.getMessage() + " in " + answer.text())
                .toList();
    }

    /** A schema of the document made standalone: its {@code #/components/...} references resolve within it. */
    private ObjectNode withComponents(JsonNode schema) {
        ObjectNode standalone = schema.deepCopy();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("components", document.get("components"));
        return standalone;
    }
}
