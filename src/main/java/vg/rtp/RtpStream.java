package vg.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One branch's media: the tone, looped, from its own even port to the address and port of the offer, one 20 ms packet
 * at each tick of the {@link RtpSender} that owns it; and the caller's {@code *} (RFC 4733 event 10) coming back.
 * Sending belongs to the sender's thread, receiving to the {@link RtpReceiver}'s, stopping to anyone.
 */
public final class RtpStream {
    public static final int PAYLOAD_PCMA = 8;
    public static final int SAMPLES_PER_PACKET = 160;

    private final RtpEngine engine;
    private final DatagramChannel channel;
    private final int localPort;
    private final InetSocketAddress remote;
    private final InetAddress remoteHost;
    private final ToneAudio audio;
    private final int eventPayloadType;
    private final Runnable onStar;
    private final int ssrc;
    private final byte[] packet = new byte[RtpPacket.HEADER_BYTES + SAMPLES_PER_PACKET];
    private final ByteBuffer outgoing = ByteBuffer.wrap(packet);
    private int sequence;
    private long timestamp;
    private int position;
    private boolean first = true;
    private long lastStarTimestamp = -1;
    private volatile boolean stopped;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    RtpStream(RtpEngine engine, DatagramChannel channel, int localPort, InetSocketAddress remote, ToneAudio audio,
              int eventPayloadType, Runnable onStar, int ssrc, int firstSequence, long firstTimestamp) {
        this.engine = engine;
        this.channel = channel;
        this.localPort = localPort;
        this.remote = remote;
        this.remoteHost = remote.getAddress();
        this.audio = audio;
        this.eventPayloadType = eventPayloadType;
        this.onStar = onStar;
        this.ssrc = ssrc;
        this.sequence = firstSequence;
        this.timestamp = firstTimestamp;
    }

    public int localPort() {
        return localPort;
    }

    public int ssrc() {
        return ssrc;
    }

    public long toneId() {
        return audio.toneId();
    }

    /** Packets begin at the next tick. */
    public void start() {
        if (!stopped && scheduled.compareAndSet(false, true)) engine.schedule(this);
    }

    /** No packet leaves after the one that may be on its way now; the port goes back within a tick. */
    public void stop() {
        if (stopped) return;
        stopped = true;
        engine.stopped(this);
    }

    public boolean stopped() {
        return stopped;
    }

    /** The sender's tick: the next 160 samples, one packet. */
    void sendNext() throws IOException {
        RtpPacket.writeHeader(packet, 0, first, PAYLOAD_PCMA, sequence, timestamp, ssrc);
        audio.copyLooped(position, packet, RtpPacket.HEADER_BYTES, SAMPLES_PER_PACKET);
        outgoing.clear();
        channel.send(outgoing, remote);
        first = false;
        sequence = (sequence + 1) & 0xffff;
        timestamp = (timestamp + SAMPLES_PER_PACKET) & 0xffffffffL;
        position = (position + SAMPLES_PER_PACKET) % audio.length();
    }

    /** A datagram on our port. Only the offer's host may press keys; one press is one event timestamp. */
    void received(InetAddress from, byte[] b, int length) {
        if (stopped || eventPayloadType < 0 || !remoteHost.equals(from)) return;
        RtpHeader h = RtpPacket.read(b, length);
        if (h == null || h.payloadType() != eventPayloadType) return;
        TelephoneEvent e = TelephoneEvent.read(b, h.payloadOffset(), h.payloadLength());
        if (e == null || e.event() != TelephoneEvent.STAR || !e.end() || h.timestamp() == lastStarTimestamp) return;
        lastStarTimestamp = h.timestamp();
        onStar.run();
    }

    boolean scheduled() {
        return scheduled.get();
    }

    /** True the first time only: a stream's port and samples are given back once. */
    boolean markFinished() {
        return finished.compareAndSet(false, true);
    }

    DatagramChannel channel() {
        return channel;
    }

    ToneAudio audio() {
        return audio;
    }
}
