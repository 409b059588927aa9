package vg.playback;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vg.common.PhoneNumber;
import vg.common.Times;
import vg.subscriber.SubscriberAuth;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Routes;

/** {@code GET /api/me/heard}: tones this subscriber heard when calling others, newest first, once per tone. */
public final class HeardRoutes implements Routes {
    private static final int LIMIT = 100;
    private final Jdbi jdbi;
    private final HeardLog heard;
    private final Times times;

    public HeardRoutes(Jdbi jdbi, HeardLog heard, Times times) {
        this.jdbi = jdbi;
        this.heard = heard;
        this.times = times;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.section("Cabinet", Access.SUBSCRIBER).get("/api/me/heard", ctx -> ctx.json(list(SubscriberAuth.me(ctx))))
                .summary("Tones the subscriber heard when calling others, to copy one")
                .answersList(HeardView.class, "The latest hearing of each tone, newest first");
    }

    List<HeardView> list(PhoneNumber me) {
        heard.flushForReading(); // a call that just ended belongs in the list
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT h.callee, h.tone_id, t.title, t.artist, t.price, t.status, h.heard_at AS last
                        FROM heard h JOIN tones t ON t.id = h.tone_id
                        WHERE h.caller = :p AND h.call_id = (
                            SELECT l.call_id FROM heard l WHERE l.caller = h.caller AND l.tone_id = h.tone_id
                            ORDER BY l.heard_at DESC, l.call_id DESC LIMIT 1)
                        ORDER BY last DESC, h.tone_id DESC LIMIT :l""")
                .bind("p", me.digits()).bind("l", LIMIT)
                .map((rs, c) -> new HeardView(rs.getString("callee"), rs.getLong("tone_id"), rs.getString("title"),
                        rs.getString("artist"), times.iso(rs.getLong("last")), rs.getLong("price"),
                        vg.catalogue.ToneView.previewUrl(rs.getLong("tone_id")), "published".equals(rs.getString("status"))))
                .list());
    }
}
