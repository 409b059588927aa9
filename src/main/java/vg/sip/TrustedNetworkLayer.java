package vg.sip;

import gov.nist.core.net.DefaultNetworkLayer;
import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The SIP stack's sockets, with the switch's addresses as the only way in. A datagram from an address outside
 * {@code VG_SIP_TRUSTED}, or one that fills the whole receive buffer (so it may have been cut), is dropped inside
 * {@code receive} — before the stack parses a byte, and with no answer. A TCP connection from outside is closed
 * at accept. JAIN-SIP builds this class by name, so the trusted blocks reach it through the stack's properties.
 */
public final class TrustedNetworkLayer implements NetworkLayer {
    static final String TRUSTED_PROPERTY = "vg.sip.TRUSTED";
    private static final NetworkLayer plain = DefaultNetworkLayer.SINGLETON;

    private TrustedAddresses trusted;

    @Override
    public void setSipStack(SipStackImpl stack) {
        String blocks = stack.getConfigurationProperties().getProperty(TRUSTED_PROPERTY);
        trusted = TrustedAddresses.parse(blocks == null ? "" : blocks)
                .orElseThrow(() -> new IllegalArgumentException("the SIP stack was given no trusted addresses"));
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress address) throws SocketException {
        return new DatagramSocket(port, address) {
            @Override
            public void receive(DatagramPacket p) throws IOException {
                int capacity = p.getData().length - p.getOffset();
                while (true) {
                    p.setLength(capacity);
                    super.receive(p);
                    if (trusted.trusts(p.getAddress()) && p.getLength() < capacity) return;
                }
            }
        };
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return new ServerSocket(port, backlog, address) {
            @Override
            public Socket accept() throws IOException {
                while (true) {
                    Socket s = super.accept();
                    if (trusted.trusts(s.getInetAddress())) return s;
                    s.close();
                }
            }
        };
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return plain.createDatagramSocket();
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return plain.createSocket(address, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        return plain.createSocket(address, port, localAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return plain.createSocket(address, port, localAddress, localPort);
    }

    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress address) throws IOException {
        throw new IOException("vg's SIP listens on UDP and TCP only");
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        throw new IOException("vg's SIP listens on UDP and TCP only");
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        throw new IOException("vg's SIP listens on UDP and TCP only");
    }
}
