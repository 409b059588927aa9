package vg.sip;

import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.SipStackImpl;
import java.util.Properties;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * JAIN-SIP's reference stack on {@code VG_SIP_HOST:VG_SIP_PORT}, UDP and TCP, with {@link TrustedNetworkLayer} as
 * its only way in. The stack is built directly rather than through {@code SipFactory}, whose shared instance would
 * make two vg's in one JVM (tests, a restart) share a stack.
 */
public final class SipEndpoint implements AutoCloseable {
    /** A request larger than this is dropped unread: INVITEs with SDP are some 1–2 kB. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024;

    private final SipStackImpl stack;
    private final SipProvider provider;
    final MessageFactory messages = new gov.nist.javax.sip.message.MessageFactoryImpl();
    final HeaderFactory headers = new gov.nist.javax.sip.header.HeaderFactoryImpl();
    final AddressFactory addresses = new gov.nist.javax.sip.address.AddressFactoryImpl();

    public SipEndpoint(SipSettings settings) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "vg");
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        p.setProperty("gov.nist.javax.sip.NETWORK_LAYER", TrustedNetworkLayer.class.getName());
        p.setProperty(TrustedNetworkLayer.TRUSTED_PROPERTY, settings.trusted().toString());
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", StackLogToSlf4j.class.getName());
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_BYTES));
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", Integer.toString(Math.max(10_000, settings.maxCalls() * 4)));
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(4 * 1024 * 1024));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(4 * 1024 * 1024));
        String host = settings.host().getHostAddress();
        try {
            stack = new SipStackImpl(p);
            ListeningPoint udp = stack.createListeningPoint(host, settings.port(), ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint(host, settings.port(), ListeningPoint.TCP);
            provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
        } catch (javax.sip.PeerUnavailableException | javax.sip.TransportNotSupportedException
                 | javax.sip.InvalidArgumentException | javax.sip.ObjectInUseException e) {
            throw new IllegalArgumentException("SIP cannot listen on " + host + ":" + settings.port() + ": " + e.getMessage(), e);
        } catch (SipException e) {
            throw new IllegalArgumentException("SIP cannot listen on " + host + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }

    public SipProvider provider() {
        return provider;
    }

    public void start(SipListener listener) {
        try {
            provider.addSipListener(listener);
            stack.start();
        } catch (Exception e) {
            throw new IllegalStateException("the SIP stack did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        var scanner = stack.getEventScanner();
        stack.stop();
        // JAIN-SIP's event scanner is a non-daemon thread that notices its stop flag only when an event arrives; with a
        // re-entrant listener no event ever goes through it, so it would outlive the stack and keep the JVM running.
        // One harmless event lets it end.
        if (scanner != null)
            scanner.addEvent(new EventWrapper(new IOExceptionEvent(provider, "0.0.0.0", 0, ListeningPoint.UDP), null));
    }
}
