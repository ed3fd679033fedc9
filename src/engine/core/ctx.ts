// The simulation context: the current state, the steps recorded so far and the outbox. One
// simulate() call owns one context; nothing outside it can see the mutation.
import type { ClusterSpec, ClusterView, RawStep, ScenarioInput } from '../types';
import type { Message } from './messages';
import type { EngineState } from './state';
import { rngFrom, type Rng } from './prng';
import { viewOf } from './cluster-view';

/** A step before the loop numbers it and attaches the cluster view. */
export type StepDraft = Omit<RawStep, 'index' | 'state' | 'command'>;

export interface Queued {
  at: number;
  seq: number;
  msg: Message;
}

export interface Ctx {
  state: EngineState;
  readonly input: ScenarioInput;
  readonly cluster: ClusterSpec;
  command: number;
  readonly steps: RawStep[];
  readonly rng: Rng;
  readonly queue: Queued[];
  seq: number;
  lastView: { state: EngineState; view: ClusterView } | null;
}

export function createCtx(input: ScenarioInput, state: EngineState): Ctx {
  const ctx: Ctx = {
    state,
    input,
    cluster: input.cluster,
    command: 0,
    steps: [],
    // Draws read and replace the seed in engine state, like any other state update.
    rng: rngFrom({
      get rng() {
        return ctx.state.rng;
      },
      set rng(seed: number) {
        ctx.state = { ...ctx.state, rng: seed };
      },
    }),
    queue: [],
    seq: 0,
    lastView: null,
  };
  return ctx;
}

/** Records a step with the cluster as it is now. */
export function record(ctx: Ctx, draft: StepDraft): void {
  const view = viewOf(ctx.state, ctx.lastView);
  ctx.lastView = { state: ctx.state, view };
  ctx.steps.push({ ...draft, index: ctx.steps.length, command: ctx.command, state: view });
}

/** Queues a message for delivery `delayMs` from now; ties keep sending order. */
export function send(ctx: Ctx, msg: Message, delayMs: number): void {
  const item: Queued = { at: ctx.state.clock + delayMs, seq: ctx.seq++, msg };
  let lo = 0;
  let hi = ctx.queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = ctx.queue[mid] as Queued;
    if (q.at < item.at || (q.at === item.at && q.seq < item.seq)) lo = mid + 1;
    else hi = mid;
  }
  ctx.queue.splice(lo, 0, item);
}

export function update(ctx: Ctx, patch: Partial<EngineState>): void {
  ctx.state = { ...ctx.state, ...patch };
}

export function nextExchangeId(ctx: Ctx): string {
  const id = ctx.state.exchanges + 1;
  update(ctx, { exchanges: id });
  return `x${id}`;
}
