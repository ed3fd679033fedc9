// The sandbox session: commands the learner types run through the same engine, one at a time, and
// their steps join one growing trace that the player store plays like a scenario's. A change of
// user or cluster re-runs the session's commands on the changed cluster (deterministic).
import { create } from 'zustand';
import type { ClusterSpec, ClusterView, RawStep } from '../engine/types';
import type { Simulation } from '../engine';
import type { Scenario } from '../scenario/types';
import { visibleIndices } from '../playback/levels';
import { playerStore } from './hooks';
import type { ClusterEdit } from './sandboxEdits';
import { applyEdit, applyEdits } from './sandboxEdits';
import type { Names } from './sandboxComplete';
import type { SandboxSession } from './sandboxUrl';
import { decodeSandboxUrl } from './sandboxUrl';
import { domain, scenarioById, scenarioIds } from './traces';
import { localizeScenario, narrationCatalog, sayKubectl, t } from './lang';

export interface ConsoleEntry {
  kind: 'command' | 'info' | 'error';
  text: string;
}

interface SandboxState {
  session: SandboxSession;
  /** The cluster the session runs on (start, user and edits applied). */
  cluster: ClusterSpec;
  /** Names that exist now, for completion. */
  names: Names;
  log: ConsoleEntry[];
  /** Every line typed, oldest first (↑ walks back through it). */
  history: string[];
  notices: string[];
}

/** The live engine session; it holds mutable bookkeeping, so it stays out of the store's state. */
let live: { sim: Simulation; raw: RawStep[]; scenario: Scenario; initial: ClusterView } | null = null;

const empty: Names = { pods: [], deployments: [], nodes: [], namespaces: [] };

export const useSandbox = create<SandboxState>()(() => ({
  session: { commands: [], edits: [] },
  cluster: { nodes: [], user: { name: '', groups: [], credential: 'none' }, namespaces: [] },
  names: empty,
  log: [],
  history: [],
  notices: [],
}));

function startingPoint(session: SandboxSession): { cluster: ClusterSpec; errors: string[]; base: Pick<Scenario, 'kubernetesVersion' | 'files'> } {
  const d = domain();
  const from = session.from ? scenarioById(session.from) : undefined;
  let cluster = from ? from.cluster : d.defaultCluster();
  const user = session.user;
  if (user && d.USER_PRESETS.some((p) => p === user)) cluster = d.withUser(cluster, user as (typeof d.USER_PRESETS)[number]);
  const { cluster: edited, errors } = applyEdits(cluster, session.edits, d.isQuantity);
  return { cluster: edited, errors, base: { kubernetesVersion: from?.kubernetesVersion ?? d.MODEL_VERSION, files: from?.files ?? {} } };
}

function namesOf(cluster: ClusterSpec, raw: readonly RawStep[]): Names {
  const state = raw[raw.length - 1]?.state;
  if (!state) return { ...empty, nodes: cluster.nodes.map((n) => n.name), namespaces: cluster.namespaces };
  const deployments = state.etcd
    .map((row) => /^\/registry\/deployments\/([^/]+)\/([^/]+)$/.exec(row.key))
    .flatMap((m) => (m ? [{ namespace: m[1] as string, name: m[2] as string }] : []));
  return {
    pods: state.pods.map((p) => ({ namespace: p.namespace, name: p.name })),
    deployments,
    nodes: state.nodes.map((n) => n.name),
    namespaces: cluster.namespaces,
  };
}

/** Hands the session's trace to the player: at `cursor` (default: the last step), playing or not. */
function publish(cursor?: number, playing = false): void {
  if (!live) return;
  const d = domain();
  const rendered = d.renderTrace({ scenario: 'sandbox', kubernetesVersion: live.scenario.kubernetesVersion, steps: live.raw }, narrationCatalog(d.en), {}, d.en);
  const trace = { ...rendered, initial: live.initial };
  const scenario = { ...live.scenario, commands: [...live.scenario.commands] };
  playerStore().getState().showTrace({ trace, scenario, branch: null, cursor: cursor ?? live.raw.length - 1, playing });
  useSandbox.setState({ names: namesOf(scenario.cluster, live.raw) });
}

/** Starts the engine afresh for the session and replays its commands. */
function rebuild(session: SandboxSession): string[] {
  const d = domain();
  const { cluster, errors, base } = startingPoint(session);
  const scenario: Scenario = {
    // The graph is laid out per scenario id: a different set of nodes is a different graph.
    id: `sandbox/${cluster.nodes.map((n) => n.name).join('+')}`,
    title: t('sandbox.title'),
    summary: t('sandbox.summary'),
    tags: [],
    notes: {},
    speakerNotes: {},
    checkpoints: [],
    cluster,
    commands: session.commands,
    ...base,
  };
  const sim = d.startSimulation({ id: 'sandbox', kubernetesVersion: base.kubernetesVersion, cluster, files: base.files });
  const initial = d.currentView(sim);
  const raw = session.commands.flatMap((line) => d.runCommand(sim, line));
  live = { sim, raw, scenario, initial };
  useSandbox.setState({ session, cluster });
  publish();
  return errors;
}

