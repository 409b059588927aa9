package vg.support;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the caller hears: a UDP port of the test's own that the offer's SDP names, recording every datagram that
 * arrives with its arrival time, grouped by the RTP SSRC it carries.
 */
public final class RtpProbe implements AutoCloseable {
    public record Packet(long arrivedNanos, byte[] bytes) {
        public int payloadType() {
            return bytes[1] & 0x7f;
        }

        public boolean marker() {
            return (bytes[1] & 0x80) != 0;
        }

        public int sequence() {
            return ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        }

        public long timestamp() {
            return ((long) (bytes[4] & 0xff) << 24) | ((bytes[5] & 0xff) << 16) | ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        }

        public int ssrc() {
            return ((bytes[8] & 0xff) << 24) | ((bytes[9] & 0xff) << 16) | ((bytes[10] & 0xff) << 8) | (bytes[11] & 0xff);
        }

        public byte[] payload() {
            return Arrays.copyOfRange(bytes, 12, bytes.length);
        }
    }

    private final DatagramSocket socket;
    private final List<Packet> packets = new ArrayList<>();
    private final Thread reader;

    public RtpProbe() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            socket.setReceiveBufferSize(8 * 1024 * 1024);
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
        reader = new Thread(this::read, "rtp-probe");
        reader.setDaemon(true);
        reader.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void read() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            Packet packet = new Packet(System.nanoTime(), Arrays.copyOf(p.getData(), p.getLength()));
            synchronized (packets) {
                packets.add(packet);
            }
        }
    }

    public List<Packet> packets() {
        synchronized (packets) {
            return List.copyOf(packets);
        }
    }

    public int count() {
        synchronized (packets) {
            return packets.size();
        }
    }

    /** Each stream's packets in arrival order, keyed by SSRC in order of first arrival. */
    public Map<Integer, List<Packet>> streams() {
        Map<Integer, List<Packet>> by = new LinkedHashMap<>();
        for (Packet p : packets()) if (p.bytes().length >= 12) by.computeIfAbsent(p.ssrc(), k -> new ArrayList<>()).add(p);
        return by;
    }

    public void awaitPackets(int n, long timeoutMillis) {
        Await.until(java.time.Duration.ofMillis(timeoutMillis), this::count, c -> c >= n);
    }

    @Override
    public void close() {
        socket.close();
    }
}
