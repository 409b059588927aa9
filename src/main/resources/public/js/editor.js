// The editor's desk: log in, upload one file, several or a ZIP and follow each transcode, list, search and filter, edit,
// publish and withdraw, one or a selection.
import { api, whenUnauthorized } from './api.js';
import { $, el, rub, say } from './format.js';
import { listenButton } from './player.js';
import { setThemes, renderFields, readFields, fillFields } from './tone-fields.js';

const STATUS = { queued: 'в очереди', processing: 'обрабатывается', ready: 'готова к публикации', published: 'опубликована', withdrawn: 'снята', failed: 'ошибка' };
const KINDS = { melody: 'мелодия', status: 'статус', joke: 'шутка' };
const POLL_MS = 400;

whenUnauthorized((err) => showLogin(err.code === 'session_expired'
  ? 'Сеанс завершён: 15 минут не было действий. Войдите снова.' : 'Войдите как редактор.'));

function showLogin(reason) {
  $('desk').hidden = true;
  $('editor-logout').hidden = true;
  $('editor-login-section').hidden = false;
  $('editor-reason').hidden = !reason;
  $('editor-reason').textContent = reason || '';
  $('editor-password').focus();
}

const PAGE_SIZE = 50;
let page = 1;

async function showDesk() {
  const themes = await api('/api/themes');
  setThemes(themes);
  $('theme-filter').replaceChildren(el('option', { value: '' }, 'все'), ...themes.map((t) => el('option', { value: t.id }, t.name)));
  renderFields($('upload-fields'), 'up-');
  renderFields($('edit-fields'), 'ed-');
  $('editor-login-section').hidden = true;
  $('desk').hidden = false;
  $('editor-logout').hidden = false;
  await loadList();
}

async function loadList() {
  const p = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE), sort: $('sort-filter').value });
  const filters = { q: $('list-q').value.trim(), status: $('status-filter').value, theme: $('theme-filter').value, kind: $('kind-filter').value };
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  const result = await api('/api/editor/tones?' + p);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (page > pages) {
    page = pages;
    return loadList();
  }
  say($('list-status'), result.total ? '' : 'Таких мелодий нет.');
  $('editor-tones').replaceChildren(...result.items.map(row));
  $('page-info').textContent = `${page} из ${pages} · всего ${result.total}`;
  $('page-prev').disabled = page <= 1;
  $('page-next').disabled = page >= pages;
  $('select-all').checked = false;
  syncSelection();
}

function selected() {
  return [...document.querySelectorAll('#editor-tones input.pick:checked')].map((b) => Number(b.value));
}

function syncSelection() {
  const n = selected().length;
  $('publish-selected').disabled = $('withdraw-selected').disabled = n === 0;
}

async function actOnSelection(what) {
  const ids = selected();
  try {
    const { tones } = await api('/api/editor/tones/' + what, { method: 'POST', body: { ids } });
    const failed = tones.filter((t) => t.error);
    await loadList();
    const done = tones.length - failed.length;
    say($('list-status'), (what === 'publish' ? `Опубликовано: ${done}.` : `Снято: ${done}.`)
      + (failed.length ? ` Не получилось: ${failed.length} (${failed.map((t) => '№' + t.id + ' — ' + (t.error === 'not_ready' ? 'ещё не готова' : t.error === 'not_published' ? 'не опубликована' : t.error)).join(', ')}).` : ''),
      failed.length > 0);
  } catch (err) {
    if (err.status !== 401) say($('list-status'), err.message, true);
  }
}

