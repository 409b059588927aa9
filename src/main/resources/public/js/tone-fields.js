// The tone's description fields, the same in the upload form and the edit dialog.
import { el } from './format.js';

let themes = [];
export function setThemes(list) {
  themes = list;
}

/** Fills {@code box} with labelled fields whose ids start with {@code prefix}. */
export function renderFields(box, prefix) {
  const field = (name, label, input) => {
    input.id = prefix + name;
    input.name = name;
    return [el('label', { for: input.id }, label), input];
  };
  box.className = 'stack';
  box.replaceChildren(
    ...field('title', 'Название', el('input', { type: 'text', required: true })),
    ...field('artist', 'Исполнитель', el('input', { type: 'text', required: true })),
    ...field('theme', 'Тема', el('select', {}, ...themes.map((t) => el('option', { value: t.id }, t.name)))),
    ...field('kind', 'Вид', el('select', {},
      el('option', { value: 'melody' }, 'мелодия'), el('option', { value: 'status' }, 'статус'), el('option', { value: 'joke' }, 'шутка'))),
    ...field('price', 'Цена, ₽', el('input', { type: 'text', inputMode: 'decimal', placeholder: '25' })),
    ...field('tags', 'Метки (для поиска)', el('input', { type: 'text', placeholder: 'классика, спокойная' })));
}

/** Roubles as the editor types them («25», «25,50») to kopecks as the API takes them; NaN when it is not a price. */
export function kopecks(text) {
  const t = String(text).trim().replace(',', '.').replace(/\s|₽/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return NaN;
  return Math.round(Number(t) * 100);
}

export function readFields(prefix) {
  const v = (name) => document.getElementById(prefix + name).value.trim();
  return { title: v('title'), artist: v('artist'), theme: v('theme'), kind: v('kind'), price: kopecks(v('price')), tags: v('tags') };
}

export function fillFields(prefix, tone) {
  for (const name of ['title', 'artist', 'theme', 'kind', 'tags']) document.getElementById(prefix + name).value = tone[name] ?? '';
  document.getElementById(prefix + 'price').value = (tone.price / 100).toFixed(2).replace('.', ',');
}
