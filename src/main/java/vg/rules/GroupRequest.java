package vg.rules;

import java.util.List;

/** A named group of caller numbers as the cabinet sends it. */
public record GroupRequest(String name, List<String> callers) {
}
