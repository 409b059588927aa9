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
    private String encoding = "UTF-8";
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

    /** Names written in this encoding and not flagged as UTF-8, as Windows Explorer writes them. */
    TestZips namesIn(String charset) {
        encoding = charset;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding(encoding);
            zip.setUseLanguageEncodingFlag(encoding.equals("UTF-8"));
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

    /** {@code zip} with the unpacked size its central directory states for the entry {@code name} set to {@code size}. */
    static byte[] withStatedSize(byte[] zip, String name, int size) {
        return withDirectoryField(zip, name, 24, size);
    }

    /** {@code zip} with the packed size of {@code name} set to {@code size}: its data then ends too soon. */
    static byte[] withPackedSize(byte[] zip, String name, int size) {
        return withDirectoryField(zip, name, 20, size);
    }

    private static byte[] withDirectoryField(byte[] zip, String name, int offset, int value) {
        byte[] copy = zip.clone();
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < copy.length; at++) {
            boolean header = copy[at] == 'P' && copy[at + 1] == 'K' && copy[at + 2] == 1 && copy[at + 3] == 2;
            int nameLength = header ? (copy[at + 28] & 0xFF) | (copy[at + 29] & 0xFF) << 8 : -1;
            if (header && nameLength == wanted.length
                    && java.util.Arrays.equals(copy, at + 46, at + 46 + nameLength, wanted, 0, wanted.length)) {
                java.nio.ByteBuffer.wrap(copy, at + offset, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(value);
                return copy;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
