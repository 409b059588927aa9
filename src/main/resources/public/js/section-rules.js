// Rules (callers or a group, days, a time window, one tone or a shuffle) and the groups they name.
import { api } from './api.js';
import { $, el, say, DAYS } from './format.js';
import { state, reloadMyTones } from './cabinet-state.js';
import { phoneList, formatPhone } from './phones.js';
import { button } from './tone-card.js';

let groups = [];

export async function open() {
  const [, g, rules] = await Promise.all([reloadMyTones(), api('/api/me/groups'), api('/api/me/rules')]);
  groups = g;
  renderToneChoices();
  renderGroups();
  renderRules(rules);
}

function toneTitle(id) {
  return state.myTones.find((t) => t.id === id)?.title || 'мелодия №' + id;
}

function renderToneChoices() {
  const box = $('rule-tones');
  const playable = state.myTones.filter((t) => t.available);
  box.replaceChildren(...(playable.length ? playable.map((t) => el('label', {},
    el('input', { type: 'checkbox', name: 'tone', value: String(t.id) }), ' ' + t.title))
    : [el('p', { class: 'hint' }, 'Сначала добавьте мелодии из каталога.')]));
  $('rule-group').replaceChildren(...groups.map((g) => el('option', { value: String(g.id) }, g.name)));
}

function describe(r) {
  const tones = (r.toneIds && r.toneIds.length > 1) ? 'по очереди: ' + r.toneIds.map(toneTitle).map((t) => `«${t}»`).join(', ')
    : `«${toneTitle(r.toneId ?? r.toneIds[0])}»`;
  const who = r.group != null ? 'группе «' + (groups.find((g) => g.id === r.group)?.name || r.group) + '»'
    : (r.callers.length === 1 ? 'номеру ' : 'номерам ') + r.callers.map(formatPhone).join(', ');
  const days = r.days && r.days.length ? ' по дням: ' + r.days.map((d) => DAYS[d - 1]).join(', ') : '';
  const time = r.from ? ` с ${r.from} до ${r.to}` : '';
  const dates = r.dates ? (r.dates.from === r.dates.to ? ` ${r.dates.from}` : ` ${r.dates.from}–${r.dates.to}`) : '';
  return `${who}${days}${time}${dates}${days || time || dates ? '' : ' всегда'} — ${tones}`;
}

function renderRules(rules) {
  const list = $('rule-list');
  list.replaceChildren(...(rules.length ? rules.map((r, i) => el('li', { 'data-rule-id': String(r.id) },
    el('span', {}, `№${i + 1}: ${describe(r)}`),
    el('span', { class: 'actions' }, button('Изменить', () => editRule(r, i + 1), 'secondary'),
      button('Удалить', () => removeRule(r), 'secondary'))))
    : [el('li', { class: 'hint' }, 'Правил нет — всем звонящим играет мелодия по умолчанию.')]));
}

function renderGroups() {
  $('group-list').replaceChildren(...groups.map((g) => el('li', { 'data-group-id': String(g.id) },
    el('span', {}, `${g.name}: ${g.callers.map(formatPhone).join(', ')}`),
    el('span', { class: 'actions' }, button('Изменить', () => editGroup(g), 'secondary'), button('Удалить', () => removeGroup(g), 'secondary')))));
  $('rule-group').replaceChildren(...groups.map((g) => el('option', { value: String(g.id) }, g.name)));
}

async function refresh(statusId, message) {
  await open();
  if (message) say($(statusId), message);
}

function fail(statusId, err) {
  if (err.status !== 401) say($(statusId), err.message, true);
}

async function removeRule(r) {
  try {
    await api('/api/me/rules/' + r.id, { method: 'DELETE' });
    await refresh('rule-status', 'Правило удалено.');
  } catch (err) {
    fail('rule-status', err);
  }
}

function editRule(r, number) {
  resetRuleForm();
  $('rule-id').value = r.id;
  $('rule-form-h').textContent = 'Правило №' + number;
  $('rule-cancel').hidden = false;
  for (const box of document.querySelectorAll('#rule-tones input')) box.checked = r.toneIds.includes(Number(box.value));
  const group = r.group != null;
  document.querySelector(`input[name=target][value=${group ? 'group' : 'callers'}]`).checked = true;
  if (group) $('rule-group').value = String(r.group);
  else $('rule-callers').value = r.callers.join(', ');
  for (const box of document.querySelectorAll('#rule-days input')) box.checked = (r.days || []).includes(Number(box.value));
  $('rule-from').value = r.from || '';
  $('rule-to').value = r.to || '';
  $('rule-date-from').value = r.dates?.from || '';
  $('rule-date-to').value = r.dates?.to || '';
  syncTarget();
  $('rule-form').scrollIntoView({ block: 'start' });
}

