// My tones: which one is the default, and removing one (its rules go with it).
import { api } from './api.js';
import { $, el, say } from './format.js';
import { state, reloadMe, reloadMyTones } from './cabinet-state.js';
import { toneCard, button } from './tone-card.js';

export async function open() {
  await reloadMyTones();
  render();
}

function render() {
  const list = $('my-tones');
  if (!state.myTones.length) {
    say($('mine-status'), 'Здесь пока пусто. Выберите мелодию в каталоге и нажмите «Добавить».');
    list.replaceChildren();
    return;
  }
  list.replaceChildren(...state.myTones.map((t) => {
    const actions = [];
    if (t.isDefault) actions.push(el('span', { class: 'badge' }, 'по умолчанию'), button('Снять', () => setDefault(null), 'secondary'));
    else if (t.available) actions.push(button('Сделать по умолчанию', () => setDefault(t.id), 'make-default'));
    actions.push(button('Удалить', () => remove(t), 'secondary'));
    const card = toneCard(t, ...actions);
    if (!t.available) card.querySelector('.meta').append(' · снята из каталога, звонящие её не услышат');
    return card;
  }));
}

async function setDefault(toneId) {
  try {
    await api('/api/me/default', { method: 'PUT', body: { toneId } });
    await Promise.all([reloadMe(), reloadMyTones()]);
    render();
    const t = state.myTones.find((x) => x.id === toneId);
    say($('mine-status'), t ? `Теперь всем звонящим без особого правила играет «${t.title}».` : 'Мелодия по умолчанию снята: без правил звонящие слышат гудки.');
  } catch (err) {
    if (err.status !== 401) say($('mine-status'), err.message, true);
  }
}

async function remove(t) {
  if (!confirm(`Удалить «${t.title}»? Правила с этой мелодией тоже удалятся. Деньги за неё не возвращаются.`)) return;
  try {
    await api('/api/me/tones/' + t.id, { method: 'DELETE' });
    await Promise.all([reloadMe(), reloadMyTones()]);
    render();
    say($('mine-status'), `«${t.title}» удалена.`);
  } catch (err) {
    if (err.status !== 401) say($('mine-status'), err.message, true);
  }
}
