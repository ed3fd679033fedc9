// The event loop: deliver messages in (time, sequence) order until the cluster settles, one
// command at a time. Pure: the same input always gives the same trace.
import type { ScenarioInput, Trace } from './types';
import { createCtx, send, update } from './core/ctx';
import { dispatch } from './core/dispatch';
import { finalizeHttp } from './core/http';
import { seedState } from './cluster/seed';
import { rngFrom } from './core/prng';

/** Seed for uids, suffixes and tie-breaks; fixed so traces are reproducible. */
const SEED = 20250915;
/** A runaway guard: no scenario needs this many messages per command. */
const MAX_MESSAGES_PER_COMMAND = 200_000;

export function simulate(input: ScenarioInput): Trace {
  const seedHolder = { rng: SEED };
  const state = seedState(input.cluster, rngFrom(seedHolder));
  const ctx = createCtx(input, { ...state, rng: seedHolder.rng });
  input.commands.forEach((line, i) => {
    ctx.command = i;
    send(ctx, { type: 'kubectl.command', line }, 0);
    let handled = 0;
    for (let item = ctx.queue.shift(); item; item = ctx.queue.shift()) {
      if (++handled > MAX_MESSAGES_PER_COMMAND) throw new Error(`command ${i} ("${line}") did not settle`);
      if (item.at !== ctx.state.clock) update(ctx, { clock: item.at });
      dispatch(ctx, item.msg);
    }
    // The next command is typed a little later, after the cluster settled.
    update(ctx, { clock: ctx.state.clock + 2000 });
  });
  finalizeHttp(ctx.steps);
  return { scenario: input.id, kubernetesVersion: input.kubernetesVersion, steps: ctx.steps };
}
