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
import vg.common.PhoneNumber;
import vg.cluster.ChangeFeed;
import vg.cluster.ChangeKind;
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
        return Optional.ofNullable(jdbi.withHandle(h -> read(h, Optional.of(phone))).get(phone.digits()));
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

    /** The plans of the active subscribers, of {@code only} one of them when given, by phone digits. */
    private static Map<String, SubscriberPlan> read(Handle h, Optional<PhoneNumber> only) {
        String owner = only.isPresent() ? " WHERE phone = :p" : "";
        String byGroup = only.isPresent() ? " WHERE group_id IN (SELECT id FROM caller_groups WHERE phone = :p)" : "";
        String byRule = only.isPresent() ? " WHERE rule_id IN (SELECT id FROM rules WHERE phone = :p)" : "";
        java.util.function.Function<String, org.jdbi.v3.core.statement.Query> query = sql -> {
            var q = h.createQuery(sql);
            only.ifPresent(phone -> q.bind("p", phone.digits()));
            return q;
        };

        Map<String, OptionalLong> defaults = new HashMap<>();
        query.apply("SELECT phone, default_tone_id FROM subscribers WHERE status = 'active'" + owner.replace(" WHERE", " AND"))
                .map((rs, c) -> {
                    long tone = rs.getLong(2);
                    OptionalLong defaultTone = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(tone);
                    return Map.entry(rs.getString(1), defaultTone);
                }).forEach(e -> defaults.put(e.getKey(), e.getValue()));
        if (defaults.isEmpty()) return Map.of();
        // most subscribers have only a default tone: their plan is read in two queries instead of six
        if (only.isPresent() && !h.createQuery("SELECT EXISTS (SELECT 1 FROM rules WHERE phone = :p)"
                        + " OR EXISTS (SELECT 1 FROM caller_groups WHERE phone = :p)")
                .bind("p", only.get().digits()).mapTo(Boolean.class).one()) {
            PhoneNumber phone = only.get();
            return Map.of(phone.digits(), new SubscriberPlan(phone, true, defaults.get(phone.digits()), List.of(), List.of()));
        }

        Map<Long, Set<String>> members = new HashMap<>();
        query.apply("SELECT group_id, caller FROM caller_group_members" + byGroup)
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        Map<String, List<Group>> groups = new HashMap<>();
        query.apply("SELECT phone, id, name FROM caller_groups" + owner)
                .map((rs, c) -> Map.entry(rs.getString(1), new Group(rs.getLong(2), rs.getString(3),
                        members.getOrDefault(rs.getLong(2), Set.of()))))
                .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        members.clear();

        Map<Long, List<Long>> ruleTones = new HashMap<>();
        query.apply("SELECT rule_id, tone_id FROM rule_tones" + byRule + " ORDER BY rule_id, position")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> ruleTones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Set<String>> ruleCallers = new HashMap<>();
        query.apply("SELECT rule_id, caller FROM rule_callers" + byRule)
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> ruleCallers.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        Map<String, List<PlaybackRule>> rules = new HashMap<>();
        query.apply("SELECT phone, id, group_id, days, time_from, time_to FROM rules" + owner + " ORDER BY id")
                .map((rs, c) -> {
                    long id = rs.getLong("id");
                    long group = rs.getLong("group_id");
                    boolean forGroup = !rs.wasNull();
                    List<Long> tones = ruleTones.getOrDefault(id, List.of());
                    Set<String> callers = ruleCallers.getOrDefault(id, Set.of());
                    // a rule written between these reads may lack its tones or callers here; the next refresh has it whole
                    if (tones.isEmpty() || (!forGroup && callers.isEmpty())) return null;
                    Set<DayOfWeek> days = rs.getString("days").chars().mapToObj(ch -> DayOfWeek.of(ch - '0')).collect(Collectors.toSet());
                    String from = rs.getString("time_from");
                    Optional<TimeWindow> window = from == null ? Optional.empty() : Optional.of(TimeWindow.of(from, rs.getString("time_to")));
                    return Map.entry(rs.getString("phone"), new PlaybackRule(id,
                            forGroup ? Target.group(group) : new Target.Callers(callers), days, window, tones));
                })
                .forEach(e -> {
                    if (e != null) rules.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                });

        Map<String, SubscriberPlan> out = new HashMap<>();
        defaults.forEach((phone, defaultTone) -> out.put(phone, new SubscriberPlan(new PhoneNumber(phone), true, defaultTone,
                groups.getOrDefault(phone, List.of()), rules.getOrDefault(phone, List.of()))));
        return out;
    }
}
