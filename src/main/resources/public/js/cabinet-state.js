// What several sections of the cabinet share: the account, the subscriber's tones, and a way to say they changed.
import { api } from './api.js';

export const state = { me: null, myTones: [] };
const listeners = new Set();

export function onChange(fn) {
  listeners.add(fn);
}

export async function reloadMe() {
  state.me = await api('/api/me');
  listeners.forEach((fn) => fn('me'));
  return state.me;
}

export async function reloadMyTones() {
  state.myTones = await api('/api/me/tones');
  listeners.forEach((fn) => fn('tones'));
  return state.myTones;
}

export function owns(toneId) {
  return state.myTones.some((t) => t.id === toneId);
}
