package vg.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vg.common.PhoneNumber;
import vg.playback.DateRange;

/** Caller groups and rules of one subscriber; every query names the owner, so nobody reaches another's rows. */
public final class RulesDao {

    public List<GroupView> groups(Handle h, PhoneNumber owner) {
        Map<Long, GroupView> groups = new LinkedHashMap<>();
        h.createQuery("SELECT id, name FROM caller_groups WHERE phone = :p ORDER BY name, id").bind("p", owner.digits())
                .map((rs, c) -> new GroupView(rs.getLong("id"), rs.getString("name"), new ArrayList<>()))
                .forEach(g -> groups.put(g.id(), g));
        h.createQuery("SELECT m.group_id, m.caller FROM caller_group_members m JOIN caller_groups g ON g.id = m.group_id"
                        + " WHERE g.phone = :p ORDER BY m.caller")
                .bind("p", owner.digits())
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                // a group made between the two reads is simply not in this answer
                .forEach(e -> {
                    GroupView g = groups.get(e.getKey());
                    if (g != null) g.callers().add(e.getValue());
                });
        return List.copyOf(groups.values());
    }

    public Optional<GroupView> group(Handle h, PhoneNumber owner, long id) {
        return groups(h, owner).stream().filter(g -> g.id() == id).findFirst();
    }

    public boolean groupNameTaken(Handle h, PhoneNumber owner, String name, long exceptId) {
        return h.createQuery("SELECT COUNT(*) FROM caller_groups WHERE phone = :p AND name = :n AND id <> :id")
                .bind("p", owner.digits()).bind("n", name).bind("id", exceptId).mapTo(Integer.class).one() > 0;
    }

    public long insertGroup(Handle h, PhoneNumber owner, String name, List<String> callers, long now) {
        long id = h.createUpdate("INSERT INTO caller_groups (phone, name, created_at) VALUES (:p, :n, :now)")
                .bind("p", owner.digits()).bind("n", name).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertMembers(h, id, callers);
        return id;
    }

    public boolean updateGroup(Handle h, PhoneNumber owner, long id, String name, List<String> callers) {
        boolean mine = h.createUpdate("UPDATE caller_groups SET name = :n WHERE id = :id AND phone = :p")
                .bind("p", owner.digits()).bind("n", name).bind("id", id).execute() == 1;
        if (!mine) return false;
        h.createUpdate("DELETE FROM caller_group_members WHERE group_id = :id").bind("id", id).execute();
        insertMembers(h, id, callers);
        return true;
    }

    /** Deleting a group deletes the rules made for it (ON DELETE CASCADE). */
    public boolean deleteGroup(Handle h, PhoneNumber owner, long id) {
        return h.createUpdate("DELETE FROM caller_groups WHERE id = :id AND phone = :p")
                .bind("p", owner.digits()).bind("id", id).execute() == 1;
    }

    private static void insertMembers(Handle h, long groupId, List<String> callers) {
        var batch = h.prepareBatch("INSERT INTO caller_group_members (group_id, caller) VALUES (:g, :c) ON CONFLICT (group_id, caller) DO NOTHING");
        for (String c : callers) batch.bind("g", groupId).bind("c", c).add();
        if (!callers.isEmpty()) batch.execute();
    }

