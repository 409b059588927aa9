package vg.playback;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns a subscriber's plan into the lookup form once, so that a call costs a search and a short scan. */
final class PlanCompiler {
    private static final Comparator<CompiledRule> DECISION_ORDER =
            Comparator.<CompiledRule, Level>comparing(r -> r.level).thenComparing(r -> -r.id);

    private PlanCompiler() {}

    static CompiledPlan compile(SubscriberPlan plan) {
        if (!plan.active()) return CompiledPlan.NONE;
        long defaultTone = plan.defaultTone().orElse(0);
        if (plan.rules().isEmpty()) return CompiledPlan.defaultOnly(defaultTone);

        Map<Long, Set<String>> groups = new HashMap<>();
        for (Group g : plan.groups()) groups.put(g.id(), g.callers());
        TreeMap<Long, List<CompiledRule>> byCaller = new TreeMap<>();
        for (PlaybackRule rule : plan.rules()) {
            CompiledRule compiled = compile(rule);
            Set<String> numbers = rule.target() instanceof Target.Callers c
                    ? c.numbers()
                    : groups.getOrDefault(((Target.InGroup) rule.target()).groupId(), Set.of());
            for (String n : numbers) byCaller.computeIfAbsent(CallerKey.of(n), k -> new ArrayList<>()).add(compiled);
        }

        long[] callers = new long[byCaller.size()];
        int[] starts = new int[callers.length + 1];
        List<CompiledRule> flat = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, List<CompiledRule>> e : byCaller.entrySet()) {
            callers[i] = e.getKey();
            starts[i] = flat.size();
            e.getValue().sort(DECISION_ORDER);
            flat.addAll(e.getValue());
            i++;
        }
        starts[i] = flat.size();
        return new CompiledPlan(true, defaultTone, callers, starts, flat.toArray(CompiledRule[]::new));
    }

    static CompiledRule compile(PlaybackRule rule) {
        int dayMask = 0;
        for (DayOfWeek d : rule.days()) dayMask |= CompiledRule.dayBit(d.getValue());
        if (dayMask == 0) dayMask = CompiledRule.EVERY_DAY;
        int from = rule.window().map(w -> w.from().toSecondOfDay()).orElse(-1);
        int to = rule.window().map(w -> w.to().toSecondOfDay()).orElse(-1);
        long[] tones = new LinkedHashSet<>(rule.toneIds()).stream().mapToLong(Long::longValue).toArray();
        int dateFrom = rule.dates().map(DateRange::encodedFrom).orElse(-1);
        int dateTo = rule.dates().map(DateRange::encodedTo).orElse(-1);
        boolean dated = rule.dates().map(d -> !d.yearly()).orElse(false);
        return new CompiledRule(rule.id(), rule.level(), dayMask, from, to, dateFrom, dateTo, dated, tones);
    }
}
