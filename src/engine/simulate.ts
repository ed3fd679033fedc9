// The event loop: deliver messages in (time, sequence) order until the cluster settles, one
// command at a time. Pure: the same input always gives the same trace.
import type { ClusterView, RawStep, ScenarioInput, Trace } from './types';
import { viewOf } from './core/cluster-view';
import { createCtx, nextMessage, send, syncSeed, update, type Ctx } from './core/ctx';
import { dispatch } from './core/dispatch';
import { seedState } from './cluster/seed';
import { rngFrom } from './core/prng';
import { startControlPlane } from './bootstrap/start';
import { startLeaseStops } from './controllers/node-lifecycle';

/** Seed for uids, suffixes and tie-breaks; fixed so traces are reproducible. */
const SEED = 20250915;
/** A runaway guard: no scenario needs this many messages per command. */
const MAX_MESSAGES_PER_COMMAND = 2_000_000;

/**
 * A simulation that can take more commands (the sandbox). It owns mutable bookkeeping, so keep
 * one per session and never share it; its steps are plain JSON like any trace's.
 */
export interface Simulation {
  readonly ctx: Ctx;
}

/** The cluster before any command: seeded etcd, informers synced, watches open. */
export function startSimulation(input: Omit<ScenarioInput, 'commands'>): Simulation {
  const seedHolder = { rng: SEED };
  const state = seedState(input.cluster, rngFrom(seedHolder));
  const ctx = createCtx({ ...input, commands: [] }, { ...state, rng: seedHolder.rng });
  if (input.start === 'control-plane') startControlPlane(ctx);
  return { ctx };
}

/** What the cluster looks like now: before the first command, the seeded cluster. */
export function currentView(sim: Simulation): ClusterView {
  return viewOf(sim.ctx.state, null).view;
}

/** A command being run a slice at a time (see pumpCommand). */
export interface CommandRun {
  readonly sim: Simulation;
  readonly line: string;
  readonly first: number;
  handled: number;
}

/** Types a kubectl command line: its first message is queued; pumpCommand delivers the rest. */
export function beginCommand(sim: Simulation, line: string): CommandRun {
  const ctx = sim.ctx;
  const first = ctx.steps.length;
  ctx.command = ctx.input.commands.length;
  ctx.input.commands.push(line);
  // An answer completes only the request steps of its own command (those handed out stay as they are).
  ctx.openRequests.clear();
  send(ctx, { type: 'kubectl.command', line }, 0);
  return { sim, line, first, handled: 0 };
}

/**
 * Delivers up to `budget` messages in order; true once the cluster has settled. A caller that
 * must not block the page runs a command in slices with it; the steps are the same either way.
 */
export function pumpCommand(run: CommandRun, budget = Infinity): boolean {
  const ctx = run.sim.ctx;
  for (let n = 0; n < budget; n++) {
    const item = nextMessage(ctx);
    if (!item) {
      // A node that goes silent after this command keeps the cluster busy until the controllers acted.
      if (startLeaseStops(ctx, ctx.command + 1)) continue;
      return true;
    }
    if (++run.handled > MAX_MESSAGES_PER_COMMAND) throw new Error(`command ${ctx.command} ("${run.line}") did not settle`);
    if (item.at !== ctx.state.clock) update(ctx, { clock: item.at });
    dispatch(ctx, item.msg);
  }
  return false;
}

/** Ends a settled command; returns the steps it produced. */
export function endCommand(run: CommandRun): RawStep[] {
  const ctx = run.sim.ctx;
  // The next command is typed a little later, after the cluster settled.
  syncSeed(ctx);
  update(ctx, { clock: ctx.state.clock + 2000 });
  return ctx.steps.slice(run.first);
}

/** Runs one kubectl command line until the cluster settles; returns the steps it produced. */
export function runCommand(sim: Simulation, line: string): RawStep[] {
  const run = beginCommand(sim, line);
  pumpCommand(run);
  return endCommand(run);
}

/** The trace of a simulation's commands so far. */
export function traceOf(sim: Simulation): Trace {
  const { input, steps } = sim.ctx;
  return { scenario: input.id, kubernetesVersion: input.kubernetesVersion, steps };
}

export function simulate(input: ScenarioInput): Trace {
  const sim = startSimulation(input);
  for (const line of input.commands) runCommand(sim, line);
  return traceOf(sim);
}
