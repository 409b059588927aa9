package vg.sms;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A link whose state the test sets: up, down, or refusing certain texts; it records what it took. */
final class ScriptedLink implements SmsLink {
    private final List<OutgoingSms> taken = new CopyOnWriteArrayList<>();
    private final List<Long> tried = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile Set<String> refusedTexts = Set.of();

    void setDown(boolean isDown) {
        down = isDown;
    }

    void refuse(String... texts) {
        refusedTexts = Set.of(texts);
    }

    List<OutgoingSms> taken() {
        return List.copyOf(taken);
    }

    List<String> takenTexts() {
        return taken.stream().map(OutgoingSms::text).toList();
    }

    int tries() {
        return tried.size();
    }

    @Override
    public void start(InboundSms handler) {
    }

    @Override
    public void send(OutgoingSms sms) throws SmsLinkDown, SmsRejected {
        tried.add(sms.id());
        if (down) throw new SmsLinkDown("scripted down");
        if (refusedTexts.contains(sms.text())) throw new SmsRejected("scripted refusal");
        taken.add(sms);
    }

    @Override
    public void close() {
    }
}
