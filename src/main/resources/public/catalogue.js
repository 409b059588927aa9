// The public catalogue page: a thin client of /api/themes, /api/tones and /api/tones/suggest.
const state = { q: '', theme: '', kind: '', sort: '', page: 1 };
const $ = (id) => document.getElementById(id);
const kinds = { melody: 'мелодия', status: 'статус', joke: 'шутка' };
const rub = (kopecks) => (kopecks / 100).toLocaleString('ru-RU', { style: 'currency', currency: 'RUB' });

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || 'Ошибка ' + r.status);
  return body;
}

async function loadThemes() {
  const themes = await api('/api/themes');
  const nav = $('themes');
  nav.replaceChildren(...[{ id: '', name: 'Все темы' }, ...themes].map((t) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = t.id ? `${t.name} (${t.count})` : t.name;
    b.setAttribute('aria-pressed', String(state.theme === t.id));
    b.onclick = () => { state.theme = t.id; state.page = 1; loadThemes(); search(); };
    return b;
  }));
}

async function search() {
  const p = new URLSearchParams({ page: state.page, size: 20 });
  for (const k of ['q', 'theme', 'kind', 'sort']) if (state[k]) p.set(k, state[k]);
  try {
    const page = await api('/api/tones?' + p);
    $('status').textContent = page.total ? `Найдено: ${page.total}` : 'Ничего не нашлось — попробуйте другое слово.';
    $('results').replaceChildren(...page.items.map(item));
    const pages = Math.ceil(page.total / page.size);
    $('pages').replaceChildren(...(pages > 1 ? [pager('← Назад', state.page > 1, -1), pager('Дальше →', state.page < pages, 1)] : []));
  } catch (e) {
    $('status').textContent = e.message;
  }
}

function item(t) {
  const li = document.createElement('li');
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = `${t.title} — ${t.artist}`;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = `${kinds[t.kind] || t.kind} · ${t.themeName || t.theme} · ${t.durationSec} с · ${rub(t.price)}`;
  const audio = document.createElement('audio');
  audio.controls = true;
  audio.preload = 'none';
  audio.src = t.previewUrl;
  li.append(title, meta, audio);
  return li;
}

function pager(label, enabled, step) {
  const b = document.createElement('button');
  b.textContent = label;
  b.disabled = !enabled;
  b.onclick = () => { state.page += step; search(); };
  return b;
}

$('search').onsubmit = (e) => {
  e.preventDefault();
  Object.assign(state, { q: $('q').value, kind: $('kind').value, sort: $('sort').value, page: 1 });
  search();
};
$('q').oninput = async () => {
  const q = $('q').value;
  if (!q.trim()) return;
  const list = await api('/api/tones/suggest?q=' + encodeURIComponent(q)).catch(() => []);
  $('suggestions').replaceChildren(...list.map((s) => Object.assign(document.createElement('option'), { value: s.title })));
};
loadThemes();
search();
