package vg.openapi;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vg.web.Endpoint;
import vg.web.ErrorBody;

/** Builds the OpenAPI 3.1 document of vg's route table. */
public final class OpenApiDocument {
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(400, "The request is wrong; error says how"),
            Map.entry(401, "Not logged in, or the credentials are wrong"), Map.entry(404, "There is no such thing"),
            Map.entry(409, "It cannot be done in the present state"), Map.entry(413, "Too large"),
            Map.entry(415, "Not a kind of content vg takes"), Map.entry(416, "The range lies outside the file"),
            Map.entry(422, "The content cannot be used"), Map.entry(429, "Too many wrong passwords; wait 15 minutes"),
            Map.entry(503, "vg is stopping; try another node or again shortly"));

    private OpenApiDocument() {
    }

    /** The document as JSON. */
    public static byte[] json(List<Endpoint> endpoints) {
        try {
            return Json31.mapper().writeValueAsBytes(build(endpoints));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    public static OpenAPI build(List<Endpoint> endpoints) {
        RecordSchemas schemas = new RecordSchemas();
        Schema<?> error = schemas.refTo(ErrorBody.class);
        Paths paths = new Paths();
        Set<String> sections = new LinkedHashSet<>();
        Set<String> operationIds = new HashSet<>();
        for (Endpoint e : endpoints) {
            Operation op = operation(e, schemas, error);
            if (!operationIds.add(op.getOperationId())) throw new IllegalStateException("two routes are " + op.getOperationId());
            PathItem item = paths.computeIfAbsent(e.path(), p -> new PathItem());
            item.operation(PathItem.HttpMethod.valueOf(e.method()), op);
            sections.add(e.section());
        }
        Components components = new Components().securitySchemes(SecuritySchemes.all());
        new TreeMap<>(schemas.all()).forEach(components::addSchemas);
        return new OpenAPI(SpecVersion.V31)
                .openapi("3.1.0")
                .info(new Info().title("vg — Вместо гудков").version("1")
                        .description("The ringback-tone service's HTTP API: the catalogue, the subscriber's cabinet, the "
                                + "editor's desk, and the operator network's calls (switch, SMSC, billing). Errors are "
                                + "{\"error\": code, \"message\": sentence}. Try a cabinet call by logging in with "
                                + "POST /api/session first: the browser keeps the session cookie. The web pages (/, /login.html, "
                                + "/cabinet.html, /editor.html) are static files on top of this API."))
                .tags(sections.stream().map(s -> new Tag().name(s)).toList())
                .paths(paths)
                .components(components);
    }

    private static Operation operation(Endpoint e, RecordSchemas schemas, Schema<?> error) {
        Operation op = new Operation()
                .operationId(operationId(e))
                .summary(e.summaryText())
                .description(e.descriptionText())
                .addTagsItem(e.section());
        if (e.summaryText().isBlank()) throw new IllegalStateException(e.method() + " " + e.path() + " has no summary");
        Set<String> declared = new HashSet<>();
        for (Endpoint.Param p : e.params()) {
            if (p.in() == Endpoint.In.PATH) declared.add(p.name());
            op.addParametersItem(new Parameter().name(p.name()).in(p.in().name().toLowerCase()).required(p.required())
                    .description(p.description()).schema(scalar(p.type())));
        }
        Matcher m = PATH_VARIABLE.matcher(e.path());
        while (m.find())
            if (!declared.contains(m.group(1)))
                throw new IllegalStateException(e.method() + " " + e.path() + " does not describe {" + m.group(1) + "}");
        e.requestBody().ifPresent(b -> op.requestBody(requestBody(b, schemas)));
        ApiResponses responses = new ApiResponses();
        new TreeMap<>(e.answerList()).forEach((status, a) -> responses.addApiResponse(Integer.toString(status), answer(a, schemas)));
        new TreeMap<>(e.refusalList()).forEach((status, codes) -> responses.addApiResponse(Integer.toString(status),
                new ApiResponse().description(REASONS.getOrDefault(status, "Refused") + ": " + String.join(", ", codes))
                        .content(json(refusal(error, codes)))));
        if (e.answerList().isEmpty()) throw new IllegalStateException(e.method() + " " + e.path() + " describes no answer");
        op.responses(responses);
        List<SecurityRequirement> security = SecuritySchemes.of(e.access());
        if (!security.isEmpty()) op.security(security);
        return op;
    }

    /** {@code get /api/tones/{id}/preview.mp3} is {@code getApiTonesIdPreviewMp3}. */
    private static String operationId(Endpoint e) {
        StringBuilder id = new StringBuilder(e.method().toLowerCase());
        for (String word : e.path().split("[^A-Za-z0-9]+"))
            if (!word.isEmpty()) id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        return id.toString();
    }

    private static RequestBody requestBody(Endpoint.Body b, RecordSchemas schemas) {
        Schema<?> schema;
        MediaType media = new MediaType();
        if (b.type() != null) {
            schema = schemas.requestRefTo(b.type());
            if (b.example() != null) media.example(example(b.example()));
        } else {
            schema = new Schema<>().typesItem("object");
            List<String> required = new ArrayList<>();
            for (Endpoint.FormField f : b.fields()) {
                Schema<?> field = new Schema<>().typesItem("string").description(f.description());
                if (f.file()) field.contentMediaType("application/octet-stream");
                schema.addProperty(f.name(), field);
                if (f.required()) required.add(f.name());
            }
            if (!required.isEmpty()) schema.required(required);
        }
        return new RequestBody().required(b.required()).content(new Content().addMediaType(b.mediaType(), media.schema(schema)));
    }

    private static Object example(String json) {
        try {
            return Json31.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the example " + json + " is not JSON", e);
        }
    }

    private static ApiResponse answer(Endpoint.Answer a, RecordSchemas schemas) {
        ApiResponse response = new ApiResponse().description(a.description());
        if (a.mediaType() == null) return response;
        if (a.type() == null) {
            Schema<?> raw = new Schema<>();
            if (!a.mediaType().equals("application/json")) raw.typesItem("string").contentMediaType(a.mediaType());
            return response.content(new Content().addMediaType(a.mediaType(), new MediaType().schema(raw)));
        }
        Schema<?> schema = schemas.refTo(a.type());
        if (a.list()) schema = new Schema<>().typesItem("array").items(schema);
        return response.content(json(schema));
    }

    /** The error body with its code narrowed to those the route can answer with this status. */
    private static Schema<?> refusal(Schema<?> error, Set<String> codes) {
        Schema<String> code = new Schema<String>().typesItem("string");
        code.setEnum(List.copyOf(codes));
        return new Schema<>().addAllOfItem(error).addProperty("error", code);
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }

    private static Schema<?> scalar(Class<?> type) {
        if (type == String.class) return new Schema<>().typesItem("string");
        if (type == Integer.class) return new Schema<>().typesItem("integer").format("int32");
        if (type == Long.class) return new Schema<>().typesItem("integer").format("int64");
        if (type == Boolean.class) return new Schema<>().typesItem("boolean");
        throw new IllegalArgumentException("a parameter is a String, Integer, Long or Boolean, not " + type);
    }
}
