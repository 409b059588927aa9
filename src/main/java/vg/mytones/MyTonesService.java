package vg.mytones;

import java.time.Clock;
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
import vg.catalogue.ToneView;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.Times;
import vg.common.ToneId;
import vg.subscriber.PlanChanges;
import vg.subscriber.Subscriber;
import vg.subscriber.SubscriberDao;
import vg.subscriber.SubscriberStatus;

/**
 * The subscriber's own tones: adding one (charged at its price, in the same transaction as the billing event),
 * removing one (its rules go too) and the default tone. Owner counts feed the catalogue's popularity.
 */
public final class MyTonesService {
    private final Jdbi jdbi;
    private final MyTonesDao dao;
    private final SubscriberDao subscribers;
    private final CatalogueDao catalogueDao;
    private final CatalogueService catalogue;
    private final BillingDao billing;
    private final PlanChanges planChanges;
    private final Clock clock;
    private final ZoneId zone;
    private final Times times;

    public MyTonesService(Jdbi jdbi, MyTonesDao dao, SubscriberDao subscribers, CatalogueDao catalogueDao, CatalogueService catalogue,
                          BillingDao billing, PlanChanges planChanges, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.subscribers = subscribers;
        this.catalogueDao = catalogueDao;
        this.catalogue = catalogue;
        this.billing = billing;
        this.planChanges = planChanges;
        this.clock = clock;
        this.zone = zone;
        this.times = new Times(zone);
    }

    public List<MyToneView> list(PhoneNumber phone) {
        return jdbi.withHandle(h -> dao.list(h, phone)).stream()
                .map(o -> new MyToneView(o.toneId(), o.title(), o.artist(), o.themeId(), o.kind(), (int) Math.round(o.durationMs() / 1000.0),
                        o.price(), ToneView.previewUrl(o.toneId()), times.iso(o.addedAt()), o.isDefault(), o.published()))
                .toList();
    }

    /** Adds a published tone to the subscriber's tones and charges its price; {@code kind} says why (bought or copied). */
    public MyToneView add(PhoneNumber phone, ToneId toneId) {
        return addCharged(phone, toneId, ChargeKind.TONE, (h, tone) -> { }).orElseThrow(() ->
                new ApiException(409, "already_added", "This tone is already among your tones"));
    }

    /**
     * Adds and charges in one transaction with the billing event; empty when the subscriber already had the tone
     * (nothing is charged then). {@code alsoInTransaction} runs in that same transaction after the charge, with the
     * tone as charged (the star's confirmation SMS, so a charge never goes out without it).
     */
    public Optional<MyToneView> addCharged(PhoneNumber phone, ToneId toneId, ChargeKind kind,
                                           java.util.function.BiConsumer<Handle, Tone> alsoInTransaction) {
        boolean added = catalogue.changeTone(toneId, () -> jdbi.inTransaction(h -> {
            // read inside the transaction: an editor may withdraw the tone or change its price at the same moment
            Tone tone = catalogueDao.find(h, toneId).filter(t -> t.status() == ToneStatus.PUBLISHED)
                    .orElseThrow(() -> ApiException.notFound("Tone " + toneId));
            requireServiceOn(h, phone);
            long now = clock.millis();
            if (!dao.add(h, phone, toneId, now)) return new IndexedChange<>(false, Optional.empty());
            billing.charge(h, phone, kind, tone.price(), now, LocalDate.ofInstant(clock.instant(), zone), Optional.of(toneId));
            alsoInTransaction.accept(h, tone);
            planChanges.record(h, phone);
            return new IndexedChange<>(true, Optional.of(catalogueDao.recordChange(h, List.of(toneId))));
        }));
        if (!added) return Optional.empty();
        planChanges.changed(phone);
        return list(phone).stream().filter(t -> t.id() == toneId.value()).findFirst();
    }

    public void remove(PhoneNumber phone, ToneId toneId) {
        boolean removed = catalogue.changeTone(toneId, () -> jdbi.inTransaction(h -> {
            if (!dao.remove(h, phone, toneId)) return new IndexedChange<>(false, Optional.empty());
            planChanges.record(h, phone);
            return new IndexedChange<>(true, Optional.of(catalogueDao.recordChange(h, List.of(toneId))));
        }));
        if (!removed) throw ApiException.notFound("Tone " + toneId + " among your tones");
        planChanges.changed(phone);
    }

    /** Sets the tone every caller hears unless a rule says otherwise; empty clears it. */
    public void setDefault(PhoneNumber phone, Optional<ToneId> toneId) {
        jdbi.useTransaction(h -> {
            if (toneId.isPresent()) requireOwned(h, dao, phone, toneId.get());
            dao.setDefault(h, phone, toneId, clock.millis());
            planChanges.record(h, phone);
        });
        planChanges.changed(phone);
    }

    static void requireOwned(Handle h, MyTonesDao dao, PhoneNumber phone, ToneId tone) {
        if (!dao.owns(h, phone, tone))
            throw ApiException.badRequest("tone_not_owned", "Tone " + tone + " is not among your tones; add it first");
    }

    private void requireServiceOn(Handle h, PhoneNumber phone) {
        Subscriber s = subscribers.find(h, phone).orElseThrow(() -> ApiException.notFound("Subscriber " + phone));
        if (s.status() == SubscriberStatus.DISCONNECTED)
            throw new ApiException(409, "disconnected", "The service is disconnected; send 5 to 1090 to connect it again");
    }
}
