package vg.batches;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * How many entries a ZIP says it holds, read from its end-of-central-directory record alone. A ZIP reader loads the
 * whole central directory before any entry can be checked, and a small file of a few million empty entries would fill
 * the heap doing so: this count is checked first.
 */
final class ZipEntryCount {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD_BYTES = 22;
    private static final int MAX_COMMENT_BYTES = 0xFFFF;
    /** What a ZIP64 archive puts here, its real count being elsewhere: more than a batch may hold in any case. */
    static final int ZIP64_MARK = 0xFFFF;

    private ZipEntryCount() {
    }

    /** The count, or empty when there is no end record: then it is no ZIP. */
    static OptionalInt of(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip)) {
            long size = channel.size();
            if (size < END_RECORD_BYTES) return OptionalInt.empty();
            int tail = (int) Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(buffer, size - tail);
            // the record ends the file but for its comment, so the last signature found from the end is it
            for (int at = tail - END_RECORD_BYTES; at >= 0; at--) {
                if (buffer.getInt(at) == END_SIGNATURE) return OptionalInt.of(Short.toUnsignedInt(buffer.getShort(at + 10)));
            }
            return OptionalInt.empty();
        }
    }
}