    public List<RuleView> rules(Handle h, PhoneNumber owner) {
        Map<Long, List<Long>> tones = new LinkedHashMap<>();
        h.createQuery("SELECT t.rule_id, t.tone_id FROM rule_tones t JOIN rules r ON r.id = t.rule_id WHERE r.phone = :p"
                        + " ORDER BY t.rule_id, t.position")
                .bind("p", owner.digits()).map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> tones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> callers = new LinkedHashMap<>();
        h.createQuery("SELECT c.rule_id, c.caller FROM rule_callers c JOIN rules r ON r.id = c.rule_id WHERE r.phone = :p"
                        + " ORDER BY c.rule_id, c.caller")
                .bind("p", owner.digits()).map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> callers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("SELECT id, group_id, days, time_from, time_to, date_from, date_to FROM rules WHERE phone = :p ORDER BY id")
                .bind("p", owner.digits())
                .map((rs, c) -> {
                    long id = rs.getLong("id");
                    long group = rs.getLong("group_id");
                    Long groupId = rs.wasNull() ? null : group;
                    List<Long> ts = tones.getOrDefault(id, List.of());
                    List<Integer> days = rs.getString("days").chars().mapToObj(ch -> ch - '0').toList();
                    return new RuleView(id, ts.size() == 1 ? ts.get(0) : null, ts, groupId == null ? callers.getOrDefault(id, List.of()) : null,
                            groupId, days, rs.getString("time_from"), rs.getString("time_to"),
                            rs.getString("date_from") == null ? null : new RuleDates(rs.getString("date_from"), rs.getString("date_to")));
                }).list().stream()
                // a rule made between the reads has no tones or callers yet in this answer; the next read has it whole
                .filter(r -> !r.toneIds().isEmpty() && (r.group() != null || !r.callers().isEmpty()))
                .toList();
    }

    public long insertRule(Handle h, PhoneNumber owner, List<Long> toneIds, List<String> callers, Long group, String days,
                           String from, String to, Optional<DateRange> dates, long now) {
        long id = h.createUpdate("INSERT INTO rules (phone, group_id, days, time_from, time_to, date_from, date_to, created_at)"
                        + " VALUES (:p, :g, :d, :f, :t, :df, :dt, :now)")
                .bind("p", owner.digits()).bind("g", group).bind("d", days).bind("f", from).bind("t", to)
                .bind("df", dates.map(DateRange::fromText).orElse(null)).bind("dt", dates.map(DateRange::toText).orElse(null))
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertTonesAndCallers(h, id, toneIds, callers);
        return id;
    }

    public boolean ruleExists(Handle h, PhoneNumber owner, long id) {
        return h.createQuery("SELECT COUNT(*) FROM rules WHERE id = :id AND phone = :p")
                .bind("p", owner.digits()).bind("id", id).mapTo(Integer.class).one() > 0;
    }

    /** Replaces the owner's rule {@code id} whole; false when it is not the owner's. */
    public boolean replaceRule(Handle h, PhoneNumber owner, long id, List<Long> toneIds, List<String> callers, Long group,
                               String days, String from, String to, Optional<DateRange> dates) {
        boolean mine = h.createUpdate("UPDATE rules SET group_id = :g, days = :d, time_from = :f, time_to = :t,"
                        + " date_from = :df, date_to = :dt WHERE id = :id AND phone = :p")
                .bind("p", owner.digits()).bind("id", id).bind("g", group).bind("d", days).bind("f", from).bind("t", to)
                .bind("df", dates.map(DateRange::fromText).orElse(null)).bind("dt", dates.map(DateRange::toText).orElse(null))
                .execute() == 1;
        if (!mine) return false;
        h.createUpdate("DELETE FROM rule_tones WHERE rule_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM rule_callers WHERE rule_id = :id").bind("id", id).execute();
        insertTonesAndCallers(h, id, toneIds, callers);
        return true;
    }

    private static void insertTonesAndCallers(Handle h, long ruleId, List<Long> toneIds, List<String> callers) {
        var toneBatch = h.prepareBatch("INSERT INTO rule_tones (rule_id, tone_id, position) VALUES (:r, :t, :pos)");
        for (int i = 0; i < toneIds.size(); i++) toneBatch.bind("r", ruleId).bind("t", toneIds.get(i)).bind("pos", i).add();
        toneBatch.execute();
        if (!callers.isEmpty()) {
            var callerBatch = h.prepareBatch("INSERT INTO rule_callers (rule_id, caller) VALUES (:r, :c) ON CONFLICT (rule_id, caller) DO NOTHING");
            for (String c : callers) callerBatch.bind("r", ruleId).bind("c", c).add();
            callerBatch.execute();
        }
    }

    public boolean deleteRule(Handle h, PhoneNumber owner, long id) {
        return h.createUpdate("DELETE FROM rules WHERE id = :id AND phone = :p").bind("p", owner.digits()).bind("id", id).execute() == 1;
    }
}
