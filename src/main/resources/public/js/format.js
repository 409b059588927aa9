// How money, kinds, days and times read on the pages.
export const rub = (kopecks) => (kopecks / 100).toLocaleString('ru-RU', { style: 'currency', currency: 'RUB' });

export const KINDS = { melody: 'мелодия', status: 'статус', joke: 'шутка' };
export const DAYS = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'];

export function dateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

export function date(iso) {
  return iso ? new Date(iso).toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' }) : '';
}

/** An element with text or children, as a one-liner. */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'for' || k === 'role') e.setAttribute(k, v);
    else e[k] = v;
  }
  e.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return e;
}

export const $ = (id) => document.getElementById(id);

/** Shows a result or a problem in a live region, so screen readers hear it too. */
export function say(region, text, isError = false) {
  region.textContent = text;
  region.classList.toggle('error', isError);
}
