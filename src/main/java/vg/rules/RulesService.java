package vg.rules;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.ToneId;
import vg.mytones.MyTonesDao;
import vg.playback.DateRange;
import vg.subscriber.PlanChanges;

/** Checks and keeps a subscriber's groups and rules; anything wrong is a clear 4xx and nothing is saved. */
public final class RulesService {
    static final int MAX_TONES = 20;
    static final int MAX_CALLERS = 200;
    static final int MAX_NAME = 50;

    private final Jdbi jdbi;
    private final RulesDao dao;
    private final MyTonesDao tones;
    private final PlanChanges planChanges;
    private final Clock clock;

    public RulesService(Jdbi jdbi, RulesDao dao, MyTonesDao tones, PlanChanges planChanges, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.tones = tones;
        this.planChanges = planChanges;
        this.clock = clock;
    }

    public List<GroupView> groups(PhoneNumber owner) {
        return jdbi.withHandle(h -> dao.groups(h, owner));
    }

    public GroupView createGroup(PhoneNumber owner, GroupRequest req) {
        String name = name(req);
        List<String> callers = callers(req.callers(), false);
        long id = jdbi.inTransaction(h -> {
            if (dao.groupNameTaken(h, owner, name, -1))
                throw new ApiException(409, "group_exists", "You already have a group called «" + name + "»");
            long made = dao.insertGroup(h, owner, name, callers, clock.millis());
            planChanges.record(h, owner);
            return made;
        });
        planChanges.changed(owner);
        return jdbi.withHandle(h -> dao.group(h, owner, id)).orElseThrow();
    }

    public GroupView updateGroup(PhoneNumber owner, long id, GroupRequest req) {
        String name = name(req);
        List<String> callers = callers(req.callers(), false);
        jdbi.useTransaction(h -> {
            if (dao.group(h, owner, id).isEmpty()) throw ApiException.notFound("Group " + id);
            if (dao.groupNameTaken(h, owner, name, id))
                throw new ApiException(409, "group_exists", "You already have a group called «" + name + "»");
            dao.updateGroup(h, owner, id, name, callers);
            planChanges.record(h, owner);
        });
        planChanges.changed(owner);
        return jdbi.withHandle(h -> dao.group(h, owner, id)).orElseThrow();
    }

    public void deleteGroup(PhoneNumber owner, long id) {
        if (!jdbi.inTransaction(h -> recorded(h, owner, dao.deleteGroup(h, owner, id)))) throw ApiException.notFound("Group " + id);
        planChanges.changed(owner);
    }

    public List<RuleView> rules(PhoneNumber owner) {
        return jdbi.withHandle(h -> dao.rules(h, owner));
    }

    public RuleView createRule(PhoneNumber owner, RuleRequest req) {
        ValidRule rule = valid(req);
        long id = jdbi.inTransaction(h -> {
            requireOwnTonesAndGroup(h, owner, rule);
            long made = dao.insertRule(h, owner, rule.toneIds(), rule.callers(), rule.group(), rule.days(), rule.from(),
                    rule.to(), rule.dates(), clock.millis());
            planChanges.record(h, owner);
            return made;
        });
        planChanges.changed(owner);
        return rule(owner, id);
    }

    /** Replaces rule {@code id} with {@code req}, checked as a new rule is; it keeps its number and its place among equals. */
    public RuleView updateRule(PhoneNumber owner, long id, RuleRequest req) {
        ValidRule rule = valid(req);
        jdbi.useTransaction(h -> {
            if (!dao.ruleExists(h, owner, id)) throw ApiException.notFound("Rule " + id);
            requireOwnTonesAndGroup(h, owner, rule);
            dao.replaceRule(h, owner, id, rule.toneIds(), rule.callers(), rule.group(), rule.days(), rule.from(), rule.to(),
                    rule.dates());
            planChanges.record(h, owner);
        });
        planChanges.changed(owner);
        return rule(owner, id);
    }

