// sha256 digests of a bench trace, so speed work can show the trace did not change:
// the golden format (rendered, without state), every raw step without its state, and the full
// state of every 97th step and the last (all states would be ~100 GB of JSON).
import { createHash } from 'node:crypto';
import type { Trace } from '../src/engine';
import { en } from '../src/catalog/en';
import { renderTrace } from '../src/catalog/render';
import { toJson } from './trace-format';

const STATE_EVERY = 97;

export function traceHashes(trace: Trace): { golden: string; steps: string; states: string } {
  const golden = createHash('sha256');
  const rendered = toJson(renderTrace(trace, en), false) as { steps: unknown[] };
  for (const s of rendered.steps) golden.update(JSON.stringify(s));
  const steps = createHash('sha256');
  const states = createHash('sha256');
  trace.steps.forEach((s, i) => {
    const { state, ...rest } = s;
    steps.update(JSON.stringify(rest));
    if (i % STATE_EVERY === 0 || i === trace.steps.length - 1) states.update(JSON.stringify(state));
  });
  return { golden: golden.digest('hex'), steps: steps.digest('hex'), states: states.digest('hex') };
}