function row(t) {
  const wave = el('img', { class: 'waveform', alt: 'Форма волны «' + t.title + '»', src: `/api/editor/tones/${t.id}/waveform.png` });
  wave.onerror = () => wave.remove();
  const facts = [KINDS[t.kind], t.themeName, rub(t.price), t.durationSec ? t.durationSec + ' с' : null,
    t.loudness != null ? `${t.loudness.toFixed(1)} LUFS` : null].filter(Boolean).join(' · ');
  const actions = [];
  if (t.previewUrl) actions.push(listenButton(t.title, t.previewUrl));
  actions.push(button('Изменить', () => edit(t), 'secondary'));
  if (t.status === 'ready' || t.status === 'withdrawn') actions.push(button('Опубликовать', () => act(t, 'publish'), 'publish'));
  if (t.status === 'published') actions.push(button('Снять', () => act(t, 'withdraw'), 'withdraw secondary'));
  const pick = el('input', { type: 'checkbox', class: 'pick', value: String(t.id), 'aria-label': 'Выбрать «' + t.title + '»' });
  pick.onchange = syncSelection;
  return el('li', { class: 'tone', 'data-tone-id': String(t.id), 'data-status': t.status }, pick,
    el('div', { class: 'tone-text' },
      el('div', { class: 'title' }, t.title),
      el('div', { class: 'artist' }, t.artist),
      el('div', { class: 'meta' }, facts),
      el('div', { class: 'meta' }, el('b', { class: 'tone-status' }, STATUS[t.status] || t.status),
        t.status === 'processing' ? ` ${t.progress}%` : '', t.error ? ' — ' + t.error : '',
        t.duplicateOf ? el('span', { class: 'duplicate' }, ` · дубликат мелодии №${t.duplicateOf}`) : ''),
      wave),
    el('div', { class: 'actions' }, ...actions));
}

function button(label, onclick, cls) {
  return el('button', { type: 'button', class: cls, onclick }, label);
}

async function act(t, what) {
  try {
    await api(`/api/editor/tones/${t.id}/${what}`, { method: 'POST' });
    await loadList();
    say($('list-status'), what === 'publish' ? `«${t.title}» опубликована — её уже находит поиск.` : `«${t.title}» снята из каталога.`);
  } catch (err) {
    if (err.status !== 401) say($('list-status'), err.message, true);
  }
}

function edit(t) {
  $('edit-id').value = t.id;
  fillFields('ed-', t);
  say($('edit-status'), '');
  $('edit-dialog').showModal();
}

function checkPrice(fields, status) {
  if (Number.isNaN(fields.price)) {
    say(status, 'Цена — число рублей, например 25 или 25,50.', true);
    return false;
  }
  return true;
}

