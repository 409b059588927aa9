package vg.media;

/** An upload we refuse; {@link #getMessage()} is the reason, fit to show the editor. */
public final class MediaRejected extends Exception {
    public static final String UNSUPPORTED_MEDIA = "unsupported_media";
    public static final String UNDECODABLE_AUDIO = "undecodable_audio";

    private final int status;
    private final String code;

    private MediaRejected(int status, String code, String reason) {
        super(reason);
        this.status = status;
        this.code = code;
    }

    /** Not audio at all, or audio in a format we do not take: 415. */
    public static MediaRejected unsupported(String reason) {
        return new MediaRejected(415, UNSUPPORTED_MEDIA, reason);
    }

    /** Looks like a supported audio format but cannot be played: empty, truncated, damaged, zero length: 422. */
    public static MediaRejected undecodable(String reason) {
        return new MediaRejected(422, UNDECODABLE_AUDIO, reason);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
