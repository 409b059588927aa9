package vg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link IndexedTone} as the bytes of one binary doc value. Doc values are read at random without decompressing
 * a block of neighbours, which stored fields do for every document: on a page of 20 hits that was a quarter of
 * the search. Strings are UTF-8, as stored fields would have them.
 */
final class ToneRecord {
    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private ToneRecord() {
    }

    static BytesRef encode(IndexedTone tone) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVLong(tone.id());
            for (String s : new String[] {tone.title(), tone.artist(), tone.tags(), tone.themeId(), tone.themeName(), tone.kind()}) {
                writeNullable(out, s);
            }
            out.writeZLong(tone.priceKopecks());
            out.writeZInt(tone.durationSec());
            out.writeZLong(tone.popularity());
            out.writeZLong(tone.weekPlays());
            out.writeZLong(tone.publishedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static IndexedTone decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            return new IndexedTone(in.readVLong(), readNullable(in, bytes), readNullable(in, bytes), readNullable(in, bytes),
                    readNullable(in, bytes), readNullable(in, bytes), readNullable(in, bytes), in.readZLong(), in.readZInt(),
                    in.readZLong(), in.readZLong(), in.readZLong());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static void writeNullable(DataOutput out, String s) throws IOException {
        out.writeByte(s == null ? ABSENT : PRESENT);
        if (s != null) out.writeString(s);
    }

    /** A string as {@link DataOutput#writeString} wrote it, decoded where it lies in {@code bytes} without a copy first. */
    private static String readNullable(ByteArrayDataInput in, BytesRef bytes) throws IOException {
        if (in.readByte() == ABSENT) return null;
        int length = in.readVInt();
        String s = new String(bytes.bytes, in.getPosition(), length, StandardCharsets.UTF_8);
        in.skipBytes(length);
        return s;
    }
}
