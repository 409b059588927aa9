// The cabinet: checks the session, shows one section at a time, and sends an ended session to the login page.
import { api, whenUnauthorized } from './api.js';
import { $, rub } from './format.js';
import { state, reloadMe, reloadMyTones, onChange } from './cabinet-state.js';
import { formatPhone } from './phones.js';
import { firstVisitPending, firstVisitSeen } from './first-visit.js';
import * as catalogue from './section-catalogue.js';
import * as mine from './section-mine.js';
import * as rules from './section-rules.js';
import * as gifts from './section-gifts.js';
import * as heard from './section-heard.js';
import * as account from './section-account.js';

const SECTIONS = { catalogue, mine, rules, gifts, heard, account };

whenUnauthorized((err) => {
  location.replace('/login.html?reason=' + (err.code === 'session_expired' ? 'session_expired' : 'not_logged_in'));
});

function show(name) {
  if (!SECTIONS[name]) name = 'catalogue';
  for (const id of Object.keys(SECTIONS)) $(id).hidden = id !== name;
  document.querySelectorAll('.tabs a').forEach((a) => {
    if (a.dataset.section === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  SECTIONS[name].open().catch(report);
}

function report(err) {
  if (err.status === 401) return; // already on the way to the login page
  const status = document.querySelector('.section:not([hidden]) .status');
  if (status) {
    status.textContent = err.message;
    status.classList.add('error');
  }
}

function showAccountNotes() {
  const me = state.me;
  $('who').textContent = formatPhone(me.phone);
  $('suspended-note').hidden = me.status !== 'suspended';
  if (firstVisitPending(me.phone)) {
    $('first-visit-text').textContent = `Добро пожаловать! С этого момента услуга «Вместо гудков» платная: ${rub(me.dailyFee)} в день `
      + 'списывается каждый день, пока услуга подключена и не приостановлена. Мелодии оплачиваются отдельно, по цене в каталоге.';
    $('first-visit').hidden = false;
    $('first-visit-ok').focus();
  }
}


$('first-visit-ok').onclick = () => {
  firstVisitSeen();
  $('first-visit').hidden = true;
};
$('logout').onclick = async () => {
  await api('/api/session', { method: 'DELETE' }).catch(() => {});
  location.replace('/login.html?reason=logged_out');
};
onChange((what) => {
  if (what === 'me') showAccountNotes();
});
window.addEventListener('hashchange', () => show(location.hash.slice(1)));

try {
  await reloadMe();
  await reloadMyTones();
  show(location.hash.slice(1));
} catch (err) {
  report(err);
}
