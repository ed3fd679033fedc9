// On a narrow screen the whole graph is too small to read, so the camera frames only what the
// current step touches: the two ends of its message, or the active API server stage.
import type { Step } from '../../catalog/types';
import type { ComponentId } from '../../engine/types';
import { API_SERVER_STAGES } from '../../engine/types';
import type { Box, Point } from './geometry';
import { linkBetween } from './geometry';

/** Below this graph width (px) the whole layout is unreadable: the camera follows the step. */
const FOLLOW_BELOW = 600;
export const FIT_PADDING = 0.04;
export const FOCUS_PADDING = 0.12;
/** Framing one small box should not blow it up: keep some of its surroundings in view. */
export const FOCUS_MAX_ZOOM = 1.1;

export function follows(graphWidth: number): boolean {
  return graphWidth > 0 && graphWidth < FOLLOW_BELOW;
}

/** Boxes wider than this (kube-apiserver) are cut down to the part near the action. */
const WIDE = 400;
const SLICE = 320;
/** Stage chips sit in the API server box: padding, then 11 columns with 6 px gaps. */
const API_PAD = 14;
const CHIP_GAP = 6;

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

function slice(box: Box, around: Point): Box {
  if (box.w <= WIDE) return box;
  const x = Math.min(Math.max(around.x - SLICE / 2, box.x), box.x + box.w - SLICE);
  return { x, y: box.y, w: SLICE, h: box.h };
}

function stageBox(api: Box, stage: NonNullable<Step['stage']>): Box {
  const i = API_SERVER_STAGES.indexOf(stage);
  const chip = (api.w - 2 * API_PAD - CHIP_GAP * (API_SERVER_STAGES.length - 1)) / API_SERVER_STAGES.length;
  const centre = api.x + API_PAD + i * (chip + CHIP_GAP) + chip / 2;
  return slice(api, { x: centre, y: api.y });
}

/** The flow-coordinate box the camera should frame for a step, or null to show everything. */
export function focusBox(step: Step, boxes: Partial<Record<ComponentId, Box>>): Box | null {
  const from = boxes[step.from];
  const to = boxes[step.to];
  if (!from || !to) return null;
  if (step.from === step.to) {
    return step.stage && step.from === 'kube-apiserver' ? stageBox(from, step.stage) : from;
  }
  const seg = linkBetween(from, to);
  return union(slice(from, seg.from), slice(to, seg.to));
}
