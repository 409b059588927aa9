package vg.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media side of early media: thousands of streams on a few pacing threads ({@link RtpSender}, no thread per call)
 * and one receiving thread ({@link RtpReceiver}). Ports come from {@link RtpPorts}; samples from {@link ToneAudioCache}.
 */
public final class RtpEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RtpEngine.class);

    private final RtpPorts ports;
    private final ToneAudioCache audio;
    private final RtpCounters counters = new RtpCounters();
    private final RtpSender[] senders;
    private final RtpReceiver receiver;
    private final Random random = new SecureRandom();

    public RtpEngine(InetAddress host, PortRange range, int senderThreads, ToneAudioCache audio) throws IOException {
        this.ports = new RtpPorts(host, range);
        this.audio = audio;
        this.senders = new RtpSender[senderThreads];
        for (int i = 0; i < senderThreads; i++) senders[i] = new RtpSender(this, counters, i, senderThreads);
        this.receiver = new RtpReceiver();
        for (RtpSender s : senders) s.start();
        receiver.start();
    }

    /** The number of senders for this machine: one a core, at most four; each keeps a share of the streams. */
    public static int senderThreadsFor(int cores) {
        return Math.max(1, Math.min(4, cores));
    }

    /**
     * A stream of the tone to {@code remote}, bound to a port of its own but not yet sending; {@link RtpStream#start}
     * sends. {@code eventPayloadType} is the offer's telephone-event type, or -1; {@code onStar} runs on the receiving
     * thread, so it must hand its work on.
     */
    public RtpStream open(long toneId, InetSocketAddress remote, int eventPayloadType, Runnable onStar) throws IOException {
        ToneAudio samples = audio.acquire(toneId);
        DatagramChannel channel = ports.open();
        if (channel == null) {
            audio.release(samples);
            throw new NoFreePortException();
        }
        int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        RtpStream stream;
        synchronized (random) {
            stream = new RtpStream(this, channel, port, remote, samples, eventPayloadType, onStar, random.nextInt(),
                    random.nextInt(0x10000), random.nextInt() & 0xffffffffL);
        }
        counters.started();
        receiver.add(stream);
        return stream;
    }

    public RtpCounters counters() {
        return counters;
    }

    public int freePorts() {
        return ports.available();
    }

    public int tonesInMemory() {
        return audio.tonesHeld();
    }

    void schedule(RtpStream stream) {
        RtpSender least = senders[0];
        for (RtpSender s : senders) if (s.size() < least.size()) least = s;
        least.add(stream);
    }

    /** A stream stopped before its sender took it never reaches a sender's list; it is finished here instead. */
    void stopped(RtpStream stream) {
        if (!stream.scheduled()) finish(stream);
    }

    /** Called once per stream, by its sender (or by {@link #stopped} if it never had one): the port and samples go back. */
    void finish(RtpStream stream) {
        if (!stream.markFinished()) return;
        try {
            stream.channel().close();
        } catch (IOException e) {
            log.warn("closing RTP port {} failed: {}", stream.localPort(), e.toString());
        }
        ports.release(stream.localPort());
        audio.release(stream.audio());
        counters.ended();
    }

    @Override
    public void close() {
        for (RtpSender s : senders) s.stop();
        receiver.stop();
    }
}
