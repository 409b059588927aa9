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
import vg.subscriber.PlanChanges;

/**
 * Reads what subscribers' callers should hear from the database into the plan cache: everyone at start, one subscriber
 * after each change. Both go through the same few whole-table reads, narrowed to one owner for a refresh, so a plan
 * after a restart is exactly the plan the cabinet built.
 */
public final class PlanLoader implements PlanChanges {
    private final Jdbi jdbi;
    private final PlanCache plans;
    private final Object[] refreshLocks = new Object[64];

    public PlanLoader(Jdbi jdbi, PlanCache plans) {
        this.jdbi = jdbi;
        this.plans = plans;
        for (int i = 0; i < refreshLocks.length; i++) refreshLocks[i] = new Object();
    }

    /** Loads every active subscriber's plan; returns how many. */
    public int loadAll() {
        Map<String, SubscriberPlan> all = jdbi.withHandle(h -> read(h, Optional.empty()));
        all.values().forEach(plans::put);
        return all.size();
    }

    /**
     * Re-reads the subscriber's plan after a committed change. Refreshes of one subscriber take turns, so the last one
     * reads after every change before it and a slow, older refresh can never put back a plan that is out of date.
     */
    @Override
    public void changed(PhoneNumber phone) {
        synchronized (refreshLocks[Math.floorMod(phone.digits().hashCode(), refreshLocks.length)]) {
            SubscriberPlan plan = jdbi.withHandle(h -> read(h, Optional.of(phone))).get(phone.digits());
            if (plan != null) plans.put(plan);
            else plans.remove(phone);
        }
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
