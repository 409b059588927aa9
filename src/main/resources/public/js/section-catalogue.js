// Catalogue in the cabinet: themes, the popular and new charts, search with suggestions, the kind filter, «Добавить».
import { api } from './api.js';
import { $, el, rub, say } from './format.js';
import { state, owns, reloadMyTones } from './cabinet-state.js';
import { toneCard, button } from './tone-card.js';
import { offerAsGift } from './section-gifts.js';

const query = { q: '', theme: '', kind: '', sort: 'popular', page: 1 };
let themesLoaded = false;
let suggestTimer = 0;

export async function open() {
  if (!themesLoaded) {
    await loadThemes();
    themesLoaded = true;
  }
  await search();
}

async function loadThemes() {
  const themes = await api('/api/themes');
  const nav = $('themes');
  nav.replaceChildren(...[{ id: '', name: 'Все темы' }, ...themes].map((t) => {
    const b = el('button', { type: 'button', 'data-theme': t.id }, t.id ? `${t.name} (${t.count})` : t.name);
    b.setAttribute('aria-pressed', String(query.theme === t.id));
    b.onclick = () => {
      query.theme = t.id;
      query.page = 1;
      nav.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      search();
    };
    return b;
  }));
}

async function search() {
  const p = new URLSearchParams({ page: query.page, size: 20 });
  for (const k of ['q', 'theme', 'kind', 'sort']) if (query[k]) p.set(k, query[k]);
  const status = $('catalogue-status');
  try {
    const page = await api('/api/tones?' + p);
    say(status, page.total ? `Найдено: ${page.total}` : 'Ничего не нашлось — попробуйте другое слово или другую тему.');
    $('results').replaceChildren(...page.items.map(card));
    const pages = Math.ceil(page.total / page.size);
    $('pages').replaceChildren(...(pages > 1 ? [pager('← Назад', query.page > 1, -1), pager('Дальше →', query.page < pages, 1)] : []));
  } catch (err) {
    if (err.status !== 401) say(status, err.message, true);
  }
}

function card(t) {
  const add = button(owns(t.id) ? 'Уже у вас' : `Добавить за ${rub(t.price)}`, () => addTone(t, add), 'add');
  add.disabled = owns(t.id);
  const gift = button('Подарить', () => offerAsGift(t), 'gift secondary');
  return toneCard(t, add, gift);
}

async function addTone(t, b) {
  b.disabled = true;
  try {
    await api('/api/me/tones', { method: 'POST', body: { toneId: t.id } });
    await reloadMyTones();
    b.textContent = 'Добавлено';
    say($('catalogue-status'), `«${t.title}» теперь среди ваших мелодий, списано ${rub(t.price)}.`
      + (state.myTones.length === 1 ? ' Назначьте её мелодией по умолчанию в разделе «Мои мелодии».' : ''));
  } catch (err) {
    b.disabled = false;
    if (err.status !== 401) say($('catalogue-status'), err.message, true);
  }
}

function pager(label, enabled, step) {
  const b = button(label, () => { query.page += step; search(); }, 'secondary');
  b.disabled = !enabled;
  return b;
}

document.querySelectorAll('[data-chart]').forEach((b) => {
  b.onclick = () => {
    Object.assign(query, { sort: b.dataset.chart, q: '', page: 1 });
    $('q').value = '';
    document.querySelectorAll('[data-chart]').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    search();
  };
});

$('search').addEventListener('submit', (e) => {
  e.preventDefault();
  Object.assign(query, { q: $('q').value.trim(), kind: $('kind').value, page: 1 });
  query.sort = query.q ? '' : 'popular';
  document.querySelectorAll('[data-chart]').forEach((x) => x.setAttribute('aria-pressed', String(!query.q && x.dataset.chart === 'popular')));
  search();
});
$('kind').addEventListener('change', () => {
  query.kind = $('kind').value;
  query.page = 1;
  search();
});
$('q').addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const q = $('q').value;
  if (!q.trim()) return;
  // a short pause, so fast typing asks once
  suggestTimer = setTimeout(async () => {
    const list = await api('/api/tones/suggest?q=' + encodeURIComponent(q)).catch(() => []);
    $('suggestions').replaceChildren(...list.map((s) => el('option', { value: s.title, label: s.artist })));
  }, 150);
});
