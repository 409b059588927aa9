package vg.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named group of caller numbers as the cabinet sends it. */
public record GroupRequest(String name, @Nullable List<String> callers) {
}
