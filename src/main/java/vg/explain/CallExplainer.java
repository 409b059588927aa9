package vg.explain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vg.common.PhoneNumber;
import vg.mytones.MyToneView;
import vg.mytones.MyTonesService;
import vg.playback.Decision;
import vg.playback.Level;
import vg.playback.PlayableTones;
import vg.playback.Playback;
import vg.rules.GroupView;
import vg.rules.RuleView;
import vg.rules.RulesService;
import vg.subscriber.Subscriber;
import vg.subscriber.SubscriberService;
import vg.subscriber.SubscriberStatus;

/**
 * «Что услышит номер…»: the decision the switch would get for a caller at a time, from the same plan and decision
 * core, told in words that name the rule as the cabinet lists it.
 */
public final class CallExplainer {
    private final Playback playback;
    private final PlayableTones playable;
    private final SubscriberService subscribers;
    private final RulesService rules;
    private final MyTonesService tones;

    public CallExplainer(Playback playback, PlayableTones playable, SubscriberService subscribers, RulesService rules,
                         MyTonesService tones) {
        this.playback = playback;
        this.playable = playable;
        this.subscribers = subscribers;
        this.rules = rules;
        this.tones = tones;
    }

    public ExplainView explain(PhoneNumber me, PhoneNumber caller, LocalDateTime at) {
        Subscriber account = subscribers.get(me);
        Decision d = playback.explain(me.digits(), caller.digits(), at, playable::playable);
        String level = d.level().name().toLowerCase();
        if (account.status() != SubscriberStatus.ACTIVE) {
            String state = account.status() == SubscriberStatus.SUSPENDED ? "приостановлена" : "отключена";
            return new ExplainView(null, level, null, "Обычные гудки: услуга " + state + ".");
        }
        if (d.level() == Level.NONE)
            return new ExplainView(null, level, null, "Обычные гудки: ни одно правило не подходит, а мелодия по умолчанию не выбрана.");
        Map<Long, String> titles = tones.list(me).stream().collect(Collectors.toMap(MyToneView::id, MyToneView::title, (x, y) -> x));
        String tone = "«" + titles.getOrDefault(d.toneId(), "мелодия №" + d.toneId()) + "»";
        if (d.level() == Level.DEFAULT)
            return new ExplainView(d.toneId(), level, null, tone + " — мелодия по умолчанию: ни одно правило не подходит.");
        List<RuleView> list = rules.rules(me);
        Map<Long, GroupView> groups = rules.groups(me).stream().collect(Collectors.toMap(GroupView::id, Function.identity()));
        int number = 1;
        while (number <= list.size() && list.get(number - 1).id() != d.ruleId()) number++;
        RuleView rule = number <= list.size() ? list.get(number - 1) : null;
        String words = rule == null ? "" : ": " + RuleWords.of(rule, groups);
        String shuffle = rule != null && rule.toneIds().size() > 1 ? " (мелодии правила чередуются)" : "";
        return new ExplainView(d.toneId(), level, d.ruleId(), tone + " — правило №" + number + words + shuffle + ".");
    }
}
