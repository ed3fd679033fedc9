// Loaded on the reader's click (or autoplay, or a host command): React, the view, the styles and
// the engine. Until then the page is only its poster.
import '../../index.css';
import './embed.css';
import type { MountOptions } from '../../embed/mount';
import { mountWalkthrough } from '../../embed/mount';

export function start(root: HTMLElement, opts: MountOptions) {
  root.classList.remove('kw-embed-poster-on');
  return mountWalkthrough(root, root, opts);
}
