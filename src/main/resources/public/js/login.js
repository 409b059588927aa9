// The login page: number and password in, the cabinet out; explains why the person was sent back here.
import { api } from './api.js';
import { $, say } from './format.js';
import { markFirstVisit } from './first-visit.js';

const REASONS = {
  session_expired: 'Сеанс завершён: 15 минут не было действий. Войдите снова — ничего не потеряно.',
  not_logged_in: 'Чтобы открыть кабинет, войдите с номером и паролем.',
  logged_out: 'Вы вышли из кабинета.',
};

const reason = new URLSearchParams(location.search).get('reason');
if (REASONS[reason]) {
  $('reason').textContent = REASONS[reason];
  $('reason').hidden = false;
}

$('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const phone = $('phone').value.trim();
  const password = $('password').value;
  if (!phone || !password) {
    say($('login-status'), 'Введите номер и пароль.', true);
    (phone ? $('password') : $('phone')).focus();
    return;
  }
  say($('login-status'), 'Входим…');
  try {
    markFirstVisit(await api('/api/session', { method: 'POST', body: { phone, password } }));
    location.assign('/cabinet.html');
  } catch (err) {
    say($('login-status'), err.message, true);
    $('password').select();
  }
});
