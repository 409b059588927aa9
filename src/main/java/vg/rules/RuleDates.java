package vg.rules;

/** The dates a rule holds on, both included, as the cabinet writes them: «31.12»–«01.01», or with years. */
public record RuleDates(String from, String to) {
}
