// The simulation context: the current state, the steps recorded so far and the outbox. One
// simulate() call owns one context; nothing outside it can see the mutation.
import type { ApiServerStage, ClusterSpec, ComponentId, JsonObject, Level, RawStep, ScenarioInput, Text } from '../types';
import type { Message } from './messages';
import type { EngineState } from './state';
import { rngFrom, type Rng } from './prng';
import { viewOf, type ViewBase } from './cluster-view';

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
  lastView: ViewBase | null;
  /** The PRNG seed as drawn (a plain field, no accessors: a uid is 32 draws); written back into state.rng before each step is recorded. */
  readonly drawn: { rng: number };
  /** Request steps of this command's exchanges by exchange id: the answer completes them. */
  readonly openRequests: Map<string, RawStep>;
}

export function createCtx(input: ScenarioInput, state: EngineState): Ctx {
  const drawn = { rng: state.rng };
  const ctx: Ctx = {
    state,
    input,
    cluster: input.cluster,
    command: 0,
    steps: [],
    // A uid takes 32 draws: they advance drawn.rng, and state.rng catches up once per step (syncSeed)
    // instead of copying the state on every draw.
    rng: rngFrom(drawn),
    queue: [],
    seq: 0,
    lastView: null,
    drawn,
    openRequests: new Map(),
  };
  return ctx;
}

/** Brings state.rng up to the seed drawn so far, so every recorded state carries it. */
export function syncSeed(ctx: Ctx): void {
  if (ctx.state.rng !== ctx.drawn.rng) ctx.state = { ...ctx.state, rng: ctx.drawn.rng };
}

/**
 * Records a step with the cluster as it is now, and returns it. The step is built here, always
 * in the same field order, so all steps share a few hidden classes: completing each caller's
 * draft in place gave nearly every step its own (a megamorphic, allocation-heavy trace).
 */
export function record(ctx: Ctx, draft: StepDraft): RawStep {
  const step = begin(ctx, draft.id, draft.level, draft.actor, draft.from, draft.to, draft.stage, draft.text, draft.misconception);
  if (draft.http !== undefined) step.http = draft.http;
  if (draft.etcd !== undefined) step.etcd = draft.etcd;
  if (draft.watch !== undefined) step.watch = draft.watch;
  if (draft.cri !== undefined) step.cri = draft.cri;
  if (draft.event !== undefined) step.event = draft.event;
  if (draft.scheduling !== undefined) step.scheduling = draft.scheduling;
  return finish(ctx, step, draft.detail);
}

const API = 'kube-apiserver' as const;

/** A step inside kube-apiserver (~90% of a busy trace), recorded without a draft object in between. */
export function recordApi(ctx: Ctx, id: string, level: Level, stage: ApiServerStage, text: Text, misconception?: string, detail?: JsonObject): RawStep {
  return finish(ctx, begin(ctx, id, level, API, API, API, stage, text, misconception), detail);
}

// record's field order, in two halves around the optional payloads.
function begin(ctx: Ctx, id: string, level: Level, actor: ComponentId, from: ComponentId, to: ComponentId, stage: ApiServerStage | undefined, text: Text, misconception: string | undefined): RawStep {
  syncSeed(ctx);
  ctx.lastView = viewOf(ctx.state, ctx.lastView);
  const step = { id, index: ctx.steps.length, level, actor, from, to } as RawStep;
  if (stage !== undefined) step.stage = stage;
  step.command = ctx.command;
  step.text = text;
  if (misconception !== undefined) step.misconception = misconception;
  return step;
}

function finish(ctx: Ctx, step: RawStep, detail: JsonObject | undefined): RawStep {
  if (detail !== undefined) step.detail = detail;
  step.state = (ctx.lastView as ViewBase).view;
  ctx.steps.push(step);
  return step;
}

const before = (a: Queued, b: Queued): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** Queues a message for delivery `delayMs` from now; ties keep sending order (a binary min-heap). */
export function send(ctx: Ctx, msg: Message, delayMs: number): void {
  const q = ctx.queue;
  const item: Queued = { at: ctx.state.clock + delayMs, seq: ctx.seq++, msg };
  let i = q.length;
  q.push(item);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(item, q[parent] as Queued)) break;
    q[i] = q[parent] as Queued;
    i = parent;
  }
  q[i] = item;
}

/** The next message in (time, sequence) order, or undefined when the cluster has settled. */
export function nextMessage(ctx: Ctx): Queued | undefined {
  const q = ctx.queue;
  const top = q[0];
  const last = q.pop();
  if (top === undefined || last === undefined || q.length === 0) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= q.length) break;
    const r = l + 1;
    const child = r < q.length && before(q[r] as Queued, q[l] as Queued) ? r : l;
    if (!before(q[child] as Queued, last)) break;
    q[i] = q[child] as Queued;
    i = child;
  }
  q[i] = last;
  return top;
}

export function update(ctx: Ctx, patch: Partial<EngineState>): void {
  ctx.state = { ...ctx.state, ...patch };
}

export function nextExchangeId(ctx: Ctx): string {
  const id = ctx.state.exchanges + 1;
  update(ctx, { exchanges: id });
  return `x${id}`;
}
