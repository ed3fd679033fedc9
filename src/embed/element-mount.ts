// What a <kube-walkthrough> loads on its first start: the walkthrough and its styles, as text for
// the element's shadow root (the page's own styles neither reach in nor are touched).
import appCss from '../index.css?inline';
import embedCss from '../shells/embed/embed.css?inline';

// In a shadow root, :root matches nothing: the theme's variables go on the host element instead.
export const SHADOW_CSS = [appCss, embedCss].join('\n').replaceAll(':root', ':host');

export { mountWalkthrough } from './mount';
