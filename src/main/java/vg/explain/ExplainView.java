package vg.explain;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/me/explain}: the tone the caller would hear (null for ordinary beeps), the level that decides it,
 * the rule when a rule does, and the same in a Russian sentence.
 */
public record ExplainView(@Nullable Long toneId, String level, @Nullable Long ruleId, String reason) {
}
