package vg.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON schemas of the records vg reads and answers, as Jackson writes them (swagger-core's model resolver), with
 * what the resolver cannot know added. An answer's fields are all present and never null, except those marked
 * {@link Nullable} (null, or left out in a record that omits nulls); a request's fields must be sent, except those marked
 * {@link Nullable}, which may be null or left out.
 */
final class RecordSchemas {
    private final ModelConverters converters = ModelConverters.getInstance(true);
    private final Map<String, Schema> schemas = new TreeMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();
    private final Map<Class<?>, Boolean> sentByClients = new HashMap<>();

    /** A reference to the schema of answers of {@code type}, added to the components with every record it holds. */
    Schema<?> refTo(Class<?> type) {
        add(type, false);
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }

    /** The same for a request body of {@code type}. */
    Schema<?> requestRefTo(Class<?> type) {
        add(type, true);
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }

    Map<String, Schema> all() {
        return schemas;
    }

    private void add(Class<?> type, boolean request) {
        if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record; describe the body as one");
        Class<?> before = named.putIfAbsent(type.getSimpleName(), type);
        if (before != null) {
            if (before != type)
                throw new IllegalStateException(type.getName() + " and " + before.getName() + " would share one schema name");
            if (sentByClients.get(type) != request)
                throw new IllegalStateException(type.getName() + " is both a request and an answer; give each its record");
            return;
        }
        sentByClients.put(type, request);
        converters.readAll(type).forEach(schemas::putIfAbsent);
        Schema<?> schema = schemas.get(type.getSimpleName());
        if (schema == null) throw new IllegalStateException("no schema was made for " + type.getName());
        boolean omitsNulls = request || omitsNulls(type);
        List<String> required = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            nested(c.getGenericType(), request);
            boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
            Schema<?> property = schema.getProperties() == null ? null : schema.getProperties().get(c.getName());
            if (property == null) throw new IllegalStateException(type.getName() + "." + c.getName() + " is not in its schema");
            boolean record = property.get$ref() != null;
            // a reference cannot take "null" as a type beside it; a nullable record field is fine where it is left out
            if (nullable && record && !omitsNulls)
                throw new IllegalStateException(type.getName() + "." + c.getName() + ": a record field may be null only when left out");
            if (nullable && !record && (request || !omitsNulls)) property.addType("null");
            if (!nullable || !omitsNulls) required.add(c.getName());
        }
        schema.setRequired(required);
    }

    /** Records inside lists and maps get their own schemas and rules too. */
    private void nested(Type type, boolean request) {
        if (type instanceof Class<?> c && c.isRecord()) add(c, request);
        else if (type instanceof ParameterizedType p) for (Type arg : p.getActualTypeArguments()) nested(arg, request);
    }

    private static boolean omitsNulls(Class<?> type) {
        JsonInclude include = type.getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }
}
