package vg.batches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vg.common.ApiException;

/**
 * A batch's manifest: one row a tone, with the columns {@code file,title,artist,theme,kind,price,tags}. As CSV it has
 * a header line (comma- or semicolon-separated, as a Russian Excel saves it; in UTF-8, with or without its byte-order
 * mark, or in Windows-1251); as
 * JSON it is a list of objects with those fields. Only {@code file} is required here: each row's other fields are
 * checked as the upload form's are, and a bad row fails alone.
 */
final class Manifest {
    static final List<String> COLUMNS = List.of("file", "title", "artist", "theme", "kind", "price", "tags");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

    /** One row: its line (CSV) or place (JSON), from 1, and its fields by column. */
    record Row(int number, Map<String, String> fields) {
        String field(String name) {
            return fields.get(name);
        }

        String file() {
            String f = fields.get("file");
            return f == null ? "" : f.strip();
        }
    }

    private Manifest() {
    }

    static List<Row> parse(String name, byte[] bytes, int maxRows) {
        String text = decoded(bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Row> rows = name.toLowerCase(Locale.ROOT).endsWith(".json") ? json(text) : csv(text);
        if (rows.isEmpty()) throw invalid("it lists no files");
        if (rows.size() > maxRows) throw new ApiException(413, "batch_too_large", "The manifest lists " + rows.size()
                + " files; a batch holds at most " + maxRows + ".");
        for (Row r : rows) if (r.file().isEmpty()) throw invalid("row " + r.number() + " names no file");
        return rows;
    }

    /** UTF-8, or else Windows-1251: what Excel on a Russian Windows saves a CSV in, unless told UTF-8. */
    private static String decoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1251"));
        }
    }

    private static List<Row> csv(String text) {
        String header = text.lines().findFirst().orElse("");
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(text)) {
            List<String> columns = new ArrayList<>();
            CsvSchema read = (CsvSchema) it.getParserSchema();
            read.forEach(c -> columns.add(c.getName().strip().toLowerCase(Locale.ROOT)));
            checkColumns(columns);
            int line = 1;
            while (it.hasNextValue()) {
                line++;
                Map<String, String> raw = it.nextValue();
                Map<String, String> fields = new HashMap<>();
                raw.forEach((k, v) -> fields.put(k.strip().toLowerCase(Locale.ROOT), v));
                if (fields.values().stream().allMatch(v -> v == null || v.isBlank())) continue;
                rows.add(new Row(line, fields));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) throw api;
            throw invalid("it is not CSV with a header line: " + firstLine(e.getMessage()));
        }
        return rows;
    }

    private static List<Row> json(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw invalid("it is not JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isArray()) throw invalid("it must be a JSON list of objects, one a file");
        List<Row> rows = new ArrayList<>();
        int place = 0;
        for (JsonNode item : root) {
            place++;
            if (!item.isObject()) throw invalid("item " + place + " is not an object");
            Map<String, String> fields = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String key = f.getKey().strip().toLowerCase(Locale.ROOT);
                JsonNode v = f.getValue();
                if (!KNOWN.contains(key)) throw invalid("item " + place + " has the unknown field «" + shown(key) + "»; the fields are " + String.join(", ", COLUMNS));
                if (!v.isNull() && !v.isValueNode()) throw invalid("item " + place + "'s «" + key + "» must be text or a number");
                fields.put(key, v.isNull() ? null : v.asText());
            }
            rows.add(new Row(place, fields));
        }
        return rows;
    }

    private static void checkColumns(List<String> columns) {
        if (!columns.contains("file")) throw invalid("its header has no «file» column; the columns are " + String.join(",", COLUMNS));
        for (String c : columns)
            if (!KNOWN.contains(c)) throw invalid("its header has the unknown column «" + shown(c) + "»; the columns are " + String.join(",", COLUMNS));
    }

    private static ApiException invalid(String why) {
        return new ApiException(422, "invalid_manifest", "The manifest is refused: " + why + ".");
    }

    private static String shown(String s) {
        return EntryNames.printable(s);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
