package vg.playback;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
    private final Object[] refreshLocks = new Object[64];

    public PlanLoader(Jdbi jdbi, SubscriberDao subscribers, RulesDao rules, PlanCache plans) {
        this.jdbi = jdbi;
        this.subscribers = subscribers;
        this.rules = rules;
        this.plans = plans;
        for (int i = 0; i < refreshLocks.length; i++) refreshLocks[i] = new Object();
    }

    /** Loads every active subscriber's plan in a few whole-table reads, so a start with a million subscribers stays quick. */
    public int loadAll() {
        return jdbi.withHandle(h -> {
            Map<String, OptionalLong> defaults = new HashMap<>();
            h.createQuery("SELECT phone, default_tone_id FROM subscribers WHERE status = 'active'")
                    .map((rs, c) -> {
                        long tone = rs.getLong(2);
                        OptionalLong defaultTone = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(tone);
                        return Map.entry(rs.getString(1), defaultTone);
                    }).forEach(e -> defaults.put(e.getKey(), e.getValue()));
            Map<Long, Set<String>> members = new HashMap<>();
            h.createQuery("SELECT group_id, caller FROM caller_group_members")
                    .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            Map<String, List<Group>> groups = new HashMap<>();
            h.createQuery("SELECT phone, id, name FROM caller_groups")
                    .map((rs, c) -> Map.entry(rs.getString(1), new Group(rs.getLong(2), rs.getString(3),
                            members.getOrDefault(rs.getLong(2), Set.of()))))
                    .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            members.clear();
            Map<Long, List<Long>> ruleTones = new HashMap<>();
            h.createQuery("SELECT rule_id, tone_id FROM rule_tones ORDER BY rule_id, position")
                    .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> ruleTones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<Long, Set<String>> ruleCallers = new HashMap<>();
            h.createQuery("SELECT rule_id, caller FROM rule_callers")
                    .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> ruleCallers.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            Map<String, List<PlaybackRule>> rulesByPhone = new HashMap<>();
            h.createQuery("SELECT phone, id, group_id, days, time_from, time_to FROM rules ORDER BY id")
                    .map((rs, c) -> {
                        long id = rs.getLong("id");
                        long group = rs.getLong("group_id");
                        Long groupId = rs.wasNull() ? null : group;
                        List<Integer> days = rs.getString("days").chars().mapToObj(ch -> ch - '0').toList();
                        RuleView view = new RuleView(id, null, ruleTones.getOrDefault(id, List.of()),
                                groupId == null ? new ArrayList<>(ruleCallers.getOrDefault(id, Set.of())) : null, groupId, days,
                                rs.getString("time_from"), rs.getString("time_to"));
                        return Map.entry(rs.getString("phone"), view);
                    })
                    .forEach(e -> {
                        if (!e.getValue().toneIds().isEmpty())
                            rulesByPhone.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(rule(e.getValue()));
                    });
            defaults.forEach((phone, defaultTone) -> plans.put(new SubscriberPlan(new PhoneNumber(phone), true, defaultTone,
                    groups.getOrDefault(phone, List.of()), rulesByPhone.getOrDefault(phone, List.of()))));
            return defaults.size();
        });
    }

    /**
     * Re-reads the subscriber's plan after a committed change. Refreshes of one subscriber take turns, so the last one
     * reads after every change before it and a slow, older refresh can never put back a plan that is out of date.
     */
    @Override
    public void changed(PhoneNumber phone) {
        synchronized (refreshLocks[Math.floorMod(phone.digits().hashCode(), refreshLocks.length)]) {
            Optional<SubscriberPlan> plan = jdbi.withHandle(h -> plan(h, phone));
            if (plan.isPresent()) plans.put(plan.get());
            else plans.remove(phone);
        }
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
