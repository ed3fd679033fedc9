import type { Said, Trace } from '../engine/types';
import { say } from './said';
import type { Catalog, RenderedTrace, Step } from './types';

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing param is seen. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The params with any Said said from `words`; most steps carry none and pass as they are. */
function sayParams(params: Record<string, string | number | Said>, words: Record<string, string> | undefined): Record<string, string | number> {
  const hasWords = (v: string | number | Said): v is Said => typeof v === 'object';
  if (!Object.values(params).some(hasWords)) return params as Record<string, string | number>;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, hasWords(v) ? say(v, words) : v]));
}

/**
 * Renders a trace's words from a catalog, falling back to `fallback` (English) key by key, so a
 * partial translation never leaves a step blank.
 */
export function renderTrace(
  trace: Trace,
  catalog: Catalog,
  notes: Record<string, string> = {},
  fallback: Catalog = catalog,
): RenderedTrace {
  const noted = new Set<string>();
  const corrected = new Set<string>();
  const steps = trace.steps.map((raw): Step => {
    const { text, misconception, ...rest } = raw;
    const words = catalog.steps[text.key] ?? fallback.steps[text.key];
    if (!words) throw new Error(`catalog ${catalog.lang} has no words for step key "${text.key}"`);
    // Words inside the params (kubectl's refusal) speak the language the narration is in.
    const params = sayParams(text.params, catalog.steps[text.key] ? catalog.kubectlErrors : undefined);
    const step: Step = {
      ...rest,
      title: fill(words.title, params),
      narration: fill(words.narration, params),
    };
    if (!catalog.steps[text.key] && fallback.lang !== catalog.lang) step.lang = fallback.lang;
    // Every request runs the same chain, so a correction would repeat on each of its steps: keep
    // it on the first step with that id and level (each level still shows it once).
    const correction = `${raw.id}|${raw.level}|${misconception}`;
    if (misconception && !corrected.has(correction)) {
      corrected.add(correction);
      const m = catalog.misconceptions[misconception] ?? fallback.misconceptions[misconception];
      if (!m) throw new Error(`catalog ${catalog.lang} has no misconception "${misconception}"`);
      step.misconception = m;
    }
    // A note belongs to the first step with its id (later ones repeat the id for other requests).
    const note = notes[raw.id];
    if (note && !noted.has(raw.id)) {
      noted.add(raw.id);
      step.note = note;
    }
    return step;
  });
  return { scenario: trace.scenario, kubernetesVersion: trace.kubernetesVersion, steps };
}
