package vg.sms;

import java.io.IOException;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

/**
 * VG_SMS=smpp: a transceiver bind to the operator's SMSC. Outgoing SMS are submit_sm in UCS-2 from the short number
 * to the subscriber's international number, without delivery receipts; subscribers' SMS arrive as deliver_sm.
 * While unbound, {@link #send} throws {@link SmsLinkDown} so the outbox keeps the SMS.
 */
public final class SmppSmsLink implements SmsLink {
    private static final GeneralDataCoding UCS2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);

    private final SmppSettings settings;
    private volatile SmppBinding binding;

    public SmppSmsLink(SmppSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized void start(InboundSms handler) {
        if (binding != null) throw new IllegalStateException("the SMPP link is already started");
        binding = new SmppBinding(settings, new DeliverSmReceiver(handler));
        binding.start();
    }

    public boolean isBound() {
        SmppBinding b = binding;
        return b != null && b.session() != null;
    }

    @Override
    public void send(OutgoingSms sms) throws SmsLinkDown, SmsRejected {
        SmppBinding b = binding;
        SMPPSession session = b == null ? null : b.session();
        if (session == null) throw new SmsLinkDown("not bound to the SMSC " + settings);
        SmppAddress source = SmppAddress.sender(sms.from());
        SmppAddress destination = SmppAddress.subscriber(sms.to());
        OutgoingText body = OutgoingText.of(sms.text());
        try {
            session.submitShortMessage("",
                    source.ton(), source.npi(), source.address(),
                    destination.ton(), destination.npi(), destination.address(),
                    new ESMClass(), (byte) 0, (byte) 0, null, null, new RegisteredDelivery(), (byte) 0,
                    UCS2, (byte) 0, body.shortMessage(), body.optionalParameters());
        } catch (NegativeResponseException e) {
            String reason = "the SMSC answered submit_sm with " + SmppStatuses.describe(e.getCommandStatus());
            if (SmppStatuses.isTransient(e.getCommandStatus())) throw new SmsLinkDown(reason, e);
            throw new SmsRejected(reason);
        } catch (PDUException e) {
            throw new SmsRejected("cannot be put into a submit_sm: " + e.getMessage());
        } catch (ResponseTimeoutException e) {
            throw new SmsLinkDown("no submit_sm_resp within " + settings.responseTimeout(), e);
        } catch (InvalidResponseException | IOException e) {
            throw new SmsLinkDown("submit_sm failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (binding != null) binding.close();
    }
}
