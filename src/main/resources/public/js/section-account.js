// The service itself: status, suspend and resume, how to disconnect, and what was charged.
import { api } from './api.js';
import { $, el, rub, say, date, dateTime } from './format.js';
import { state, reloadMe } from './cabinet-state.js';

const KIND = { subscription: 'абонентская плата', tone: 'мелодия', gift: 'подарок' };
const STATUS = { active: 'подключена', suspended: 'приостановлена', disconnected: 'отключена' };

export async function open() {
  await reloadMe();
  render();
  const charges = await api('/api/me/charges');
  const titles = new Map(state.myTones.map((t) => [t.id, t.title]));
  $('charge-rows').replaceChildren(...charges.map((c) => el('tr', {},
    el('td', {}, c.kind === 'subscription' ? date(c.day) : dateTime(c.at)),
    el('td', {}, KIND[c.kind] || c.kind, c.toneId ? ` «${titles.get(c.toneId) || '№' + c.toneId}»` : ''),
    el('td', { class: 'money' }, rub(c.amount)))));
}

function render() {
  const me = state.me;
  $('account-summary').textContent = `Услуга ${STATUS[me.status] || me.status}. Абонентская плата — ${rub(me.dailyFee)} в день`
    + (me.firstVisitAt ? `, списывается с ${date(me.firstVisitAt)}` : '.'); // the date ends in «г.»
  $('suspend').hidden = me.status !== 'active';
  $('resume').hidden = me.status !== 'suspended';
}

async function change(path, message) {
  try {
    await api(path, { method: 'POST' });
    await open();
    say($('account-status'), message);
  } catch (err) {
    if (err.status !== 401) say($('account-status'), err.message, true);
  }
}

$('suspend').onclick = () => change('/api/me/suspend', 'Услуга приостановлена: звонящие слышат обычные гудки, плата не списывается.');
$('resume').onclick = () => change('/api/me/resume', 'Услуга снова работает; абонентская плата снова списывается ежедневно.');
$('disconnect').onclick = () => $('disconnect-dialog').showModal();
