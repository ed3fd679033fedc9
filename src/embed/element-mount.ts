// What a <kube-walkthrough> loads on its first start: the walkthrough and its styles, as text for
// the element's shadow root (the page's own styles neither reach in nor are touched).
import flowCss from '@xyflow/react/dist/base.css?inline';
import appCss from '../index.css?inline';
import embedCss from '../shells/embed/embed.css?inline';
// The graph is framed by CSS (StaticFlow) until the reader's first click or key inside the page.
import staticFlowCss from '../view/graph/static-flow.css?inline';

// In a shadow root, :root matches nothing: the theme's variables go on the host element instead.
export const SHADOW_CSS = [flowCss, appCss, staticFlowCss, embedCss].join('\n').replaceAll(':root', ':host');

export { mountWalkthrough } from './mount';
