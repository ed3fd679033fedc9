// The embed poster's picture of a scenario's first step, as static markup written at build time
// (scripts/prerender-plugin.ts): the control plane as an SVG (the same geometry the app's graph
// and the step image use), the step's sender and receiver highlighted, then its title and
// narration as text. HTML and CSS only, so it paints before any script and costs no JavaScript.
import type { Step } from '../catalog/types';
import type { ComponentId } from '../engine/types';
import { packetLabel } from '../motion/packetLabel';
import { NAME_SIZE } from './posterFrameCss';
import { t } from '../store/lang';
import { involvement, linkActive } from '../view/graph/activity';
import type { Box } from '../view/graph/geometry';
import type { GraphLayout } from '../view/graph/layout';

const PAD = 8;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => String(Math.round(v));

/** A name that may not fit its box (kube-controller-manager) is drawn to the box's width: bold
 * sans runs up to about 0.6 em a character. */
function fitTo(name: string, box: Box): string {
  const room = box.w - 2 * PAD;
  return name.length * NAME_SIZE * 0.6 > room ? ` textLength="${n(room)}" lengthAdjust="spacingAndGlyphs"` : '';
}

function rect(b: Box, cls: string, r: number): string {
  return `<rect class="${cls}" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="${r}"/>`;
}

/** The graph of the step as one SVG: node groups, links, components, the packet's label. */
export function stepSvg(step: Step, layout: GraphLayout): string {
  const groups = layout.nodes
    .filter((g) => g.type === 'nodeGroup')
    .map((g) => ({ box: { x: g.position.x, y: g.position.y, w: g.width ?? 0, h: g.height ?? 0 }, name: typeof g.data.nodeName === 'string' ? g.data.nodeName : '' }));
  const all = [...Object.values(layout.boxes).filter((b): b is Box => b !== undefined), ...groups.map((g) => g.box)];
  const w = Math.max(...all.map((b) => b.x + b.w)) + 2 * PAD;
  const h = Math.max(...all.map((b) => b.y + b.h)) + 2 * PAD;
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(rect(g.box, 'kw-pf-group', 8), `<text class="kw-pf-groupname" x="${n(g.box.x + 10)}" y="${n(g.box.y + 22)}">${esc(g.name)}</text>`);
  }
  let packet: { x: number; y: number } | null = null;
  for (const e of layout.edges) {
    if (!e.data) continue;
    const active = linkActive(step, e.data.a, e.data.b);
    if (e.data.quiet && !active) continue;
    const { from, to } = e.data.segment;
    parts.push(`<path class="${active ? 'kw-pf-link kw-pf-on' : 'kw-pf-link'}" d="M${n(from.x)} ${n(from.y)}L${n(to.x)} ${n(to.y)}"/>`);
    if (active) packet = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  }
  for (const [id, box] of Object.entries(layout.boxes) as [ComponentId, Box][]) {
    const inv = involvement(step, id);
    const cx = n(box.x + box.w / 2);
    parts.push(rect(box, inv ? 'kw-pf-box kw-pf-on' : 'kw-pf-box', 6));
    const name = id.split('/')[0] ?? id;
    parts.push(`<text class="kw-pf-name" x="${cx}" y="${n(box.y + box.h / 2 - (inv ? 5 : -8))}"${fitTo(name, box)}>${esc(name)}</text>`);
    if (inv) parts.push(`<text class="kw-pf-role" x="${cx}" y="${n(box.y + box.h / 2 + 22)}">${esc(t(`graph.involvement.${inv}`).toUpperCase())}</text>`);
  }
  const label = packetLabel(step);
  if (packet && label) {
    const lw = label.length * 9 + 20;
    parts.push(rect({ x: packet.x - lw / 2, y: packet.y - 14, w: lw, h: 28 }, 'kw-pf-packet', 6));
    parts.push(`<text class="kw-pf-packettext" x="${n(packet.x)}" y="${n(packet.y + 5)}">${esc(label)}</text>`);
  }
  return `<svg class="kw-pf-graph" viewBox="${-PAD} ${-PAD} ${n(w)} ${n(h)}" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}

/** The poster's frame: the graph, then the step's title and narration, for `scenarioId`. */
export function posterFrame(scenarioId: string, step: Step, layout: GraphLayout): string {
  return (
    `<figure class="kw-pf" data-scenario="${esc(scenarioId)}" data-step-id="${esc(step.id)}">` +
    stepSvg(step, layout) +
    `<figcaption><strong class="kw-pf-title">${esc(step.title)}</strong> <span class="kw-pf-text">${esc(step.narration)}</span></figcaption>` +
    `</figure>`
  );
}
