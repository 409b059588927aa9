// The first visit starts the billing; the person is told so once, right after that login.
const KEY = 'vg.firstVisitNote';

/** The login's answer says whether it was the first visit; the note is then shown once, on the next page. */
export function markFirstVisit(login) {
  if (login && login.firstVisit) sessionStorage.setItem(KEY, login.phone);
}

export function firstVisitPending(phone) {
  return sessionStorage.getItem(KEY) === phone;
}

export function firstVisitSeen() {
  sessionStorage.removeItem(KEY);
}
