// A still picture of one step for places without scripts (READMEs, slides, print): the control
// plane as boxes, what the step sends highlighted with its label, and the step's title and
// narration. Drawn on a canvas from the step's data, in the embed's current theme colours.
import type { Step } from '../../catalog/types';
import type { ComponentId, Level } from '../../engine/types';
import { packetLabel } from '../../motion/packetLabel';
import { t } from '../../store/lang';
import { involvement, linkActive } from '../../view/graph/activity';
import type { Box } from '../../view/graph/geometry';
import type { GraphLayout } from '../../view/graph/layout';
import { wrapText } from './wrap';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;

export interface StepPicture {
  scenarioTitle: string;
  kubernetesVersion: string;
  level: Level;
  number: number;
  count: number;
  step: Step;
  layout: GraphLayout;
}

export type Palette = Record<'canvas' | 'panel' | 'ink' | 'muted' | 'line' | 'strong' | 'accent' | 'accentInk' | 'accentSoft', string>;

/** The theme's colours as the element under `el` sees them. */
export function paletteOf(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(`--color-${name}`).trim() || fallback;
  return {
    canvas: v('canvas', '#f4f6f9'),
    panel: v('panel', '#ffffff'),
    ink: v('ink', '#111827'),
    muted: v('muted', '#475467'),
    line: v('line', '#c9d2de'),
    strong: v('line-strong', '#8a97a8'),
    accent: v('accent', '#1d4ed8'),
    accentInk: v('accent-ink', '#ffffff'),
    accentSoft: v('accent-soft', '#dbe7ff'),
  };
}

const FONT = 'system-ui, sans-serif';
const MARGIN = 32;
const GRAPH_TOP = 72;
const GRAPH_H = 330;

function roundRect(ctx: CanvasRenderingContext2D, b: Box, r: number): void {
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.w, b.h, r);
}

/** Per-node components sit in their node's box, which names the node. */
function label(id: string): string {
  return id.split('/')[0] ?? id;
}

export function drawStep(ctx: CanvasRenderingContext2D, pic: StepPicture, colors: Palette): void {
  const { step, layout } = pic;
  ctx.fillStyle = colors.canvas;
  ctx.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
  ctx.textBaseline = 'middle';

  // Header: what this is, where it is.
  ctx.font = `800 20px ${FONT}`;
  ctx.fillStyle = colors.ink;
  ctx.textAlign = 'left';
  ctx.fillText('kubewalk', MARGIN, 36);
  const brand = ctx.measureText('kubewalk ').width;
  ctx.font = `500 18px ${FONT}`;
  ctx.fillStyle = colors.muted;
  ctx.fillText(`· ${pic.scenarioTitle}`, MARGIN + brand, 36, IMAGE_WIDTH - 2 * MARGIN - brand - 360);
  ctx.textAlign = 'right';
  ctx.fillText(t('embed.imageHeader', { number: pic.number, count: pic.count, level: t(`level.${pic.level}`), version: pic.kubernetesVersion }), IMAGE_WIDTH - MARGIN, 36);

  // The graph, scaled into its band.
  const all = Object.values(layout.boxes).filter((b): b is Box => b !== undefined).concat(layout.nodes.filter((n) => n.type === 'nodeGroup').map((n) => ({ x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 })));
  const flowW = Math.max(...all.map((b) => b.x + b.w));
  const flowH = Math.max(...all.map((b) => b.y + b.h));
  const scale = Math.min((IMAGE_WIDTH - 2 * MARGIN) / flowW, GRAPH_H / flowH);
  const ox = (IMAGE_WIDTH - flowW * scale) / 2;
  const at = (b: Box): Box => ({ x: ox + b.x * scale, y: GRAPH_TOP + b.y * scale, w: b.w * scale, h: b.h * scale });

  ctx.lineWidth = 1.5;
  for (const n of layout.nodes) {
    if (n.type !== 'nodeGroup') continue;
    const b = at({ x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 });
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = colors.strong;
    roundRect(ctx, b, 8);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `700 13px ${FONT}`;
    ctx.fillStyle = colors.muted;
    ctx.textAlign = 'left';
    ctx.fillText(typeof n.data.nodeName === 'string' ? n.data.nodeName : '', b.x + 8, b.y + 12);
  }

  let packet: { x: number; y: number } | null = null;
  for (const e of layout.edges) {
    if (!e.data) continue;
    const active = linkActive(step, e.data.a, e.data.b);
    const { from, to } = e.data.segment;
    ctx.strokeStyle = active ? colors.accent : colors.strong;
    ctx.lineWidth = active ? 4 : 1.5;
    ctx.beginPath();
    ctx.moveTo(ox + from.x * scale, GRAPH_TOP + from.y * scale);
    ctx.lineTo(ox + to.x * scale, GRAPH_TOP + to.y * scale);
    ctx.stroke();
    if (active) packet = { x: ox + ((from.x + to.x) / 2) * scale, y: GRAPH_TOP + ((from.y + to.y) / 2) * scale };
  }

  for (const [id, box] of Object.entries(layout.boxes) as [ComponentId, Box][]) {
    const b = at(box);
    const inv = involvement(step, id);
    ctx.fillStyle = inv ? colors.accentSoft : colors.panel;
    ctx.strokeStyle = inv ? colors.accent : colors.strong;
    ctx.lineWidth = inv ? 3 : 1.5;
    roundRect(ctx, b, 6);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = colors.ink;
    ctx.font = `700 ${id === 'kube-apiserver' ? 16 : 13}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(label(id), b.x + b.w / 2, b.y + b.h / 2 - (inv ? 7 : 0), b.w - 8);
    if (inv) {
      ctx.font = `800 11px ${FONT}`;
      ctx.fillStyle = colors.accent;
      ctx.fillText(t(`graph.involvement.${inv}`).toUpperCase(), b.x + b.w / 2, b.y + b.h / 2 + 10);
    }
  }

  const text = packetLabel(step);
  if (packet && text) {
    ctx.font = `700 14px ui-monospace, monospace`;
    const w = ctx.measureText(text).width + 16;
    ctx.fillStyle = colors.ink;
    roundRect(ctx, { x: packet.x - w / 2, y: packet.y - 13, w, h: 26 }, 6);
    ctx.fill();
    ctx.fillStyle = colors.canvas;
    ctx.textAlign = 'center';
    ctx.fillText(text, packet.x, packet.y + 1);
  }

  // The step in words.
  const textTop = GRAPH_TOP + GRAPH_H + 28;
  ctx.textAlign = 'left';
  ctx.fillStyle = colors.ink;
  ctx.font = `700 26px ${FONT}`;
  const titleLines = wrapText(step.title, IMAGE_WIDTH - 2 * MARGIN, 2, (s) => ctx.measureText(s).width);
  titleLines.forEach((line, i) => ctx.fillText(line, MARGIN, textTop + i * 34));
  ctx.font = `400 20px ${FONT}`;
  ctx.fillStyle = colors.ink;
  const bodyTop = textTop + titleLines.length * 34 + 10;
  const room = Math.max(1, Math.floor((IMAGE_HEIGHT - 20 - bodyTop) / 28));
  wrapText(step.narration, IMAGE_WIDTH - 2 * MARGIN, room, (s) => ctx.measureText(s).width).forEach((line, i) =>
    ctx.fillText(line, MARGIN, bodyTop + i * 28),
  );
}
