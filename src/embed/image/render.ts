// Pictures of the player's steps as PNG or animated PNG bytes, drawn off screen.
import { selectStepCount, selectVisible } from '../../store/selectors';
import type { PlayerState } from '../../store/player';
import { buildLayout } from '../../view/graph/layout';
import { t } from '../../store/lang';
import { assembleApng } from './apng';
import type { Palette } from './drawStep';
import { drawStep, IMAGE_HEIGHT, IMAGE_WIDTH } from './drawStep';

/** How long each step stays in an animation: the app's 1× playing speed. */
export const FRAME_MS = 1800;

async function pngOf(state: PlayerState, position: number, colors: Palette): Promise<Uint8Array> {
  const visible = selectVisible(state);
  const step = state.trace.steps[visible[position - 1] ?? -1];
  if (!step) throw new Error(t('embed.image.noStep', { number: position, count: visible.length, level: t(`level.${state.playback.level}`) }));
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE_WIDTH;
  canvas.height = IMAGE_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('embed.image.noCanvas'));
  drawStep(ctx, {
    scenarioTitle: state.scenario.title,
    kubernetesVersion: state.trace.kubernetesVersion,
    level: state.playback.level,
    number: position,
    count: selectStepCount(state),
    step,
    layout: buildLayout(state.scenario.cluster.nodes),
  }, colors);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(t('embed.image.noPng'));
  return new Uint8Array(await blob.arrayBuffer());
}

/** One step (1-based within the level) as a PNG. */
export function stepPng(state: PlayerState, position: number, colors: Palette): Promise<Uint8Array> {
  return pngOf(state, position, colors);
}

/** Steps `from` to `to` (1-based, inclusive) as one looping animated PNG. */
export async function rangeApng(state: PlayerState, from: number, to: number, colors: Palette): Promise<Uint8Array> {
  const frames: Uint8Array[] = [];
  for (let n = Math.min(from, to); n <= Math.max(from, to); n++) frames.push(await pngOf(state, n, colors));
  return assembleApng(frames, FRAME_MS);
}
