// What a prerendered page carries so the browser's first render equals the build's without the
// domain chunk: the scenario, the scenario list, and the trace in outline (every step's id, level,
// ends and title) with the full steps the first frame shows. A JSON file beside the page, which
// the page names (scripts/prerender-plugin.ts).
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

/**
 * Fetches the page's seed, the file its `<meta name="kubewalk-seed">` names. Null when the page has
 * none, or it does not arrive as JSON: the app then renders afresh instead of hydrating.
 */
export async function fetchSeed(doc: Document): Promise<Seed | null> {
  const href = doc.querySelector<HTMLMetaElement>('meta[name="kubewalk-seed"]')?.content;
  if (!href) return null;
  try {
    const response = await fetch(new URL(href, doc.baseURI));
    return response.ok ? ((await response.json()) as Seed) : null;
  } catch {
    return null;
  }
}
