// A tone in a list: title, what it is, listen, and the actions the section puts next to it.
import { el, KINDS, rub } from './format.js';
import { listenButton } from './player.js';

export function toneCard(t, ...actions) {
  const meta = [KINDS[t.kind] || t.kind, t.themeName, t.durationSec ? t.durationSec + ' с' : null, t.price != null ? rub(t.price) : null]
    .filter(Boolean).join(' · ');
  return el('li', { class: 'tone', 'data-tone-id': String(t.id ?? t.toneId) },
    el('div', { class: 'tone-text' },
      el('div', { class: 'title' }, t.title),
      el('div', { class: 'artist' }, t.artist || ''),
      el('div', { class: 'meta' }, meta)),
    el('div', { class: 'actions' }, t.previewUrl ? listenButton(t.title, t.previewUrl) : null, ...actions));
}

export function button(label, onclick, cls = '') {
  return el('button', { type: 'button', class: cls, onclick }, label);
}
