package vg.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out the even ports of the range, bound to the media address. A port goes back at the end of the queue when its
 * branch ends, so a port is not reused at once and late packets of the old call do not land in a new one. A port
 * that some other program holds is skipped.
 */
public final class RtpPorts {
    private final InetAddress host;
    private final Deque<Integer> free = new ArrayDeque<>();

    public RtpPorts(InetAddress host, PortRange range) {
        this.host = host;
        for (int i = 0; i < range.evenPorts(); i++) free.add(range.evenPort(i));
    }

    /** A non-blocking channel bound to a free even port, or null if every port is taken. */
    public DatagramChannel open() {
        int tries;
        synchronized (this) {
            tries = free.size();
        }
        for (int i = 0; i < tries; i++) {
            Integer port;
            synchronized (this) {
                port = free.poll();
            }
            if (port == null) return null;
            try {
                DatagramChannel channel = DatagramChannel.open(host instanceof java.net.Inet6Address
                        ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
                try {
                    channel.bind(new InetSocketAddress(host, port));
                    channel.configureBlocking(false);
                    return channel;
                } catch (IOException e) {
                    channel.close();
                    release(port);
                }
            } catch (IOException e) {
                release(port);
            }
        }
        return null;
    }

    public synchronized void release(int port) {
        free.add(port);
    }

    public synchronized int available() {
        return free.size();
    }
}
