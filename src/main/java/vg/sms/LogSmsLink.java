package vg.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * VG_SMS=log: every outgoing SMS becomes one JSON line in {@code VG_DATA/sms-outbox.jsonl} and one line in the log
 * (the one log line allowed to show a password: it stands in for the SMSC).
 * The file stands in for the operator's SMSC, so it carries the full text, passwords included.
 * Subscribers' SMS come in only through {@code /sms/inbound} in this mode.
 */
public final class LogSmsLink implements SmsLink {
    public static final String FILE_NAME = "sms-outbox.jsonl";

    private final Path file;
    private final Clock clock;
    private final java.util.function.Consumer<String> console;
    private final ObjectMapper json = new ObjectMapper();
    private FileChannel channel;

    public LogSmsLink(Path dataDir, Clock clock, java.util.function.Consumer<String> console) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
        this.console = console;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void start(InboundSms handler) {
        if (channel != null) return;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the SMS log " + file, e);
        }
    }

    @Override
    public synchronized void send(OutgoingSms sms) throws SmsLinkDown {
        if (channel == null) throw new SmsLinkDown("the SMS log is not open");
        String line = line(sms);
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(false);
        } catch (IOException e) {
            throw new SmsLinkDown("cannot write to the SMS log " + file + ": " + e.getMessage(), e);
        }
        console.accept("SMS " + sms.from() + " -> " + sms.to() + ": " + sms.text().replaceAll("\\R", " "));
    }

    private String line(OutgoingSms sms) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", Long.toString(sms.id()));
        fields.put("to", sms.to().digits());
        fields.put("from", sms.from());
        fields.put("text", sms.text());
        fields.put("at", clock.instant().toString());
        try {
            return json.writeValueAsString(fields) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was pending: every line was forced when written
        }
        channel = null;
    }
}
