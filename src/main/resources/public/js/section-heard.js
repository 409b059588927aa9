// Tones heard when calling others; each can be added, at its catalogue price.
import { api } from './api.js';
import { $, el, rub, say, dateTime } from './format.js';
import { owns, reloadMyTones } from './cabinet-state.js';
import { formatPhone } from './phones.js';
import { toneCard, button } from './tone-card.js';

export async function open() {
  const heard = await api('/api/me/heard');
  if (!heard.length) {
    say($('heard-status'), 'Пока ничего: когда вы позвоните абоненту с «Вместо гудков», его мелодия появится здесь.');
    $('heard-list').replaceChildren();
    return;
  }
  $('heard-list').replaceChildren(...heard.map((h) => {
    const t = h.available ? { id: h.toneId, title: h.title, artist: h.artist, price: h.price, previewUrl: h.previewUrl } : null;
    const card = toneCard({ ...(t || {}), id: h.toneId, title: h.title, artist: h.artist });
    card.querySelector('.meta').textContent = `у ${formatPhone(h.callee)}, ${dateTime(h.heardAt)}` + (t ? ' · ' + rub(t.price) : ' · нет в каталоге');
    if (t) {
      const add = button(owns(h.toneId) ? 'Уже у вас' : `Добавить за ${rub(t.price)}`, () => add_(t, add), 'add');
      add.disabled = owns(h.toneId);
      card.querySelector('.actions').append(add);
    }
    return card;
  }));
}

async function add_(t, b) {
  b.disabled = true;
  try {
    await api('/api/me/tones', { method: 'POST', body: { toneId: t.id } });
    await reloadMyTones();
    b.textContent = 'Добавлено';
    say($('heard-status'), `«${t.title}» добавлена, списано ${rub(t.price)}.`);
  } catch (err) {
    b.disabled = false;
    if (err.status !== 401) say($('heard-status'), err.message, true);
  }
}