    private RuleView rule(PhoneNumber owner, long id) {
        return rules(owner).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** A rule request with every field checked and put in the form it is kept in. */
    private record ValidRule(List<Long> toneIds, List<String> callers, Long group, String days, String from, String to,
                             Optional<DateRange> dates) {
    }

    private static ValidRule valid(RuleRequest req) {
        List<Long> toneIds = toneIds(req);
        boolean forCallers = req.callers() != null && !req.callers().isEmpty();
        if (forCallers == (req.group() != null))
            throw ApiException.badRequest("invalid_target", "A rule is for callers (a list of numbers) or for a group, one of the two");
        List<String> callers = forCallers ? callers(req.callers(), true) : List.of();
        TimeWindowText window = window(req.from(), req.to());
        return new ValidRule(toneIds, callers, req.group(), days(req.days()), window.from(), window.to(), dates(req.dates()));
    }

    private static Optional<DateRange> dates(DatesRequest dates) {
        if (dates == null || (blank(dates.from()) && blank(dates.to()))) return Optional.empty();
        return Optional.of(DateRange.parse(dates.from(), dates.to()).orElseThrow(() -> ApiException.badRequest("invalid_dates",
                "dates are from and to as day.month (31.12) or day.month.year (31.12.2026), both with a year or neither, "
                        + "a dated range not ending before it starts; not «" + dates.from() + "»–«" + dates.to() + "»")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void requireOwnTonesAndGroup(org.jdbi.v3.core.Handle h, PhoneNumber owner, ValidRule rule) {
        for (long t : rule.toneIds()) {
            if (!tones.owns(h, owner, ToneId.of(t)))
                throw ApiException.badRequest("tone_not_owned", "Tone " + t + " is not among your tones; add it first");
        }
        if (rule.group() != null && dao.group(h, owner, rule.group()).isEmpty()) throw ApiException.notFound("Group " + rule.group());
    }

    public void deleteRule(PhoneNumber owner, long id) {
        if (!jdbi.inTransaction(h -> recorded(h, owner, dao.deleteRule(h, owner, id)))) throw ApiException.notFound("Rule " + id);
        planChanges.changed(owner);
    }

    /** Records the plan change when {@code changed}, and passes it through. */
    private boolean recorded(org.jdbi.v3.core.Handle h, PhoneNumber owner, boolean changed) {
        if (changed) planChanges.record(h, owner);
        return changed;
    }

    private static String name(GroupRequest req) {
        String name = req.name() == null ? "" : req.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME)
            throw ApiException.badRequest("invalid_name", "A group needs a name of 1 to " + MAX_NAME + " characters");
        return name;
    }

    private static List<String> callers(List<String> given, boolean required) {
        List<String> list = given == null ? List.of() : given;
        if (required && list.isEmpty()) throw ApiException.badRequest("invalid_callers", "Give at least one caller's number");
        if (list.size() > MAX_CALLERS) throw ApiException.badRequest("invalid_callers", "At most " + MAX_CALLERS + " numbers");
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        for (String c : list) {
            numbers.add(PhoneNumber.parse(c).orElseThrow(() -> ApiException.badRequest("invalid_phone",
                    "«" + c + "» is not a mobile number; write it as 9121234567")).digits());
        }
        return new ArrayList<>(numbers);
    }

    private static List<Long> toneIds(RuleRequest req) {
        if (req.toneIds() != null && req.toneIds().size() > MAX_TONES)
            throw ApiException.badRequest("invalid_tone_id", "A rule shuffles at most " + MAX_TONES + " tones");
        if (req.callers() != null && req.callers().size() > MAX_CALLERS)
            throw ApiException.badRequest("invalid_callers", "At most " + MAX_CALLERS + " numbers");
        List<Long> ids = new ArrayList<>();
        if (req.toneId() != null) ids.add(req.toneId());
        if (req.toneIds() != null) for (Long t : req.toneIds()) if (t != null && !ids.contains(t)) ids.add(t);
        if (ids.isEmpty()) throw ApiException.badRequest("invalid_tone_id", "A rule needs toneId, or toneIds to shuffle");
        if (ids.size() > MAX_TONES) throw ApiException.badRequest("invalid_tone_id", "A rule shuffles at most " + MAX_TONES + " tones");
        for (Long t : ids) if (t <= 0) throw ApiException.badRequest("invalid_tone_id", "Tone ids are positive numbers");
        return ids;
    }

    private static String days(List<Integer> days) {
        if (days == null) return "";
        TreeSet<Integer> set = new TreeSet<>();
        for (Integer d : days) {
            if (d == null || d < 1 || d > 7)
                throw ApiException.badRequest("invalid_days", "days are numbers from 1 (Monday) to 7 (Sunday)");
            set.add(d);
        }
        StringBuilder sb = new StringBuilder();
        set.forEach(sb::append);
        return set.size() == 7 ? "" : sb.toString();
    }

    record TimeWindowText(String from, String to) {
    }

    private static TimeWindowText window(String from, String to) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (!hasFrom && !hasTo) return new TimeWindowText(null, null);
        if (hasFrom != hasTo) throw ApiException.badRequest("invalid_time_window", "Give both from and to (HH:MM), or neither");
        LocalTime f = time(from);
        LocalTime t = time(to);
        if (f.equals(t)) throw ApiException.badRequest("invalid_time_window", "from and to must differ; leave both out for all day");
        return new TimeWindowText(f.toString(), t.toString());
    }

    private static LocalTime time(String text) {
        try {
            if (!text.strip().matches("\\d{2}:\\d{2}")) throw new DateTimeParseException("not HH:MM", text, 0);
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_time_window", "Times are HH:MM from 00:00 to 23:59, not «" + text + "»");
        }
    }
}
