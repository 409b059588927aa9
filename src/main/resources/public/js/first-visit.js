// The first visit starts the billing; the person is told so once, right after that login.
const KEY = 'vg.firstVisitNote';

/** Compares firstVisitAt with the server's own Date header, so a wrong clock on the phone does not matter. */
export async function markFirstVisitIfNew() {
  const r = await fetch('/api/me', { headers: { Accept: 'application/json' } });
  if (!r.ok) return;
  const me = await r.json();
  const serverNow = Date.parse(r.headers.get('Date')) || Date.now();
  // the Date header has whole seconds only
  if (me.firstVisitAt && Math.abs(serverNow - Date.parse(me.firstVisitAt)) < 61_000) sessionStorage.setItem(KEY, me.phone);
}

export function firstVisitPending(phone) {
  return sessionStorage.getItem(KEY) === phone;
}

export function firstVisitSeen() {
  sessionStorage.removeItem(KEY);
}