async function follow(id) {
  const bar = $('upload-progress');
  for (;;) {
    const t = await api('/api/editor/tones/' + id);
    bar.value = t.progress;
    $('upload-progress-label').textContent = `Обработка: ${t.progress}%`;
    if (t.status !== 'processing') return t;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

$('upload').addEventListener('submit', async (e) => {
  e.preventDefault();
  const status = $('upload-status');
  const files = [...$('up-file').files];
  if (!files.length) return say(status, 'Выберите файл.', true);
  const fields = readFields('up-');
  if (!checkPrice(fields, status)) return;
  const submit = e.submitter || $('upload').querySelector('button[type=submit]');
  submit.disabled = true;
  say(status, '');
  try {
    if (files.length === 1) await uploadOne(files[0], fields, status);
    else await uploadMany(files, fields, status);
    await loadList();
  } catch (err) {
    if (err.status !== 401) say(status, err.message, true);
  } finally {
    submit.disabled = false;
  }
});

function formOf(file, fields) {
  const form = new FormData();
  form.append('file', file);
  for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
  return form;
}

async function uploadOne(file, fields, status) {
  $('batch').hidden = true;
  $('upload-progress-box').hidden = false;
  $('upload-progress').value = 0;
  $('upload-progress-label').textContent = 'Загрузка файла…';
  const { id } = await api('/api/editor/tones', { method: 'POST', form: formOf(file, fields) });
  const t = await follow(id);
  if (t.status === 'failed') say(status, `Файл не удалось обработать: ${t.error || 'причина неизвестна'}.`, true);
  else {
    say(status, `«${t.title}» обработана (${t.durationSec} с) и ждёт публикации.` + duplicateNote(t));
    $('upload').reset();
    chosen();
  }
}

/** A name for a tone from its file: «02_Утренний звонок.mp3» → «02 Утренний звонок». */
function titleOf(fileName) {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
  return (base || fileName).slice(0, 200);
}

// Several files: each is sent as its own upload, one after another (the server transcodes them in its own queue), and
// each is followed to its end; a file refused at once fails alone with the server's reason.
async function uploadMany(files, fields, status) {
  $('upload-progress-box').hidden = true;
  const items = files.map((f) => ({ file: f.name, status: 'queued', progress: 0 }));
  showBatch(items);
  for (let i = 0; i < files.length; i++) {
    try {
      const { id } = await api('/api/editor/tones', { method: 'POST', form: formOf(files[i], { ...fields, title: titleOf(files[i].name) }) });
      Object.assign(items[i], { id, status: 'processing' });
    } catch (err) {
      if (err.status === 401) throw err;
      Object.assign(items[i], { status: 'failed', error: err.message });
    }
    showBatch(items);
  }
  while (items.some((it) => it.status === 'processing')) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    for (const it of items.filter((x) => x.status === 'processing')) {
      try {
        const t = await api('/api/editor/tones/' + it.id);
        Object.assign(it, { status: t.status, progress: t.progress, error: t.error, duplicateOf: t.duplicateOf });
      } catch (err) {
        if (err.status === 401) throw err; // a lost poll is asked again on the next round
      }
    }
    showBatch(items);
  }
  const failed = items.filter((it) => it.status === 'failed').length;
  say(status, `Обработано файлов: ${items.length - failed} из ${items.length}.` + (failed ? ` С ошибкой: ${failed}.` : ''), failed > 0);
  $('upload').reset();
  chosen();
}

$('zip-upload').addEventListener('submit', async (e) => {
  e.preventDefault();
  const status = $('zip-status');
  const file = $('zip-file').files[0];
  if (!file) return say(status, 'Выберите ZIP-архив.', true);
  const submit = e.submitter || $('zip-upload').querySelector('button[type=submit]');
  submit.disabled = true;
  say(status, 'Архив загружается и проверяется…');
  try {
    const form = new FormData();
    form.append('file', file);
    let batch = await api('/api/editor/batches', { method: 'POST', form });
    showBatch(batch.tones, batch.progress);
    await loadList();
    while (!batch.done) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      try {
        batch = await api('/api/editor/batches/' + batch.id);
      } catch (err) {
        if (err.status === 401) throw err;
        continue; // a lost poll is asked again
      }
      showBatch(batch.tones, batch.progress);
    }
    const failed = batch.tones.filter((t) => t.status === 'failed').length;
    say(status, `Пакет №${batch.id}: обработано ${batch.tones.length - failed} из ${batch.tones.length}.`
      + (failed ? ` С ошибкой: ${failed}.` : ''), failed > 0);
    $('zip-upload').reset();
    await loadList();
  } catch (err) {
    if (err.status !== 401) say(status, err.message, true);
  } finally {
    submit.disabled = false;
  }
});

function duplicateNote(t) {
  return t.duplicateOf ? ` Такой же звук уже есть у мелодии №${t.duplicateOf}.` : '';
}

