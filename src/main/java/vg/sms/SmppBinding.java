package vg.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one transceiver bind to the SMSC up on its own daemon thread: binds, watches the session (jsmpp sends
 * enquire_link when the line is idle and closes the session when one goes unanswered), and after a failed bind or
 * a lost connection binds again after a doubling pause.
 */
final class SmppBinding implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmppBinding.class);

    private final SmppSettings settings;
    private final MessageReceiverListener receiver;
    private final Backoff backoff;
    private final Semaphore stateChanged = new Semaphore(0);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile SMPPSession bound;
    private volatile boolean closed;

    SmppBinding(SmppSettings settings, MessageReceiverListener receiver) {
        this.settings = settings;
        this.receiver = receiver;
        this.backoff = new Backoff(settings.rebindMin(), settings.rebindMax());
        this.thread = new Thread(this::run, "smpp-bind");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The session while it is bound, else null. */
    SMPPSession session() {
        SMPPSession s = bound;
        return s != null && s.getSessionState().isBound() ? s : null;
    }

    private void run() {
        while (!closed) {
            SMPPSession session = bind();
            if (session == null) {
                pause(backoff.next());
                continue;
            }
            backoff.reset();
            bound = session;
            log.info("Bound to the SMSC {} as transceiver", settings);
            watch(session);
            bound = null;
            if (closed) {
                session.unbindAndClose();
            } else {
                session.close();
                log.warn("Connection to the SMSC {} lost; binding again", settings);
                pause(backoff.next());
            }
        }
    }

    private SMPPSession bind() {
        SMPPSession session = new SMPPSession();
        session.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
        session.setTransactionTimer(settings.responseTimeout().toMillis());
        session.setMessageReceiverListener(receiver);
        session.addSessionStateListener((newState, oldState, source) -> stateChanged.release());
        try {
            session.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX,
                            settings.systemId(), settings.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""),
                    settings.responseTimeout().toMillis());
            return session;
        } catch (IOException e) {
            session.close();
            log.warn("Cannot bind to the SMSC {}: {}", settings, e.getMessage());
            return null;
        }
    }

    private void watch(SMPPSession session) {
        try {
            while (!closed && session.getSessionState().isBound()) stateChanged.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    private void pause(Duration pause) {
        try {
            closing.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    /** Unbinds politely and stops binding again. */
    @Override
    public void close() {
        closed = true;
        closing.countDown();
        stateChanged.release();
        try {
            thread.join(settings.responseTimeout().plusSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
