package vg.playback;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vg.billing.ChargeKind;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.mytones.MyToneView;
import vg.mytones.MyTonesService;
import vg.sms.SmsOutbox;
import vg.sms.SmsSender;
import vg.sms.SmsTexts;
import vg.subscriber.Subscriber;
import vg.subscriber.SubscriberDao;
import vg.subscriber.SubscriberStatus;

/** The caller pressed *: a subscriber gets the tone they are hearing (charged, confirmed by SMS); anyone else is offered the service. */
public final class StarService {
    /** A call id answers a * for this long; a ringback tone never plays longer, and old ids are refused. */
    static final Duration CALL_LIFETIME = Duration.ofHours(1);

    public enum Outcome { ADDED, ALREADY_HAD, OFFERED }

    private final HeardLog heard;
    private final Jdbi jdbi;
    private final SubscriberDao subscribers;
    private final MyTonesService myTones;
    private final SmsOutbox outbox;
    private final SmsSender sender;
    private final Clock clock;

    public StarService(HeardLog heard, Jdbi jdbi, SubscriberDao subscribers, MyTonesService myTones, SmsOutbox outbox,
                       SmsSender sender, Clock clock) {
        this.heard = heard;
        this.jdbi = jdbi;
        this.subscribers = subscribers;
        this.myTones = myTones;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    public Outcome star(String callId) {
        HeardCall call = (callId.length() > 64 ? Optional.<HeardCall>empty() : heard.find(callId))
                .filter(c -> clock.millis() - c.at() <= CALL_LIFETIME.toMillis())
                .orElseThrow(() -> new ApiException(404, "unknown_call", "There is no recent call " + callId));
        PhoneNumber caller = new PhoneNumber(call.caller());
        Optional<Subscriber> s = jdbi.withHandle(h -> subscribers.find(h, caller));
        if (s.isEmpty() || s.get().status() == SubscriberStatus.DISCONNECTED) {
            sms(caller, SmsTexts.SERVICE_NUMBER, SmsTexts.starOffer());
            return Outcome.OFFERED;
        }
        Optional<MyToneView> added;
        try {
            added = myTones.addCharged(caller, ToneId.of(call.toneId()), ChargeKind.TONE, (h, tone) -> outbox.enqueue(h, caller,
                    SmsTexts.SERVICE_NUMBER, SmsTexts.starCopied(tone.title(), tone.price().kopecks()), clock.millis()));
        } catch (ApiException e) {
            if (e.status() == 404) throw new ApiException(409, "tone_unavailable", "That tone has left the catalogue");
            throw e;
        }
        if (added.isEmpty()) return Outcome.ALREADY_HAD;
        sender.wake();
        return Outcome.ADDED;
    }

    private void sms(PhoneNumber to, String from, String text) {
        long now = clock.millis();
        jdbi.useTransaction(h -> outbox.enqueue(h, to, from, text, now));
        sender.wake();
    }
}
