// Gifts: give a tone to a number; answer the ones given to you; see what became of yours.
import { api } from './api.js';
import { $, el, rub, say, dateTime } from './format.js';
import { state, reloadMyTones } from './cabinet-state.js';
import { formatPhone } from './phones.js';
import { button } from './tone-card.js';

const STATUS = { pending: 'ждёт ответа', accepted: 'принят', declined: 'отклонён', expired: 'срок истёк' };
/** A catalogue tone chosen with «Подарить», offered in the form next to the subscriber's own. */
let offered = null;

export function offerAsGift(tone) {
  offered = tone;
  location.hash = '#gifts';
}

export async function open() {
  await reloadMyTones();
  renderToneChoice();
  await loadGifts();
}

function renderToneChoice() {
  const choices = state.myTones.filter((t) => t.available).map((t) => ({ id: t.id, title: t.title, price: t.price }));
  if (offered && !choices.some((t) => t.id === offered.id)) choices.unshift(offered);
  $('gift-tone').replaceChildren(...choices.map((t) => el('option', { value: String(t.id) }, `${t.title} — ${rub(t.price)}`)));
  if (offered) $('gift-tone').value = String(offered.id);
  if (!choices.length) $('gift-tone').append(el('option', { value: '' }, 'выберите мелодию в каталоге кнопкой «Подарить»'));
}

async function loadGifts() {
  const { incoming, outgoing } = await api('/api/me/gifts');
  $('gifts-in').replaceChildren(...(incoming.length ? incoming.map(incomingItem) : [el('li', { class: 'hint' }, 'Подарков пока не было.')]));
  $('gifts-out').replaceChildren(...(outgoing.length ? outgoing.map((g) => el('li', { 'data-gift-id': String(g.id) },
    el('span', {}, `«${g.title}» для ${formatPhone(g.to)}, ${rub(g.price)} — `,
      el('b', { class: 'gift-status' }, STATUS[g.status] || g.status),
      g.status === 'pending' ? el('span', { class: 'hint' }, ` (ждёт до ${dateTime(g.expiresAt)})`) : null)))
    : [el('li', { class: 'hint' }, 'Вы ещё ничего не дарили.')]));
}

function incomingItem(g) {
  const li = el('li', { 'data-gift-id': String(g.id) },
    el('span', {}, `«${g.title}» (${g.artist}) от ${formatPhone(g.from)} — `, el('b', { class: 'gift-status' }, STATUS[g.status] || g.status)));
  if (g.status === 'pending') {
    li.append(el('span', { class: 'actions' },
      button('Принять', () => answer(g, 'accept'), 'accept'),
      button('Отклонить', () => answer(g, 'decline'), 'secondary')));
  }
  return li;
}

async function answer(g, how) {
  try {
    await api(`/api/me/gifts/${g.id}/${how}`, { method: 'POST' });
    await loadGifts();
    if (how === 'accept') await reloadMyTones();
    say($('gift-status'), how === 'accept' ? `«${g.title}» теперь среди ваших мелодий — бесплатно для вас.` : 'Подарок отклонён.');
  } catch (err) {
    if (err.status !== 401) say($('gift-status'), err.message, true);
  }
}

$('gift-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const toneId = Number($('gift-tone').value);
  if (!toneId) return say($('gift-status'), 'Выберите мелодию.', true);
  try {
    const gift = await api('/api/me/gifts', { method: 'POST', body: { toneId, to: $('gift-to').value.trim() } });
    $('gift-to').value = '';
    offered = null;
    await loadGifts();
    say($('gift-status'), `Подарок отправлен на ${formatPhone(gift.to)}. Спишем ${rub(gift.price)}, когда его примут.`);
  } catch (err) {
    if (err.status !== 401) say($('gift-status'), err.message, true);
  }
});
