package vg.explain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vg.rules.GroupView;
import vg.rules.RuleView;

/** A rule in the cabinet's words: «группа «Семья», будни 18:00–23:00». */
final class RuleWords {
    private static final List<String> DAYS = List.of("пн", "вт", "ср", "чт", "пт", "сб", "вс");

    private RuleWords() {
    }

    static String of(RuleView rule, Map<Long, GroupView> groups) {
        return whom(rule, groups) + ", " + when(rule);
    }

    private static String whom(RuleView rule, Map<Long, GroupView> groups) {
        if (rule.group() != null) {
            GroupView g = groups.get(rule.group());
            return "группа «" + (g == null ? "№" + rule.group() : g.name()) + "»";
        }
        List<String> callers = rule.callers() == null ? List.of() : rule.callers();
        return (callers.size() == 1 ? "номер " : "номера ") + callers.stream().map(RuleWords::phone).collect(Collectors.joining(", "));
    }

    private static String when(RuleView rule) {
        String time = rule.from() == null ? "весь день" : rule.from() + "–" + rule.to();
        String dates = rule.dates() == null ? "" : ", " + (rule.dates().from().equals(rule.dates().to())
                ? rule.dates().from() : rule.dates().from() + "–" + rule.dates().to());
        return days(rule.days()) + " " + time + dates;
    }

    static String days(List<Integer> days) {
        if (days == null || days.isEmpty() || days.size() == 7) return "каждый день";
        if (days.equals(List.of(1, 2, 3, 4, 5))) return "будни";
        if (days.equals(List.of(6, 7))) return "выходные";
        return days.stream().map(d -> DAYS.get(d - 1)).collect(Collectors.joining(", "));
    }

    /** +7 912 555-44-33, as the cabinet writes numbers. */
    static String phone(String d) {
        return d.length() != 10 ? d : "+7 " + d.substring(0, 3) + " " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8);
    }
}
