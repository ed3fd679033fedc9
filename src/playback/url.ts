// Deep links: `?scenario=<id>&step=<n>&level=<overview|standard|deep>[&whatif=<id>]`, step 1-based
// within the level (of the what-if branch's trace when there is one). Bad values never break the
// page: they fall back to defaults and say so in a notice.
import type { Translate } from '../catalog/ui-text';
import { translator } from '../catalog/ui-text';
import type { Level } from '../engine/types';
import type { LevelledSteps } from './levels';
import { isLevel, visibleIndices } from './levels';
import type { PlaybackState } from './state';
import { DEFAULT_LEVEL, DEFAULT_SCENARIO, DEFAULT_SPEED } from './state';

export interface UrlContext {
  scenarioIds: readonly string[];
  /** The steps of a known scenario (simulated on demand). */
  stepsOf: (scenarioId: string) => LevelledSteps;
  /** The steps of a what-if branch of a scenario; undefined when it has no such branch. */
  branchStepsOf?: (scenarioId: string, whatif: string) => LevelledSteps | undefined;
  /** Words for the notices in the page's language (English when absent). */
  translate?: Translate;
}

export interface DecodedUrl {
  state: PlaybackState;
  /** One plain sentence per value that was unknown and replaced. */
  notices: string[];
  /** The what-if branch to show, when the link names one the scenario has. */
  whatif?: string;
}

export function decodeUrl(search: string, ctx: UrlContext): DecodedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const say = ctx.translate ?? translator({});
  const fallbackScenario = ctx.scenarioIds.includes(DEFAULT_SCENARIO)
    ? DEFAULT_SCENARIO
    : (ctx.scenarioIds[0] ?? DEFAULT_SCENARIO);

  const askedScenario = params.get('scenario');
  let scenarioId = fallbackScenario;
  if (askedScenario) {
    if (ctx.scenarioIds.includes(askedScenario)) scenarioId = askedScenario;
    else notices.push(say('notice.scenario', { asked: askedScenario, fallback: fallbackScenario }));
  }

  const askedLevel = params.get('level');
  let level: Level = DEFAULT_LEVEL;
  if (askedLevel) {
    if (isLevel(askedLevel)) level = askedLevel;
    else notices.push(say('notice.level', { asked: askedLevel, fallback: DEFAULT_LEVEL }));
  }

  const askedWhatIf = params.get('whatif');
  const branchSteps = askedWhatIf ? ctx.branchStepsOf?.(scenarioId, askedWhatIf) : undefined;
  if (askedWhatIf && !branchSteps) notices.push(say('notice.whatif', { asked: askedWhatIf }));

  const visible = visibleIndices(branchSteps ?? ctx.stepsOf(scenarioId), level);
  let position = 1;
  const askedStep = params.get('step');
  if (askedStep) {
    const n = /^\d{1,9}$/.test(askedStep) ? Number(askedStep) : NaN;
    if (Number.isNaN(n)) notices.push(say('notice.stepNaN', { asked: askedStep }));
    else if (n < 1 || n > visible.length)
      notices.push(say('notice.stepRange', { n, count: visible.length, level }));
    else position = n;
  }

  const cursor = visible[position - 1] ?? 0;
  const state: PlaybackState = { scenarioId, cursor, playing: false, speed: DEFAULT_SPEED, level };
  return askedWhatIf && branchSteps ? { state, notices, whatif: askedWhatIf } : { state, notices };
}

/** The query string (with `?`) that deep-links to the current step. */
export function encodeUrl(state: PlaybackState, steps: LevelledSteps, whatif?: string | null): string {
  const position = visibleIndices(steps, state.level).indexOf(state.cursor) + 1;
  const params = new URLSearchParams({
    scenario: state.scenarioId,
    step: String(Math.max(position, 1)),
    level: state.level,
  });
  if (whatif) params.set('whatif', whatif);
  return `?${params.toString()}`;
}
