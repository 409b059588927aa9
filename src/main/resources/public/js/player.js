// One player for the whole page: a new preview stops the previous one.
import { $ } from './format.js';

export function play(title, url) {
  const audio = $('player');
  $('player-bar').hidden = false;
  $('player-title').textContent = title;
  audio.src = url;
  // a refused autoplay still leaves the controls there to press
  audio.play().catch(() => {});
}

export function listenButton(title, url) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'secondary';
  b.textContent = '▶ Слушать';
  b.setAttribute('aria-label', 'Слушать «' + title + '»');
  b.onclick = () => play(title, url);
  return b;
}
