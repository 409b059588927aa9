package vg.playback;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.common.PhoneNumber;
import vg.rules.RuleView;
import vg.rules.RulesDao;
import vg.subscriber.PlanChanges;
import vg.subscriber.Subscriber;
import vg.subscriber.SubscriberDao;
import vg.subscriber.SubscriberStatus;

/** Reads what a subscriber's callers should hear from the database into the plan cache: all at start, one after each change. */
public final class PlanLoader implements PlanChanges {
    private final Jdbi jdbi;
    private final SubscriberDao subscribers;
    private final RulesDao rules;
    private final PlanCache plans;

    public PlanLoader(Jdbi jdbi, SubscriberDao subscribers, RulesDao rules, PlanCache plans) {
        this.jdbi = jdbi;
        this.subscribers = subscribers;
        this.rules = rules;
        this.plans = plans;
    }

    public int loadAll() {
        List<PhoneNumber> active = jdbi.withHandle(h -> h.createQuery("SELECT phone FROM subscribers WHERE status = 'active'")
                .map((rs, c) -> new PhoneNumber(rs.getString(1))).list());
        active.forEach(this::changed);
        return active.size();
    }

    @Override
    public void changed(PhoneNumber phone) {
        Optional<SubscriberPlan> plan = jdbi.withHandle(h -> plan(h, phone));
        if (plan.isPresent()) plans.put(plan.get());
        else plans.remove(phone);
    }

    private Optional<SubscriberPlan> plan(Handle h, PhoneNumber phone) {
        Optional<Subscriber> s = subscribers.find(h, phone);
        if (s.isEmpty() || s.get().status() != SubscriberStatus.ACTIVE) return Optional.empty();
        List<Group> groups = rules.groups(h, phone).stream()
                .map(g -> new Group(g.id(), g.name(), new HashSet<>(g.callers()))).toList();
        List<PlaybackRule> playbackRules = rules.rules(h, phone).stream().map(PlanLoader::rule).toList();
        OptionalLong defaultTone = s.get().defaultToneId().map(t -> OptionalLong.of(t.value())).orElse(OptionalLong.empty());
        return Optional.of(new SubscriberPlan(phone, true, defaultTone, groups, playbackRules));
    }

    private static PlaybackRule rule(RuleView r) {
        Target target = r.group() != null ? Target.group(r.group()) : new Target.Callers(new HashSet<>(r.callers()));
        Set<DayOfWeek> days = r.days().stream().map(DayOfWeek::of).collect(Collectors.toSet());
        Optional<TimeWindow> window = r.from() == null ? Optional.empty() : Optional.of(TimeWindow.of(r.from(), r.to()));
        return new PlaybackRule(r.id(), target, days, window, r.toneIds());
    }
}
