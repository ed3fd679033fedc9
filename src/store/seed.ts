// What a prerendered page carries so the browser's first render equals the build's without the
// domain chunk: the scenario, the scenario list, and the trace in outline (every step's id, level,
// ends and title) with the full steps the first frame shows. Plain JSON in a
// <script type="application/json"> (never executed, so fine under a strict CSP).
import type { RenderedTrace, Step } from '../catalog/types';
import type { Scenario } from '../scenario/types';

/** What the step list, the slider and the URL codec read of every step. */
type Outline = Pick<Step, 'id' | 'index' | 'level' | 'actor' | 'from' | 'to' | 'stage' | 'command' | 'title'>;

export interface Seed {
  scenario: Scenario;
  scenarios: { id: string; title: string }[];
  kubernetesVersion: string;
  initial?: RenderedTrace['initial'];
  outline: Outline[];
  /** Full steps 0..full.length-1: the first visible step and the finer ones it stands for. */
  full: Step[];
  /** What-if branches the first frame offers (their code is in the domain chunk). */
  offers: string[];
  /** The playback the frame shows (`scenario:level:cursor`), compared before hydrating. */
  marker: string;
  /** Whether the frame asks checkpoint questions (the reader's own choice is applied after). */
  askQuestions: boolean;
}

/** Build time: the seed of a trace whose first visible step is shown, up to (not with) `end`. */
export function makeSeed(trace: RenderedTrace, end: number, rest: Omit<Seed, 'outline' | 'full' | 'kubernetesVersion' | 'initial'>): Seed {
  const outline = trace.steps.map(({ id, index, level, actor, from, to, stage, command, title }) => ({ id, index, level, actor, from, to, stage, command, title }));
  return { ...rest, kubernetesVersion: trace.kubernetesVersion, initial: trace.initial, outline, full: trace.steps.slice(0, end) };
}

/**
 * The browser's stand-in trace: the full first steps, then outline steps carrying the last full
 * step's payload-free state. Nothing shows them: moves wait for the real trace (src/boot.tsx).
 */
export function seedTrace(seed: Seed): RenderedTrace {
  const last = seed.full[seed.full.length - 1];
  if (!last) throw new Error(`seed of "${seed.scenario.id}" has no full step`);
  const steps = seed.outline.map((o, i): Step => seed.full[i] ?? { ...o, narration: '', state: last.state });
  return { scenario: seed.scenario.id, kubernetesVersion: seed.kubernetesVersion, steps, ...(seed.initial ? { initial: seed.initial } : {}) };
}

/** Reads the page's seed, or null when the page has none (or it is not valid JSON). */
export function readSeed(doc: Document): Seed | null {
  const text = doc.getElementById('kw-seed')?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as Seed;
  } catch {
    return null;
  }
}
