package vg.playback;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vg.cluster.ChangeFeed;
import vg.cluster.ChangeKind;
import vg.common.PhoneNumber;
import vg.subscriber.PlanChanges;

/**
 * Reads what a subscriber's callers should hear from the database, for the plan cache on the callee's first call, and
 * records every plan change in the change feed so that each node drops its copy. A reload goes through the same
 * few reads, narrowed to one owner, so a plan on any node is exactly the plan the cabinet built.
 */
public final class PlanLoader implements PlanChanges {
    private final Jdbi jdbi;
    private final ChangeFeed feed;
    private PlanCache plans;

    public PlanLoader(Jdbi jdbi, ChangeFeed feed) {
        this.jdbi = jdbi;
        this.feed = feed;
    }

    /** The cache this loader's changes drop entries from (it reads through {@link #plan}). */
    public void attach(PlanCache cache) {
        this.plans = cache;
    }

    /** The subscriber's plan, or empty when the number has no active service. */
    public Optional<SubscriberPlan> plan(PhoneNumber phone) {
        return jdbi.withHandle(h -> read(h, phone));
    }

    @Override
    public void record(Handle h, PhoneNumber phone) {
        feed.record(h, ChangeKind.PLAN, phone.digits());
    }

    /** After the commit: this node's next call reads the new plan; the others drop theirs as they follow the feed. */
    @Override
    public void changed(PhoneNumber phone) {
        plans.remove(phone);
    }

    private static Optional<SubscriberPlan> read(Handle h, PhoneNumber phone) {
        java.util.function.Function<String, org.jdbi.v3.core.statement.Query> query =
                sql -> h.createQuery(sql).bind("p", phone.digits());
        Optional<OptionalLong> active = query.apply("SELECT default_tone_id FROM subscribers WHERE status = 'active' AND phone = :p")
                .map((rs, c) -> {
                    long tone = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(tone);
                }).findOne();
        if (active.isEmpty()) return Optional.empty();
        OptionalLong defaultTone = active.get();
        // most subscribers have only a default tone: their plan is read in two queries instead of six
        if (!query.apply("SELECT EXISTS (SELECT 1 FROM rules WHERE phone = :p) OR EXISTS (SELECT 1 FROM caller_groups WHERE phone = :p)")
                .mapTo(Boolean.class).one())
            return Optional.of(new SubscriberPlan(phone, true, defaultTone, List.of(), List.of()));

        Map<Long, Set<String>> members = new HashMap<>();
        query.apply("SELECT group_id, caller FROM caller_group_members WHERE group_id IN (SELECT id FROM caller_groups WHERE phone = :p)")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        List<Group> groups = query.apply("SELECT id, name FROM caller_groups WHERE phone = :p")
                .map((rs, c) -> new Group(rs.getLong(1), rs.getString(2), members.getOrDefault(rs.getLong(1), Set.of())))
                .list();

        Map<Long, List<Long>> ruleTones = new HashMap<>();
        query.apply("SELECT rule_id, tone_id FROM rule_tones WHERE rule_id IN (SELECT id FROM rules WHERE phone = :p)"
                        + " ORDER BY rule_id, position")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> ruleTones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Set<String>> ruleCallers = new HashMap<>();
        query.apply("SELECT rule_id, caller FROM rule_callers WHERE rule_id IN (SELECT id FROM rules WHERE phone = :p)")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> ruleCallers.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        List<PlaybackRule> rules = new ArrayList<>();
        query.apply("SELECT id, group_id, days, time_from, time_to, date_from, date_to FROM rules WHERE phone = :p ORDER BY id")
                .map((rs, c) -> {
                    long id = rs.getLong("id");
                    long group = rs.getLong("group_id");
                    boolean forGroup = !rs.wasNull();
                    List<Long> tones = ruleTones.getOrDefault(id, List.of());
                    Set<String> callers = ruleCallers.getOrDefault(id, Set.of());
                    // a rule written between these reads may lack its tones or callers here; its change drops this plan
                    if (tones.isEmpty() || (!forGroup && callers.isEmpty())) return Optional.<PlaybackRule>empty();
                    Set<DayOfWeek> days = rs.getString("days").chars().mapToObj(ch -> DayOfWeek.of(ch - '0')).collect(Collectors.toSet());
                    String from = rs.getString("time_from");
                    Optional<TimeWindow> window = from == null ? Optional.empty() : Optional.of(TimeWindow.of(from, rs.getString("time_to")));
                    Optional<DateRange> dates = DateRange.parse(rs.getString("date_from"), rs.getString("date_to"));
                    return Optional.of(new PlaybackRule(id, forGroup ? Target.group(group) : new Target.Callers(callers), days, window,
                            dates, tones));
                })
                .forEach(r -> r.ifPresent(rules::add));
        return Optional.of(new SubscriberPlan(phone, true, defaultTone, groups, rules));
    }
}
