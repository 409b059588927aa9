package vg.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import vg.common.ApiException;

/** Serves a media file with an ETag, conditional GET and single byte ranges, as players and the switch expect. */
public final class FileResponses {
    private FileResponses() {
    }

    public static void serve(Context ctx, Path file, String contentType, String what) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw ApiException.notFound(what);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        long size = attrs.size();
        // Files are replaced, never rewritten in place, so size and time identify a version.
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(attrs.lastModifiedTime().toMillis()) + "\"";
        ctx.header("ETag", etag).header("Accept-Ranges", "bytes").header("Cache-Control", "public, max-age=300");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            ctx.status(304);
            return;
        }
        String ifRange = ctx.header("If-Range");
        ByteRange.Parsed range = ifRange != null && !ifRange.strip().equals(etag)
                ? new ByteRange.Whole() : ByteRange.parse(ctx.header("Range"), size);
        if (range instanceof ByteRange.Unsatisfiable) {
            ctx.status(416).header("Content-Range", "bytes */" + size)
                    .json(new ErrorBody("range_not_satisfiable", "The file has " + size + " bytes"));
            return;
        }
        try {
            SeekableByteChannel channel = Files.newByteChannel(file);
            ctx.contentType(contentType);
            if (range instanceof ByteRange.Partial p) {
                channel.position(p.range().first());
                ctx.status(206).header("Content-Range", "bytes " + p.range().first() + "-" + p.range().last() + "/" + size)
                        .header("Content-Length", Long.toString(p.range().length()));
                ctx.result(limited(Channels.newInputStream(channel), p.range().length()));
            } else {
                ctx.header("Content-Length", Long.toString(size));
                ctx.result(Channels.newInputStream(channel));
            }
        } catch (NoSuchFileException e) {
            throw ApiException.notFound(what);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static InputStream limited(InputStream in, long length) {
        return new java.io.FilterInputStream(in) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) return -1;
                int b = super.read();
                if (b >= 0) left--;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (left <= 0) return -1;
                int n = super.read(buf, off, (int) Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }
        };
    }
}
