package vg.rules;

import java.util.List;

/** A group of callers, numbers in their 10-digit form. */
public record GroupView(long id, String name, List<String> callers) {
}
