package vg.sip;

import java.util.concurrent.ScheduledFuture;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import vg.playback.HeardCall;
import vg.rtp.RtpStream;

/**
 * One branch the switch forked to vg, from its INVITE to its final response: the stream, the 183 that is repeated,
 * the ring timer. It ends exactly once, whoever ends it first (CANCEL, BYE, the timer, a stopping vg).
 */
final class EarlyMediaCall {
    final ServerTransaction invite;
    final Request request;
    final String toTag;
    final boolean reliable;
    private HeardCall heard;
    private RtpStream stream;
    private ScheduledFuture<?> repeat;
    private ScheduledFuture<?> timeout;
    private boolean ended;

    EarlyMediaCall(ServerTransaction invite, String toTag, boolean reliable) {
        this.invite = invite;
        this.request = invite.getRequest();
        this.toTag = toTag;
        this.reliable = reliable;
    }

    /** The stream starts playing unless the call already ended (a CANCEL that overtook the INVITE's handling). */
    synchronized void play(HeardCall call, RtpStream rtp, ScheduledFuture<?> repeating, ScheduledFuture<?> ringLimit) {
        heard = call;
        stream = rtp;
        repeat = repeating;
        timeout = ringLimit;
        if (ended) stopMedia();
        else rtp.start();
    }

    /** True the first time only; the stream and timers stop at once, and the caller sends the final response. */
    synchronized boolean end() {
        if (ended) return false;
        ended = true;
        stopMedia();
        return true;
    }

    synchronized boolean ended() {
        return ended;
    }

    synchronized HeardCall heard() {
        return heard;
    }

    private void stopMedia() {
        if (stream != null) stream.stop();
        if (repeat != null) repeat.cancel(false);
        if (timeout != null) timeout.cancel(false);
    }
}