function resetRuleForm() {
  $('rule-form').reset();
  $('rule-id').value = '';
  $('rule-form-h').textContent = 'Новое правило';
  $('rule-cancel').hidden = true;
  syncTarget();
}

function editGroup(g) {
  $('group-id').value = g.id;
  $('group-name').value = g.name;
  $('group-callers').value = g.callers.join(', ');
  $('group-form-h').textContent = 'Группа «' + g.name + '»';
  $('group-cancel').hidden = false;
  $('group-name').focus();
}

function resetGroupForm() {
  $('group-form').reset();
  $('group-id').value = '';
  $('group-form-h').textContent = 'Новая группа';
  $('group-cancel').hidden = true;
}

async function removeGroup(g) {
  if (!confirm(`Удалить группу «${g.name}»? Её правила тоже удалятся.`)) return;
  try {
    await api('/api/me/groups/' + g.id, { method: 'DELETE' });
    await refresh('group-status', 'Группа удалена.');
  } catch (err) {
    fail('group-status', err);
  }
}

function syncTarget() {
  const group = document.querySelector('input[name=target]:checked').value === 'group';
  $('rule-callers').hidden = $('rule-callers-label').hidden = group;
  $('rule-group').hidden = $('rule-group-label').hidden = !group;
}

document.querySelectorAll('input[name=target]').forEach((r) => r.addEventListener('change', syncTarget));
$('rule-days').replaceChildren(...DAYS.map((d, i) => el('label', {}, el('input', { type: 'checkbox', name: 'day', value: String(i + 1) }), ' ' + d)));

$('rule-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const toneIds = [...document.querySelectorAll('#rule-tones input:checked')].map((i) => Number(i.value));
  const rule = toneIds.length > 1 ? { toneIds } : { toneId: toneIds[0] ?? null };
  if (document.querySelector('input[name=target]:checked').value === 'group') {
    if (!groups.length) return say($('rule-status'), 'Сначала создайте группу ниже.', true);
    rule.group = Number($('rule-group').value);
  } else rule.callers = phoneList($('rule-callers').value);
  const days = [...document.querySelectorAll('#rule-days input:checked')].map((i) => Number(i.value));
  if (days.length) rule.days = days;
  if ($('rule-from').value || $('rule-to').value) Object.assign(rule, { from: $('rule-from').value, to: $('rule-to').value });
  const dateFrom = $('rule-date-from').value.trim();
  const dateTo = $('rule-date-to').value.trim();
  // one date alone is one day
  if (dateFrom || dateTo) rule.dates = { from: dateFrom || dateTo, to: dateTo || dateFrom };
  const id = $('rule-id').value;
  try {
    await api('/api/me/rules' + (id ? '/' + id : ''), { method: id ? 'PUT' : 'POST', body: rule });
    resetRuleForm();
    await refresh('rule-status', (id ? 'Правило изменено' : 'Правило сохранено') + ' — следующий звонок уже пойдёт по нему.');
  } catch (err) {
    fail('rule-status', err);
  }
});

$('group-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const id = $('group-id').value;
  const body = { name: $('group-name').value.trim(), callers: phoneList($('group-callers').value) };
  try {
    await api('/api/me/groups' + (id ? '/' + id : ''), { method: id ? 'PUT' : 'POST', body });
    resetGroupForm();
    await refresh('group-status', 'Группа сохранена.');
  } catch (err) {
    fail('group-status', err);
  }
});
$('explain-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const caller = phoneList($('explain-caller').value)[0] || '';
  const at = $('explain-at').value;
  try {
    const answer = await api('/api/me/explain?caller=' + encodeURIComponent(caller) + (at ? '&at=' + encodeURIComponent(at) : ''));
    say($('explain-result'), `${formatPhone(caller.replace(/\D/g, '').slice(-10))} услышит: ${answer.reason}`);
  } catch (err) {
    fail('explain-result', err);
  }
});
$('group-cancel').onclick = resetGroupForm;
$('rule-cancel').onclick = resetRuleForm;
