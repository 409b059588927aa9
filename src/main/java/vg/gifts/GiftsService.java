package vg.gifts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.billing.BillingDao;
import vg.billing.ChargeKind;
import vg.catalogue.CatalogueDao;
import vg.catalogue.CatalogueService;
import vg.catalogue.CatalogueService.IndexedChange;
import vg.catalogue.Tone;
import vg.catalogue.ToneStatus;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.Times;
import vg.common.ToneId;
import vg.mytones.MyTonesDao;
import vg.sms.SmsOutbox;
import vg.sms.SmsSender;
import vg.sms.SmsTexts;
import vg.subscriber.PlanChanges;
import vg.subscriber.Subscriber;
import vg.subscriber.SubscriberDao;
import vg.subscriber.SubscriberStatus;

/**
 * Gifts: a subscriber gives a published tone to any number. A subscriber recipient is told by SMS; a number without the
 * service is invited to connect and the gift waits for it. On acceptance the tone joins the recipient's tones and the
 * giver is charged, in one transaction with the billing event. Unanswered gifts expire after {@link #LIFETIME}.
 */
public final class GiftsService {
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final GiftsDao dao;
    private final SubscriberDao subscribers;
    private final MyTonesDao myTones;
    private final CatalogueDao catalogueDao;
    private final CatalogueService catalogue;
    private final BillingDao billing;
    private final SmsOutbox outbox;
    private final SmsSender sender;
    private final PlanChanges planChanges;
    private final Clock clock;
    private final ZoneId zone;
    private final Times times;

    public GiftsService(Jdbi jdbi, GiftsDao dao, SubscriberDao subscribers, MyTonesDao myTones, CatalogueDao catalogueDao,
                        CatalogueService catalogue, BillingDao billing, SmsOutbox outbox, SmsSender sender, PlanChanges planChanges,
                        Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.subscribers = subscribers;
        this.myTones = myTones;
        this.catalogueDao = catalogueDao;
        this.catalogue = catalogue;
        this.billing = billing;
        this.outbox = outbox;
        this.sender = sender;
        this.planChanges = planChanges;
        this.clock = clock;
        this.zone = zone;
        this.times = new Times(zone);
    }

    public GiftView give(PhoneNumber giver, ToneId toneId, PhoneNumber recipient) {
        if (giver.equals(recipient)) throw ApiException.badRequest("gift_to_self", "A gift is for someone else; add the tone to your own tones instead");
        Tone tone = catalogueDao.find(toneId).orElseThrow(() -> ApiException.notFound("Tone " + toneId));
        if (tone.status() != ToneStatus.PUBLISHED)
            throw new ApiException(409, "tone_unavailable", "This tone is not in the catalogue now");
        long now = clock.millis();
        long id = jdbi.inTransaction(h -> {
            Subscriber me = subscribers.find(h, giver).orElseThrow(() -> ApiException.notFound("Subscriber " + giver));
            if (me.status() == SubscriberStatus.DISCONNECTED)
                throw new ApiException(409, "disconnected", "The service is disconnected; send 5 to 1090 to connect it again");
            if (myTones.owns(h, recipient, toneId))
                throw new ApiException(409, "already_has_tone", "The recipient already has this tone");
            if (dao.pendingExists(h, giver, recipient, toneId.value()))
                throw new ApiException(409, "gift_pending", "This gift already waits for an answer");
            long giftId = dao.insert(h, giver, recipient, toneId.value(), now);
            boolean hasService = subscribers.find(h, recipient).map(s -> s.status() != SubscriberStatus.DISCONNECTED).orElse(false);
            outbox.enqueue(h, recipient, SmsTexts.SERVICE_NUMBER,
                    hasService ? SmsTexts.giftReceived(giver.digits(), tone.title()) : SmsTexts.giftInvitation(giver.digits(), tone.title()), now);
            return giftId;
        });
        sender.wake();
        return jdbi.withHandle(h -> view(dao.one(h, id).orElseThrow()));
    }

    public GiftLists list(PhoneNumber me) {
        return jdbi.inTransaction(h -> {
            expire(h);
            return new GiftLists(dao.incoming(h, me).stream().map(this::view).toList(),
                    dao.outgoing(h, me).stream().map(this::view).toList());
        });
    }

    public GiftView accept(PhoneNumber me, long id) {
        GiftsDao.Row gift = pendingFor(me, id);
        Tone tone = catalogueDao.find(ToneId.of(gift.toneId())).filter(t -> t.status() == ToneStatus.PUBLISHED)
                .orElseThrow(() -> new ApiException(409, "tone_unavailable", "This tone has left the catalogue"));
        PhoneNumber giver = new PhoneNumber(gift.giver());
        catalogue.changeTone(tone.id(), () -> jdbi.inTransaction(h -> {
            expire(h);
            Tone current = catalogueDao.find(h, tone.id()).filter(t -> t.status() == ToneStatus.PUBLISHED)
                    .orElseThrow(() -> new ApiException(409, "tone_unavailable", "This tone has left the catalogue"));
            if (!dao.answer(h, id, "accepted", clock.millis()))
                throw new ApiException(409, "gift_not_pending", "This gift has already been answered or has expired");
            if (!myTones.add(h, me, tone.id(), clock.millis()))
                throw new ApiException(409, "already_has_tone", "You already have this tone; decline the gift instead");
            billing.charge(h, giver, ChargeKind.GIFT, current.price(), clock.millis(),
                    LocalDate.ofInstant(clock.instant(), zone), Optional.of(tone.id()));
            outbox.enqueue(h, giver, SmsTexts.SERVICE_NUMBER, SmsTexts.giftAccepted(me.digits(), tone.title()), clock.millis());
            planChanges.record(h, me);
            return new IndexedChange<>(true, Optional.of(catalogueDao.recordChange(h, List.of(tone.id()))));
        }));
        sender.wake();
        planChanges.changed(me);
        return jdbi.withHandle(h -> view(dao.one(h, id).orElseThrow()));
    }

    public GiftView decline(PhoneNumber me, long id) {
        pendingFor(me, id);
        jdbi.useTransaction(h -> {
            if (!dao.answer(h, id, "declined", clock.millis()))
                throw new ApiException(409, "gift_not_pending", "This gift has already been answered or has expired");
        });
        return jdbi.withHandle(h -> view(dao.one(h, id).orElseThrow()));
    }

    /** The recipient's own pending gift, or 404 (someone else's gift) / 409 (already answered or expired). */
    private GiftsDao.Row pendingFor(PhoneNumber me, long id) {
        GiftsDao.Row gift = jdbi.inTransaction(h -> {
            expire(h);
            return dao.incomingOne(h, me, id);
        }).orElseThrow(() -> ApiException.notFound("Gift " + id));
        if (!gift.status().equals("pending"))
            throw new ApiException(409, "gift_not_pending", "This gift is " + gift.status());
        return gift;
    }

    private void expire(Handle h) {
        dao.expire(h, clock.millis() - LIFETIME.toMillis(), clock.millis());
    }

    private GiftView view(GiftsDao.Row r) {
        return new GiftView(r.id(), r.giver(), r.recipient(), r.toneId(), r.title(), r.artist(), r.price(), r.status(),
                times.iso(r.createdAt()), times.iso(r.createdAt() + LIFETIME.toMillis()),
                r.answeredAt() == null ? null : times.iso(r.answeredAt()));
    }
}