/** The batch box: each file's line and the whole batch's progress (a failed file counts as done). */
function showBatch(items, overall) {
  const done = (it) => (it.status === 'processing' ? it.progress : it.status === 'queued' ? 0 : 100);
  const progress = overall ?? (items.length ? Math.floor(items.reduce((sum, it) => sum + done(it), 0) / items.length) : 100);
  $('batch').hidden = false;
  $('batch-progress').value = progress;
  $('batch-progress-label').textContent = `Готово: ${progress}%`;
  $('batch-files').replaceChildren(...items.map((it) => el('li', { class: 'batch-file', 'data-status': it.status, 'data-file': it.file },
    el('span', { class: 'name' }, it.file),
    el('span', { class: 'state' }, (STATUS[it.status] || it.status) + (it.status === 'processing' ? ` ${it.progress}%` : '')),
    // a failed file is done for the batch's sum, but its own bar would read as a success
    it.status === 'failed' ? el('span', {}) : el('progress', { max: '100', value: String(done(it)), 'aria-label': 'Обработка ' + it.file }),
    ...(it.error ? [el('span', { class: 'error' }, it.error)] : []),
    ...(it.duplicateOf ? [el('span', { class: 'duplicate' }, `Дубликат: такой же звук у мелодии №${it.duplicateOf}`)] : []))));
}

function chosen() {
  const files = [...$('up-file').files];
  const many = files.length > 1;
  $('up-chosen').textContent = files.length ? `Выбрано: ${files.map((f) => f.name).join(', ')}` : '';
  $('up-many-hint').hidden = !many;
  const title = document.getElementById('up-title');
  if (title) {
    title.disabled = many;
    title.required = !many;
  }
}
$('up-file').addEventListener('change', chosen);
const zone = $('drop-zone');
zone.addEventListener('dragover', (e) => {
  e.preventDefault();
  zone.classList.add('over');
});
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (e) => {
  e.preventDefault();
  zone.classList.remove('over');
  const dropped = e.dataTransfer.files;
  if (!dropped.length) return;
  if (dropped.length === 1 && /\.zip$/i.test(dropped[0].name)) {
    // a ZIP goes with its manifest to the ZIP form, not as a melody
    $('zip-file').files = dropped;
    say($('zip-status'), `Архив «${dropped[0].name}» выбран: нажмите «Загрузить архив».`);
    $('zip-upload').querySelector('button[type=submit]').focus();
    return;
  }
  $('up-file').files = dropped;
  chosen();
});

$('edit-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const fields = readFields('ed-');
  if (!checkPrice(fields, $('edit-status'))) return;
  try {
    await api('/api/editor/tones/' + $('edit-id').value, { method: 'PUT', body: fields });
    $('edit-dialog').close();
    await loadList();
    say($('list-status'), 'Описание сохранено.');
  } catch (err) {
    if (err.status !== 401) say($('edit-status'), err.message, true);
  }
});
$('edit-cancel').onclick = () => $('edit-dialog').close();
function reload() {
  loadList().catch((err) => say($('list-status'), err.message, true));
}
for (const id of ['status-filter', 'theme-filter', 'kind-filter', 'sort-filter']) $(id).addEventListener('change', () => {
  page = 1;
  reload();
});
$('list-form').addEventListener('submit', (e) => {
  e.preventDefault();
  page = 1;
  reload();
});
$('refresh').onclick = reload;
$('page-prev').onclick = () => {
  page = Math.max(1, page - 1);
  reload();
};
$('page-next').onclick = () => {
  page++;
  reload();
};
$('select-all').onchange = () => {
  document.querySelectorAll('#editor-tones input.pick').forEach((b) => { b.checked = $('select-all').checked; });
  syncSelection();
};
$('publish-selected').onclick = () => actOnSelection('publish');
$('withdraw-selected').onclick = () => actOnSelection('withdraw');

$('editor-login').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    await api('/api/editor/session', { method: 'POST', body: { name: $('editor-name').value.trim() || 'editor', password: $('editor-password').value } });
    $('editor-password').value = '';
    await showDesk();
  } catch (err) {
    say($('editor-login-status'), err.code === 'bad_credentials' ? 'Неверное имя или пароль.' : err.message, true);
  }
});
$('editor-logout').onclick = async () => {
  await api('/api/editor/session', { method: 'DELETE' }).catch(() => {});
  showLogin('Вы вышли.');
};

try {
  await api('/api/editor/tones?size=1');
  await showDesk();
} catch (err) {
  if (err.status !== 401) showLogin(err.message);
}
