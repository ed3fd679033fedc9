// Loaded on the reader's click (or autoplay, or a host command): React, the view, the styles and
// the engine. Until then the page is only its poster.
import '../../index.css';
import './embed.css';
import type { MountOptions } from '../../embed/mount';
import { mountWalkthrough } from '../../embed/mount';
import { loadLanguage } from '../../store/lang';

export function start(root: HTMLElement, opts: MountOptions) {
  root.classList.remove('kw-embed-poster-on');
  // `?lang=` or the browser's language, as on the app's page (the poster already chose the same).
  return loadLanguage().then(() => mountWalkthrough(root, root, opts));
}
