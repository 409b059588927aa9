/**
 * What a caller hears instead of beeps: the in-memory decision core. No database, no HTTP; the app feeds
 * {@link vg.playback.PlanCache} a {@link vg.playback.SubscriberPlan} after each change in the cabinet and asks
 * {@link vg.playback.Playback} (or {@link vg.playback.PlaybackDecider} directly) on every call.
 *
 * <h2>Which rule wins</h2>
 * "The most specific rule wins: time-limited before unlimited, a caller before a group, a group before the default",
 * read as one total order ({@link vg.playback.Level}); the first level with a matching rule decides:
 * <ol>
 *   <li>a time-limited rule naming the caller,</li>
 *   <li>a time-limited rule for a group containing the caller,</li>
 *   <li>an unlimited rule naming the caller,</li>
 *   <li>an unlimited rule for a group containing the caller,</li>
 *   <li>the default tone,</li>
 *   <li>nothing: ordinary beeps.</li>
 * </ol>
 * A rule is time-limited when it has days, a window, dates, or any of them together. So a group's evening rule beats a caller's all-day
 * rule: that the rule was restricted in time is the more deliberate choice. Example, for caller Mum (in group Family),
 * with rules #1 Mum always → tone 10, #2 Family Mon–Fri 18:00–23:00 → tone 20, #3 Family always → tone 30,
 * #4 Mum Sat → tone 40, default tone 50:
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>call</th><th>rules in force</th><th>hears</th><th>level</th></tr>
 *   <tr><td>Mum, Sat 12:00</td><td>#4, #1, #3</td><td>40</td><td>1 timed caller</td></tr>
 *   <tr><td>Mum, Wed 19:00</td><td>#2, #1, #3</td><td>20</td><td>2 timed group</td></tr>
 *   <tr><td>Mum, Wed 09:00</td><td>#1, #3</td><td>10</td><td>3 caller</td></tr>
 *   <tr><td>Dad (in Family), Wed 09:00</td><td>#3</td><td>30</td><td>4 group</td></tr>
 *   <tr><td>a stranger</td><td>—</td><td>50</td><td>5 default</td></tr>
 *   <tr><td>a stranger, no default tone</td><td>—</td><td>beeps</td><td>6 none</td></tr>
 *   <tr><td>anyone, subscriber suspended</td><td>—</td><td>beeps</td><td>inactive</td></tr>
 * </table>
 *
 * <h2>Details</h2>
 * <ul>
 *   <li><b>Ties</b>: two rules at the same level that both apply — the most recently created (highest id) wins.</li>
 *   <li><b>Windows</b> are [from, to) in the operator's local time ({@code VG_TZ}); 18:00–23:00 covers 22:59:59, not 23:00.
 *       A window with {@code to} before {@code from} crosses midnight.</li>
 *   <li><b>Days and a window across midnight</b>: the window belongs to the day it starts on.
 *       Mon 22:00–07:00 covers Mon 22:00–24:00 and Tue 00:00–07:00, not Mon 00:00–07:00;
 *       Sun 22:00–07:00 runs on into Monday morning. That is how people say it: "on Monday nights".</li>
 *   <li><b>Dates</b> ({@link vg.playback.DateRange}) include both ends: «31.12–01.01» every year, across the New Year,
 *       or «30.12.2026–08.01.2027» once. A yearly «29.02» holds only in leap years. A window across midnight belongs to
 *       the date it starts on, as it belongs to the day: 31.12 22:00–02:00 covers the first two hours of 1 January.</li>
 *   <li><b>Tones that can no longer be played</b> (withdrawn, or removed from the subscriber's tones: the
 *       {@code LongPredicate playable}) are skipped. A rule with no playable tone does not match, so the next rule
 *       of the same level, then the next level, then the default, then beeps take over. A default tone that
 *       is not playable gives beeps.</li>
 *   <li><b>Shuffle</b>: a rule with several tones plays a random one of its playable tones, never the one it played
 *       last for this subscriber when there is another; with one playable tone left it plays that one.
 *       The memory is per subscriber and rule, and starts afresh when the plan is replaced.</li>
 *   <li><b>Callers</b> are matched by their 10-digit mobile number; any accepted spelling is read. A caller that is
 *       not a mobile number (a landline, a hidden number) gets the default tone.</li>
 *   <li>A rule for a group the plan does not hold matches nobody.</li>
 * </ul>
 */
package vg.playback;
