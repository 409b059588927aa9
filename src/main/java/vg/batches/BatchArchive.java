package vg.batches;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vg.common.ApiException;

/**
 * Unpacks an editor's ZIP into a folder of its own, or refuses it whole. The ZIP is read from its central directory
 * (what every unpacker trusts), every entry is checked before one byte is unpacked, and each file is written under a
 * name made here ({@code 1.part}, {@code 2.part}…), so no entry name ever becomes a path. Refused: links, names that
 * climb out or start at the root, nested archives, encrypted entries, an entry that unpacks past what its header says
 * or far past its packed size, and more files or bytes than {@link BatchLimits} allow.
 */
final class BatchArchive {
    static final Set<String> MANIFEST_NAMES = Set.of("manifest.csv", "manifest.json");
    private static final long MAX_MANIFEST_BYTES = BatchLimits.MB;

    /** One file of the ZIP as unpacked: its name in the ZIP, normalised, and where its bytes now are. */
    record Unpacked(String name, Path file) {
    }

    /** The ZIP's audio files in the ZIP's order, and its manifest. */
    record Contents(List<Unpacked> files, Unpacked manifest) {
    }

    private final BatchLimits limits;

    BatchArchive(BatchLimits limits) {
        this.limits = limits;
    }

    Contents unpack(Path zip, Path into) throws IOException {
        OptionalInt count = ZipEntryCount.of(zip);
        if (count.isEmpty()) throw new ApiException(415, "not_a_zip", "This is not a ZIP archive: it has no central directory.");
        if (count.getAsInt() > limits.maxEntries())
            throw new ApiException(413, "batch_too_large", "The ZIP holds " + (count.getAsInt() == ZipEntryCount.ZIP64_MARK
                    ? "more than 65,535" : String.format("%,d", count.getAsInt())) + " entries; a batch is " + limits.describe() + ".");
        try (ZipFile archive = open(zip)) {
            List<Checked> entries = check(archive);
            List<Unpacked> files = new ArrayList<>();
            Unpacked manifest = null;
            long total = 0;
            int n = 0;
            for (Checked c : entries) {
                long max = c.manifest ? MAX_MANIFEST_BYTES : Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                Path target = into.resolve(++n + ".part");
                long size = copy(archive, c, target, max);
                if (c.manifest) manifest = new Unpacked(c.name, target);
                else {
                    total += size;
                    files.add(new Unpacked(c.name, target));
                }
            }
            if (manifest == null)
                throw new ApiException(422, "no_manifest", "The ZIP has no manifest.csv or manifest.json beside its files.");
            return new Contents(Collections.unmodifiableList(files), manifest);
        }
    }

    private record Checked(ZipArchiveEntry entry, String name, boolean manifest) {
    }

    private static ZipFile open(Path zip) {
        try {
            return ZipFile.builder().setPath(zip).get();
        } catch (IOException e) {
            // the reader's message names the file it read, a path on this server: it is not passed on
            throw new ApiException(415, "not_a_zip", "This is not a ZIP archive, or its directory is damaged.");
        }
    }

