// The JSON API, with its errors turned into Russian sentences the person can act on.
import { explain } from './errors.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Called with the error when a call answers 401; the page decides where the person goes. */
let onUnauthorized = null;
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

export async function api(path, { method = 'GET', body, form } = {}) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (form) init.body = form;
  else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let r;
  try {
    r = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.');
  }
  const text = await r.text();
  const json = text ? safeJson(text) : null;
  if (r.ok) return json;
  const code = json?.error || 'http_' + r.status;
  const error = new ApiError(r.status, code, explain(code, json?.message, r.status));
  if (r.status === 401 && onUnauthorized && path !== '/api/session' && path !== '/api/editor/session') onUnauthorized(error);
  throw error;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
