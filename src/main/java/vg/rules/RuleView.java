package vg.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A saved rule. {@code toneId} is the tone when there is one, {@code toneIds} all of them (a shuffle when several);
 * {@code callers} or {@code group} says for whom; {@code days} (ISO 1–7, empty = every day) and {@code from}–{@code to}
 * (HH:MM, operator's time) and {@code dates} (day.month, or day.month.year, both included) say when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleView(long id, @Nullable Long toneId, List<Long> toneIds, @Nullable List<String> callers,
                       @Nullable Long group, List<Integer> days, @Nullable String from, @Nullable String to, @Nullable RuleDates dates) {
}
