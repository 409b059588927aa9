package vg.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One thread that reads what arrives on every stream's port (the caller's key presses), through one selector. */
final class RtpReceiver implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(RtpReceiver.class);
    private static final int MAX_DATAGRAM = 1500;

    private final Selector selector;
    private final ConcurrentLinkedQueue<RtpStream> joining = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
    private final Thread thread;
    private volatile boolean running = true;

    RtpReceiver() throws IOException {
        selector = Selector.open();
        thread = new Thread(this, "vg-rtp-receiver");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void add(RtpStream stream) {
        joining.add(stream);
        selector.wakeup();
    }

    @Override
    public void run() {
        while (running) {
            try {
                selector.select(1_000);
                for (RtpStream s; (s = joining.poll()) != null; ) {
                    try {
                        s.channel().register(selector, SelectionKey.OP_READ, s);
                    } catch (ClosedChannelException e) {
                        // the branch ended before its first tick: nothing to read
                    }
                }
                for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (key.isValid() && key.isReadable()) drain((DatagramChannel) key.channel(), (RtpStream) key.attachment());
                }
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("reading RTP failed; going on: {}", e.toString());
            }
        }
    }

    private void drain(DatagramChannel channel, RtpStream stream) {
        try {
            for (int i = 0; i < 64; i++) {
                buffer.clear();
                SocketAddress from = channel.receive(buffer);
                if (from == null) return;
                stream.received(((InetSocketAddress) from).getAddress(), buffer.array(), buffer.position());
            }
        } catch (IOException e) {
            // a closed channel or an ICMP error from the peer's port: the stream's own end handles it
        }
    }

    void stop() {
        running = false;
        try {
            selector.close();
        } catch (IOException e) {
            log.warn("closing the RTP selector failed: {}", e.toString());
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