/** Opens the session a sandbox link describes (commands replayed, edits applied). */
export function openSandbox(search: string): void {
  const d = domain();
  const { session, notices } = decodeSandboxUrl(search, { scenarioIds: scenarioIds(), userPresets: d.USER_PRESETS });
  const errors = rebuild(session);
  const replayed = session.commands.length;
  const plural = replayed === 1 ? 'one' : 'other';
  const text = session.from ? t(`console.replayedFrom.${plural}`, { count: replayed, title: localizeScenario(scenarioById(session.from)).title }) : t(`console.replayed.${plural}`, { count: replayed });
  const log: ConsoleEntry[] = replayed > 0 ? [{ kind: 'info', text }] : [];
  useSandbox.setState({ notices: [...notices, ...errors.map((e) => t('sandbox.editLeftOut', { error: e }))], log, history: [...session.commands] });
}

function say(...entries: ConsoleEntry[]): void {
  useSandbox.setState((s) => ({ log: [...s.log, ...entries] }));
}

type Param = RawStep['text']['params'][string] | undefined;

/** kubectl's refusal in the page's words; the engine's general hint becomes the list of commands and flags. */
function refusal(error: Param, hint: Param): string {
  const d = domain();
  const words = (p: Param) => (typeof p === 'object' ? sayKubectl(p) : String(p ?? ''));
  const general = typeof hint === 'object' && hint.text === d.GENERAL_HINT.text;
  const more = general ? t('console.supported', { commands: d.SUPPORTED_COMMANDS.map((c) => `  ${c}`).join('\n'), flags: d.FLAG_HELP }) : t('console.hint', { hint: words(hint) });
  return `${t('console.rejected', { error: words(error) })}\n${more}`;
}

/** Console words that are not kubectl. */
export const BUILTINS = ['help', 'clear'];

/** Runs one console line: a builtin, or a kubectl command whose steps join the timeline and play. */
export function runLine(input: string): void {
  const line = input.trim();
  if (!line || !live) return;
  useSandbox.setState((s) => ({ history: [...s.history, line] }));
  if (line === 'clear') return useSandbox.setState({ log: [] });
  const d = domain();
  if (line === 'help') {
    return say(
      { kind: 'command', text: line },
      { kind: 'info', text: t('console.help', { commands: d.SUPPORTED_COMMANDS.map((c) => `  ${c}`).join('\n') }) },
    );
  }
  const first = live.raw.length;
  const steps = d.runCommand(live.sim, line);
  live.raw = [...live.raw, ...steps];
  live.scenario = { ...live.scenario, commands: [...live.scenario.commands, line] };
  useSandbox.setState((s) => ({ session: { ...s.session, commands: [...s.session.commands, line] } }));
  say({ kind: 'command', text: line });
  // A command kubectl refuses prints the engine's reason and what is supported.
  const rejected = steps.find((s) => s.id === 'kubectl.error');
  if (rejected) say({ kind: 'error', text: refusal(rejected.text.params.error, rejected.text.params.hint) });
  // The new command plays from its first step at the chosen level.
  const level = playerStore().getState().playback.level;
  const start = visibleIndices(live.raw, level).find((i) => i >= first) ?? first;
  publish(start, !rejected);
}

/** Runs the session's commands again as another user (a preset), or the cluster's own user. */
export function setUser(user: string | undefined): void {
  const { session } = useSandbox.getState();
  const next: SandboxSession = { ...session };
  if (user) next.user = user;
  else delete next.user;
  rebuild(next);
  say({ kind: 'info', text: t('console.user', { user: useSandbox.getState().cluster.user.name }) });
}

/** Applies a cluster edit and re-runs the session; returns why it cannot apply, or null. */
export function addEdit(edit: ClusterEdit): string | null {
  const { session, cluster } = useSandbox.getState();
  const r = applyEdit(cluster, edit, domain().isQuantity);
  if (!r.ok) return r.error;
  rebuild({ ...session, edits: [...session.edits, edit] });
  say({ kind: 'info', text: t('console.clusterChanged') });
  return null;
}

export function removeEdit(index: number): void {
  const { session } = useSandbox.getState();
  const errors = rebuild({ ...session, edits: session.edits.filter((_, i) => i !== index) });
  useSandbox.setState((s) => ({ notices: [...s.notices, ...errors.map((e) => t('sandbox.editLeftOut', { error: e }))] }));
}

export function dismissSandboxNotices(): void {
  useSandbox.setState({ notices: [] });
}
