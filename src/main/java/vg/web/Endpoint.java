package vg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one route takes and answers, declared where the route is registered: the source of the OpenAPI document.
 * Each call adds to the description and returns it, so a route reads as one statement.
 */
public final class Endpoint {
    /** Where a parameter travels. */
    public enum In { PATH, QUERY, HEADER }

    /** A parameter; {@code type} is String, Integer, Long or Boolean. */
    public record Param(String name, In in, boolean required, Class<?> type, String description) {
    }

    /** A form field of a multipart or URL-encoded body; {@code file} for an uploaded file. */
    public record FormField(String name, boolean required, boolean file, String description) {
    }

    /** A request body: JSON of {@code type} (with an example to try), or a form of {@code fields}. */
    public record Body(String mediaType, Class<?> type, String example, List<FormField> fields, boolean required) {
    }

    /** An answer: JSON of {@code type} (a list of them with {@code list}), another media type, or none. */
    public record Answer(String description, String mediaType, Class<?> type, boolean list) {
    }

    private final String method;
    private final String path;
    private final String section;
    private final Access access;
    private String summary = "";
    private String description;
    private final List<Param> params = new ArrayList<>();
    private Body body;
    private final Map<Integer, Answer> answers = new LinkedHashMap<>();
    private final Map<Integer, Set<String>> refusals = new LinkedHashMap<>();

    Endpoint(String method, String path, String section, Access access) {
        this.method = method;
        this.path = path;
        this.section = section;
        this.access = access;
        access.refusals().forEach((status, codes) -> refusals.computeIfAbsent(status, s -> new LinkedHashSet<>()).addAll(codes));
    }

    public Endpoint summary(String text) {
        summary = text;
        return this;
    }

    /** A longer account than the summary: what the route does beyond the obvious. */
    public Endpoint description(String text) {
        description = text;
        return this;
    }

    public Endpoint pathParam(String name, Class<?> type, String text) {
        params.add(new Param(name, In.PATH, true, type, text));
        return this;
    }

    public Endpoint query(String name, Class<?> type, String text) {
        params.add(new Param(name, In.QUERY, false, type, text));
        return this;
    }

    public Endpoint requiredQuery(String name, Class<?> type, String text) {
        params.add(new Param(name, In.QUERY, true, type, text));
        return this;
    }

    public Endpoint header(String name, String text) {
        params.add(new Param(name, In.HEADER, false, String.class, text));
        return this;
    }

    /**
     * A JSON body of {@code type}, {@code example} being one a person could send as it is; one that is not JSON, or not
     * that object, is refused with {@code invalid_body}.
     */
    public Endpoint body(Class<?> type, String example) {
        body = new Body("application/json", type, example, List.of(), true);
        return fails(400, "invalid_body");
    }

    public Endpoint form(String mediaType, boolean required, FormField... fields) {
        body = new Body(mediaType, null, null, List.of(fields), required);
        return this;
    }

    public Endpoint answers(int status, Class<?> type, String text) {
        answers.put(status, new Answer(text, "application/json", type, false));
        return this;
    }

    public Endpoint answersList(Class<?> type, String text) {
        answers.put(200, new Answer(text, "application/json", type, true));
        return this;
    }

    /** An answer that is not JSON (audio, an image, text), or none at all when {@code mediaType} is null. */
    public Endpoint answersRaw(int status, String mediaType, String text) {
        answers.put(status, new Answer(text, mediaType, null, false));
        return this;
    }

    /** A file served as {@link FileResponses} does: whole, by byte range, or not at all when the copy is current. */
    public Endpoint servesFile(String mediaType, String text) {
        header("Range", "bytes=first-last, to fetch part of the file");
        header("If-None-Match", "the ETag of a copy already held");
        header("If-Range", "the ETag the range belongs to; another sends the whole file");
        answersRaw(200, mediaType, text);
        answersRaw(206, mediaType, "The requested byte range (Content-Range says which)");
        answersRaw(304, null, "The copy held is current");
        return fails(404, "not_found").fails(416, "range_not_satisfiable");
    }

    /** The refusals this route can answer with {@code status}, by their {@code error} codes. */
    public Endpoint fails(int status, String... codes) {
        refusals.computeIfAbsent(status, s -> new LinkedHashSet<>()).addAll(List.of(codes));
        return this;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String section() {
        return section;
    }

    public Access access() {
        return access;
    }

    public String summaryText() {
        return summary;
    }

    public String descriptionText() {
        return description;
    }

    public List<Param> params() {
        return List.copyOf(params);
    }

    public java.util.Optional<Body> requestBody() {
        return java.util.Optional.ofNullable(body);
    }

    public Map<Integer, Answer> answerList() {
        return Map.copyOf(answers);
    }

    public Map<Integer, Set<String>> refusalList() {
        return Map.copyOf(refusals);
    }
}
