package vg.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the log SMS link delivered (VG_DATA/sms-outbox.jsonl), as the subscriber's phone would. */
public final class SmsInbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSWORD = Pattern.compile("(?:Пароль:|пароль) ([A-Za-z0-9]{6,})");
    private final List<Path> files;

    /** What one or more vg processes' log links wrote, together (the nodes of a cluster write one file each). */
    public SmsInbox(Path... files) {
        this.files = List.of(files);
    }

    public List<JsonNode> all() {
        List<JsonNode> out = new ArrayList<>();
        for (Path file : files) {
            if (!Files.exists(file)) continue;
            try {
                for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    public List<JsonNode> to(String phone) {
        return all().stream().filter(m -> m.get("to").asText().endsWith(phone)).toList();
    }

    /** Waits for the {@code n}-th SMS (from 1) to {@code phone} and returns it. */
    public JsonNode await(String phone, int n) {
        return Await.until(Duration.ofSeconds(15), () -> to(phone), l -> l.size() >= n).get(n - 1);
    }

    /** Waits for an SMS with a password to {@code phone} among those after the first {@code skip}, and returns the password. */
    public String awaitPassword(String phone, int skip) {
        List<JsonNode> later = Await.until(Duration.ofSeconds(15), () -> to(phone).stream().skip(skip).toList(),
                l -> l.stream().anyMatch(m -> PASSWORD.matcher(m.get("text").asText()).find()));
        return passwordIn(later.stream().filter(m -> PASSWORD.matcher(m.get("text").asText()).find()).reduce((a, b) -> b).orElseThrow());
    }

    public static String passwordIn(JsonNode sms) {
        Matcher m = PASSWORD.matcher(sms.get("text").asText());
        if (!m.find()) throw new AssertionError("no password in " + sms);
        return m.group(1);
    }
}
