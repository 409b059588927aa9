package vg.editor;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import vg.common.Times;
import vg.common.ToneId;

/** One entry of the audit trail as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuditView(String at, String action, @Nullable Long toneId, String from) {
    static AuditView of(EditorAudit.Entry e, Times times) {
        return new AuditView(times.iso(e.at()), e.action().code(), e.toneId().map(ToneId::value).orElse(null), e.from());
    }
}
