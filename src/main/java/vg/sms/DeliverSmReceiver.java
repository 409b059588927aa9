package vg.sms;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribers' SMS from the SMSC (deliver_sm, or data_sm from SMSCs that use it) go to the handler; the response
 * goes back only after the handler returned, and an error status when it threw, so the SMSC delivers again.
 * Delivery receipts are acknowledged and dropped: the service does not ask for them.
 */
final class DeliverSmReceiver implements MessageReceiverListener {
    private static final Logger log = LoggerFactory.getLogger(DeliverSmReceiver.class);

    /** esm_class bits 5..2: 0 for a short message, else a receipt, an acknowledgement or a notification. */
    private static final int MESSAGE_TYPE_BITS = 0x3C;

    private final InboundSms handler;

    DeliverSmReceiver(InboundSms handler) {
        this.handler = handler;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if ((deliverSm.getEsmClass() & MESSAGE_TYPE_BITS) != 0) return; // a receipt or acknowledgement, not a subscriber's SMS
        hand(deliverSm, ShortMessageText.of(deliverSm, deliverSm.getShortMessage()));
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        hand(dataSm, ShortMessageText.of(dataSm, null));
        try {
            return new DataSmResult(new MessageId("0"), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new IllegalStateException("a constant message id is valid", e);
        }
    }

    private void hand(AbstractSmCommand sms, String text) throws ProcessRequestException {
        try {
            handler.received(sms.getSourceAddr(), sms.getDestAddress(), text);
        } catch (RuntimeException e) {
            log.warn("SMS from {} to {} not recorded, the SMSC will deliver it again", sms.getSourceAddr(), sms.getDestAddress(), e);
            throw new ProcessRequestException("not recorded: " + e.getMessage(), SMPPConstant.STAT_ESME_RX_T_APPN, e);
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // the service does not wait for handsets to become reachable: the SMSC retries delivery itself
    }
}
