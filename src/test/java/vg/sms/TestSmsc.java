package vg.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/** A small real SMSC on a loopback port, built on jsmpp's server side: it can be stopped and started again. */
final class TestSmsc implements AutoCloseable {
    record Bind(BindType type, String systemId, String password) {
    }

    record Submitted(byte sourceTon, byte sourceNpi, String source, byte destTon, byte destNpi, String destination,
                     byte dataCoding, byte[] shortMessage, byte[] payload) {
        /** The text as UCS-2, from message_payload when there is one. */
        String text() {
            return new String(payload != null ? payload : shortMessage, StandardCharsets.UTF_16BE);
        }
    }

    final int port;
    private final String systemId;
    private volatile String password;
    private volatile int submitStatus = SMPPConstant.STAT_ESME_ROK;
    private final List<Bind> binds = new CopyOnWriteArrayList<>();
    private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private SMPPServerSessionListener listener;
    private Thread acceptor;

    TestSmsc(String systemId, String password) throws IOException {
        this.port = freePort();
        this.systemId = systemId;
        this.password = password;
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    synchronized TestSmsc start() throws IOException {
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(new Receiver());
        SMPPServerSessionListener current = listener;
        acceptor = new Thread(() -> acceptAll(current), "test-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    /** Closes the port and drops every session, as an SMSC that goes down. */
    synchronized void stop() throws IOException, InterruptedException {
        if (listener == null) return;
        listener.close();
        for (SMPPServerSession s : sessions) s.close();
        sessions.clear();
        acceptor.join(5_000);
        listener = null;
    }

    void setPassword(String newPassword) {
        password = newPassword;
    }

    /** Makes the SMSC answer every submit_sm with this status from now on. */
    void answerSubmitWith(int status) {
        submitStatus = status;
    }

    List<Bind> binds() {
        return List.copyOf(binds);
    }

    List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    List<String> submittedTexts() {
        return submitted.stream().map(Submitted::text).toList();
    }

    /** Sends a deliver_sm to the bound client; throws NegativeResponseException when the client answers an error. */
    void deliver(String from, String to, byte dataCoding, byte esmClass, byte[] shortMessage, OptionalParameter... tlvs)
            throws Exception {
        boundSession().deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, to, new ESMClass(esmClass), (byte) 0, (byte) 0,
                new RegisteredDelivery(), DataCodings.newInstance(dataCoding), shortMessage, tlvs);
    }

    /** Sends a subscriber's SMS as data_sm with the text in message_payload, as some SMSCs do. */
    void dataSm(String from, String to, String text) throws Exception {
        boundSession().dataShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, to, new ESMClass(), new RegisteredDelivery(),
                DataCodings.newInstance((byte) 0x08), new OptionalParameter.Message_payload(text.getBytes(StandardCharsets.UTF_16BE)));
    }

    private SMPPServerSession boundSession() {
        return sessions.stream().filter(s -> s.getSessionState().isBound()).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("nobody is bound"));
    }

    private void acceptAll(SMPPServerSessionListener from) {
        while (true) {
            SMPPServerSession session;
            try {
                session = from.accept();
            } catch (IOException closed) {
                return;
            }
            Thread binder = new Thread(() -> bindOrReject(session), "test-smsc-bind");
            binder.setDaemon(true);
            binder.start();
        }
    }

    private void bindOrReject(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            binds.add(new Bind(request.getBindType(), request.getSystemId(), request.getPassword()));
            if (systemId.equals(request.getSystemId()) && password.equals(request.getPassword())) {
                sessions.add(session);
                request.accept("test-smsc");
            } else {
                // the client hangs up after a negative bind_resp; closing here first could overtake the response
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (IOException | TimeoutException | PDUStringException | IllegalStateException e) {
            session.close();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession source) throws ProcessRequestException {
            int status = submitStatus;
            if (status != SMPPConstant.STAT_ESME_ROK) throw new ProcessRequestException("refused by the test", status);
            OptionalParameter payload = sm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            submitted.add(new Submitted(sm.getSourceAddrTon(), sm.getSourceAddrNpi(), sm.getSourceAddr(),
                    sm.getDestAddrTon(), sm.getDestAddrNpi(), sm.getDestAddress(), sm.getDataCoding(), sm.getShortMessage(),
                    payload instanceof OptionalParameter.OctetString p ? p.getValue() : null));
            try {
                return new SubmitSmResult(new MessageId(Integer.toHexString(messageIds.incrementAndGet())), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR, e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not in the test SMSC", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
