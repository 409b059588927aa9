package vg.sip;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import gov.nist.javax.sip.ServerTransactionExt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vg.common.ApiException;
import vg.playback.CallResolver;
import vg.playback.HeardCall;
import vg.playback.StarService;
import vg.rtp.NoFreePortException;
import vg.rtp.RtpEngine;
import vg.rtp.RtpStream;

/**
 * vg as one branch of a forked call (3GPP TS 24.182): it answers an INVITE with {@code 183 Session Progress} and the
 * tone as RTP, never with a 2xx, and ends the branch on CANCEL, BYE, {@code VG_RING_SECONDS} or its own stop. The
 * decision is {@link CallResolver}'s, the same that answers the switch over HTTP; {@code *} does what the HTTP star does.
 */
public final class EarlyMediaCalls implements SipListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EarlyMediaCalls.class);
    static final int REPEAT_183_SECONDS = 60;
    static final int RETRY_AFTER_SECONDS = 5;
    private static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, INFO";

    private final SipSettings settings;
    private final SipEndpoint sip;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final CallResolver resolver;
    private final StarService star;
    private final RtpEngine rtp;
    private final Set<EarlyMediaCall> calls = ConcurrentHashMap.newKeySet();
    private final AtomicInteger admitted = new AtomicInteger();
    private final ScheduledExecutorService timers;
    private final ExecutorService stars = Executors.newSingleThreadExecutor(daemon("vg-sip-star"));
    private final SecureRandom random = new SecureRandom();
    private volatile boolean stopping;
    private final MeterRegistry meters;
    private final Counter setUp;

    public EarlyMediaCalls(SipSettings settings, SipEndpoint sip, CallResolver resolver, StarService star, RtpEngine rtp,
                           MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder("vg.earlymedia.calls.active", calls, Set::size).description("early-media branches now").register(meters);
        this.setUp = Counter.builder("vg.earlymedia.calls.setup").description("branches that got their 183 and a stream").register(meters);
        this.settings = settings;
        this.sip = sip;
        this.messages = sip.messages;
        this.headers = sip.headers;
        this.resolver = resolver;
        this.star = star;
        this.rtp = rtp;
        var t = new ScheduledThreadPoolExecutor(1, daemon("vg-sip-timers"));
        t.setRemoveOnCancelPolicy(true);
        this.timers = t;
    }

    public int activeCalls() {
        return admitted.get();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            switch (request.getMethod()) {
                case Request.INVITE -> invite(event);
                case Request.CANCEL -> cancel(event);
                case Request.BYE -> bye(event);
                case Request.INFO -> info(event);
                case Request.PRACK -> respond(event, Response.OK);
                case Request.OPTIONS -> options(event);
                case Request.ACK -> { }
                default -> {
                    Response r = messages.createResponse(Response.METHOD_NOT_ALLOWED, request);
                    r.addHeader(headers.createAllowHeader(ALLOW));
                    send(event, r);
                }
            }
        } catch (Exception e) {
            log.warn("a {} from {} could not be handled: {}", request.getMethod(), source(request), e.toString());
        }
    }

    private void invite(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        ServerTransaction st = serverTransaction(event);
        if (st == null) return;
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            // vg never answers the call, so there is no confirmed dialog to re-offer media in
            st.sendResponse(reason(messages.createResponse(Response.NOT_ACCEPTABLE_HERE, request), "vg does not renegotiate media"));
            return;
        }
        st.sendResponse(messages.createResponse(Response.TRYING, request));
        if (stopping || admitted.incrementAndGet() > settings.maxCalls()) {
            admitted.decrementAndGet();
            Response busy = messages.createResponse(Response.SERVICE_UNAVAILABLE, request);
            busy.addHeader(headers.createRetryAfterHeader(RETRY_AFTER_SECONDS));
            st.sendResponse(busy);
            return;
        }
        EarlyMediaCall call = new EarlyMediaCall(st, Long.toHexString(random.nextLong()), requires100rel(request));
        st.setApplicationData(call);
        calls.add(call);
        try {
            begin(call);
        } catch (Exception e) {
            finish(call, Response.SERVER_INTERNAL_ERROR);
            throw e;
        }
    }

    private void begin(EarlyMediaCall call) throws Exception {
        Request request = call.request;
        CallParties parties = CallParties.of(request);
        if (parties.callee().isEmpty()) {
            finish(call, Response.NOT_FOUND);
            return;
        }
        byte[] body = request.getRawContent();
        if (body == null || body.length == 0 || !isSdp(request)) {
            finish(call, Response.NOT_ACCEPTABLE_HERE, "An SDP offer with PCMA/8000 is needed");
            return;
        }
        SdpOffer offer;
        try {
            offer = SdpOffer.parse(new String(body, StandardCharsets.UTF_8));
        } catch (SdpOffer.Malformed e) {
            finish(call, Response.BAD_REQUEST, e.getMessage());
            return;
        }
        if (!offer.pcma()) {
            finish(call, Response.NOT_ACCEPTABLE_HERE, "vg plays PCMA/8000 only");
            return;
        }
        Optional<HeardCall> decision = resolver.decide(parties.caller(), parties.callee().get());
        if (decision.isEmpty()) {
            finish(call, Response.NOT_FOUND);
            return;
        }
        HeardCall heard = decision.get();
        RtpStream stream;
        try {
            stream = rtp.open(heard.toneId(), offer.media(), offer.telephoneEvent(), () -> stars.execute(() -> star(call)));
        } catch (NoFreePortException e) {
            finish(call, Response.SERVICE_UNAVAILABLE, "Every RTP port is in use");
            return;
        } catch (IOException e) {
            log.error("tone {} cannot be played: {}", heard.toneId(), e.getMessage());
            finish(call, Response.NOT_FOUND);
            return;
        }
        call.invite.getDialog().setApplicationData(call);
        try {
            sendProgress(call, stream.localPort(), offer.telephoneEvent());
        } catch (Exception e) {
            stream.stop();
            throw e;
        }
        resolver.record(heard);
        setUp.increment();
        ScheduledFuture<?> repeat = timers.scheduleAtFixedRate(() -> repeatProgress(call, stream.localPort(), offer.telephoneEvent()),
                REPEAT_183_SECONDS, REPEAT_183_SECONDS, TimeUnit.SECONDS);
        ScheduledFuture<?> ringLimit = timers.schedule(() -> finish(call, Response.TEMPORARILY_UNAVAILABLE),
                settings.ringSeconds(), TimeUnit.SECONDS);
        call.play(heard, stream, repeat, ringLimit);
    }

    private void sendProgress(EarlyMediaCall call, int port, int telephoneEvent) throws Exception {
        String sdp = SdpAnswer.text(settings.host(), port, telephoneEvent, Integer.toUnsignedLong(call.toTag.hashCode()));
        ContentTypeHeader type = headers.createContentTypeHeader("application", "sdp");
        Dialog dialog = call.invite.getDialog();
        Response progress = call.reliable ? dialog.createReliableProvisionalResponse(Response.SESSION_PROGRESS)
                : messages.createResponse(Response.SESSION_PROGRESS, call.request);
        ((ToHeader) progress.getHeader(ToHeader.NAME)).setTag(call.toTag);
        progress.setHeader(contact());
        progress.setContent(sdp, type);
        if (call.reliable) dialog.sendReliableProvisionalResponse(progress);
        else call.invite.sendResponse(progress);
    }

    private void repeatProgress(EarlyMediaCall call, int port, int telephoneEvent) {
        if (call.ended()) return;
        try {
            sendProgress(call, port, telephoneEvent);
        } catch (Exception e) {
            // a reliable 183 not yet acknowledged stays the one in force; the next round tries again
            log.debug("the 183 of a call could not be repeated: {}", e.toString());
        }
    }

    private void cancel(RequestEvent event) throws Exception {
        ServerTransaction st = serverTransaction(event);
        if (st == null) return;
        st.sendResponse(messages.createResponse(Response.OK, event.getRequest()));
        ServerTransaction invite = ((ServerTransactionExt) st).getCanceledInviteTransaction();
        if (invite != null && invite.getApplicationData() instanceof EarlyMediaCall call) finish(call, Response.REQUEST_TERMINATED);
    }

    private void bye(RequestEvent event) throws Exception {
        respond(event, Response.OK);
        EarlyMediaCall call = callOf(event.getDialog());
        if (call != null) finish(call, Response.REQUEST_TERMINATED);
    }

    private void info(RequestEvent event) throws Exception {
        EarlyMediaCall call = callOf(event.getDialog());
        if (call == null) {
            respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        respond(event, Response.OK);
        if (DtmfRelay.key(event.getRequest()) == '*') stars.execute(() -> star(call));
    }

    private void options(RequestEvent event) throws Exception {
        Response ok = messages.createResponse(Response.OK, event.getRequest());
        ok.addHeader(headers.createAllowHeader(ALLOW));
        ok.addHeader(headers.createAcceptHeader("application", "sdp"));
        ok.addHeader(headers.createSupportedHeader("100rel"));
        send(event, ok);
    }

    /** The caller pressed *: exactly what the switch's HTTP star does. */
    private void star(EarlyMediaCall call) {
        HeardCall heard = call.heard();
        if (heard == null) return;
        try {
            StarService.Outcome outcome = star.star(heard.callId());
            log.info("* on a call to {}: {}", heard.callee(), outcome.name().toLowerCase(Locale.ROOT));
        } catch (ApiException e) {
            log.info("* on a call to {} changed nothing: {}", heard.callee(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("* on a call to {} failed", heard.callee(), e);
        }
    }

    private void finish(EarlyMediaCall call, int status) {
        finish(call, status, null);
    }

    /** Ends the branch once: the stream stops, and the INVITE gets its final response (none for status 0). */
    private void finish(EarlyMediaCall call, int status, String why) {
        if (!call.end()) return;
        calls.remove(call);
        admitted.decrementAndGet();
        ended(status);
        if (status == 0) return;
        try {
            Response r = messages.createResponse(status, call.request);
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(call.toTag);
            if (status == Response.SERVICE_UNAVAILABLE) r.addHeader(headers.createRetryAfterHeader(RETRY_AFTER_SECONDS));
            if (why != null) reason(r, why);
            call.invite.sendResponse(r);
        } catch (Exception e) {
            log.debug("the final {} of a call could not be sent: {}", status, e.toString());
        }
    }

    private static Response reason(Response r, String why) throws java.text.ParseException {
        String phrase = r.getReasonPhrase();
        r.setReasonPhrase(phrase + " (" + why.replaceAll("[\\r\\n]", " ") + ")");
        return r;
    }

    private ContactHeader contact() throws java.text.ParseException {
        var uri = sip.addresses.createSipURI("vg", hostPort());
        return headers.createContactHeader(sip.addresses.createAddress(uri));
    }

    private String hostPort() {
        String host = settings.host().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + settings.port();
    }

    private static boolean requires100rel(Request request) {
        var require = request.getHeaders("Require");
        while (require != null && require.hasNext())
            if (require.next() instanceof javax.sip.header.RequireHeader h && "100rel".equalsIgnoreCase(h.getOptionTag())) return true;
        return false;
    }

    private static boolean isSdp(Request request) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        return type != null && "application".equalsIgnoreCase(type.getContentType()) && "sdp".equalsIgnoreCase(type.getContentSubType());
    }

    private static EarlyMediaCall callOf(Dialog dialog) {
        return dialog != null && dialog.getApplicationData() instanceof EarlyMediaCall call ? call : null;
    }

    private ServerTransaction serverTransaction(RequestEvent event) throws Exception {
        if (event.getServerTransaction() != null) return event.getServerTransaction();
        try {
            return sip.provider().getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException e) {
            return null; // a retransmission: the transaction already answers it
        } catch (TransactionUnavailableException e) {
            // parsed, but not a request a transaction can be made of (an INVITE without Contact, say): say so, statelessly
            sip.provider().sendResponse(reason(messages.createResponse(Response.BAD_REQUEST, event.getRequest()), e.getMessage()));
            return null;
        }
    }

    private void respond(RequestEvent event, int status) throws Exception {
        send(event, messages.createResponse(status, event.getRequest()));
    }

    private void send(RequestEvent event, Response response) throws Exception {
        ServerTransaction st = serverTransaction(event);
        if (st != null) st.sendResponse(response);
    }

    private static String source(Request request) {
        return request instanceof gov.nist.javax.sip.message.SIPRequest r ? r.getRemoteAddress() + ":" + r.getRemotePort() : "?";
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        if (event.isServerTransaction() && event.getServerTransaction().getApplicationData() instanceof EarlyMediaCall call)
            finish(call, 0);
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction() && event.getServerTransaction().getApplicationData() instanceof EarlyMediaCall call)
            finish(call, 0);
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        EarlyMediaCall call = callOf(event.getDialog());
        if (call != null) finish(call, 0);
    }

    @Override
    public void processResponse(ResponseEvent event) {
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.debug("SIP I/O trouble with {}:{}", event.getHost(), event.getPort());
    }

    /** A stopping vg ends every branch it plays with 480, so the switch does not wait for them. */
    @Override
    public void close() {
        stopping = true;
        for (EarlyMediaCall call : Set.copyOf(calls)) finish(call, Response.TEMPORARILY_UNAVAILABLE);
        timers.shutdownNow();
        stars.shutdown();
        try {
            stars.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Branches ended, by the final status vg sent (0: the dialog was already over, a BYE or CANCEL ended it). */
    private void ended(int status) {
        Counter.builder("vg.earlymedia.calls.ended").description("branches ended, by the final SIP status vg sent")
                .tag("status", Integer.toString(status)).register(meters).increment();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

}
