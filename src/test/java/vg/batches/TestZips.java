package vg.batches;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds ZIPs for the batch tests, hostile ones included, entry by entry. */
final class TestZips {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, String> links = new LinkedHashMap<>();

    TestZips with(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    TestZips with(String name, String content) {
        return with(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A Unix symbolic link named {@code name} pointing at {@code target}. */
    TestZips link(String name, String target) {
        links.put(name, target);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
            for (var l : links.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(l.getKey());
                entry.setUnixMode(0120777);
                zip.putArchiveEntry(entry);
                zip.write(l.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