    /** Everything that can be told from the central directory, checked before anything is unpacked. */
    private List<Checked> check(ZipFile archive) {
        List<Checked> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int manifests = 0;
        long declared = 0;
        for (ZipArchiveEntry e : Collections.list(archive.getEntries())) {
            String raw = EntryNames.nameOf(e);
            if (e.isUnixSymlink()) throw EntryNames.hostile(raw, "is a link");
            Optional<String> name = EntryNames.normalised(raw);
            if (e.isDirectory() || name.isEmpty()) continue;
            String n = name.get();
            if (!names.add(n.toLowerCase(Locale.ROOT))) throw EntryNames.hostile(raw, "appears twice");
            if (EntryNames.looksLikeArchive(n)) throw nested(raw);
            if (!archive.canReadEntryData(e))
                throw new ApiException(422, "invalid_zip", "The ZIP's entry «" + EntryNames.printable(raw)
                        + "» is encrypted or packed in a way vg does not read; pack it again with plain ZIP compression.");
            boolean manifest = MANIFEST_NAMES.contains(n.toLowerCase(Locale.ROOT));
            if (manifest) manifests++;
            else if (e.getSize() > 0) declared += e.getSize();
            checked.add(new Checked(e, n, manifest));
        }
        if (manifests > 1) throw new ApiException(422, "invalid_manifest", "The ZIP has both manifest.csv and manifest.json; keep one.");
        int files = checked.size() - manifests;
        if (files > limits.maxFiles())
            throw new ApiException(413, "batch_too_large", "The ZIP holds " + files + " files; a batch is " + limits.describe() + ".");
        if (declared > limits.maxTotalBytes())
            throw new ApiException(413, "batch_too_large", "The ZIP's files unpack to " + declared / BatchLimits.MB
                    + " MB; a batch is " + limits.describe() + ".");
        return checked;
    }

    /** Unpacks one entry, counting as it goes: a header may lie about the size, so what comes out is what counts. */
    private long copy(ZipFile archive, Checked c, Path target, long max) throws IOException {
        ZipArchiveEntry e = c.entry;
        boolean manifest = c.manifest;
        long declared = e.getSize();
        long inflationLimit = Math.max(BatchLimits.INFLATION_CHECKED_FROM_BYTES, Math.max(1, e.getCompressedSize()) * limits.maxInflation());
        byte[] buffer = new byte[64 * 1024];
        byte[] head = new byte[NestedArchives.HEAD_BYTES];
        int headLength = 0;
        long written = 0;
        try (InputStream in = entryData(archive, e); OutputStream out = Files.newOutputStream(target)) {
            for (int read = read(in, buffer, e); read >= 0; read = read(in, buffer, e)) {
                if (headLength < head.length) {
                    int take = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                    if (!manifest && headLength == head.length && NestedArchives.startsOne(head, headLength)) throw nested(c.name);
                }
                written += read;
                if (declared >= 0 && written > declared) throw EntryNames.hostile(e.getName(), "unpacks past the size its header states");
                // text packs far better than audio, and the manifest's own small cap bounds it anyway
                if (!manifest && written > inflationLimit)
                    throw EntryNames.hostile(e.getName(), "unpacks to more than " + limits.maxInflation() + " times its packed size");
                if (written > max) throw tooLarge(c.name, manifest, max);
                out.write(buffer, 0, read);
            }
        }
        if (!manifest && headLength < head.length && NestedArchives.startsOne(head, headLength)) throw nested(c.name);
        return written;
    }

    private static ApiException nested(String entry) {
        return EntryNames.hostile(entry, "is itself an archive; put the audio files in the ZIP directly");
    }

    private static InputStream entryData(ZipFile archive, ZipArchiveEntry e) {
        try {
            return archive.getInputStream(e);
        } catch (IOException broken) {
            throw damaged(e, broken);
        }
    }

    /** A read of the ZIP that fails is the ZIP's fault (cut short, a bad checksum, a corrupt stream), not vg's. */
    private static int read(InputStream in, byte[] buffer, ZipArchiveEntry e) {
        try {
            return in.read(buffer);
        } catch (IOException broken) {
            throw damaged(e, broken);
        }
    }

    private static ApiException damaged(ZipArchiveEntry e, IOException broken) {
        return new ApiException(422, "invalid_zip", "The ZIP's entry «" + EntryNames.printable(e.getName()) + "» is damaged: "
                + (broken.getMessage() == null ? broken.getClass().getSimpleName() : broken.getMessage()));
    }

    private ApiException tooLarge(String name, boolean manifest, long max) {
        if (manifest) return new ApiException(422, "invalid_manifest", "The manifest is larger than " + max / BatchLimits.MB + " MB.");
        return new ApiException(413, "batch_too_large", "«" + EntryNames.printable(name) + "» unpacks past the batch's limits; a batch is "
                + limits.describe() + ".");
    }
}
