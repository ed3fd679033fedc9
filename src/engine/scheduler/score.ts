// Score plugins with the default weights (reference A2 step 12). Scores are 0-100 after
// NormalizeScore; the total is the weighted sum. Only plugins that have something to score for a
// bare Pod are listed (NodeAffinity, PodTopologySpread and InterPodAffinity skip in PreScore).
import type { JsonObject, NodeSpec } from '../types';
import { list, text } from '../core/json';
import { bytes, milliCpu } from '../core/quantity';
import { tolerates } from './filter';
import type { Requests } from './resources';

export interface NodeScore {
  scores: { plugin: string; score: number; weight: number }[];
  total: number;
}

/** Image sizes the runtimes report (bytes); ImageLocality weighs by them. */
export const IMAGE_SIZES: Record<string, number> = {
  nginx: 72_195_292,
  'nginx:latest': 72_195_292,
  'nginx:1.27': 72_099_501,
  busybox: 2_155_731,
  'registry.k8s.io/pause:3.10.1': 320_448,
};

const MB = 1024 * 1024;
const ZERO: Requests = Object.freeze({ cpu: 0, memory: 0 });

type ScoreEntry = NodeScore['scores'][number];
// Score entries are shared, frozen plain JSON: a 1000-pod scale-up scores 100k nodes with a few
// hundred distinct (plugin, score) pairs.
const ENTRIES = new Map<string, ScoreEntry[]>();

function entry(plugin: string, score: number, weight: number): ScoreEntry {
  let byScore = ENTRIES.get(plugin);
  if (!byScore) {
    byScore = [];
    ENTRIES.set(plugin, byScore);
  }
  const cached = byScore[score];
  if (cached && cached.weight === weight) return cached;
  const e = Object.freeze({ plugin, score, weight });
  if (Number.isInteger(score) && score >= 0 && score <= 100) byScore[score] = e;
  return e;
}

const least = (used: number, alloc: number): number => (alloc <= 0 || used > alloc ? 0 : Math.floor(((alloc - used) * 100) / alloc));

function intolerable(pod: JsonObject, n: NodeSpec): number {
  let count = 0;
  for (const t of n.taints) if (t.effect === 'PreferNoSchedule' && !tolerates(pod, t)) count++;
  return count;
}

// One frozen scores list per (taint, fit, balanced, image) tuple: 100k scored nodes share a few
// hundred lists, and so do the decision tables that keep them.
const LISTS = new Map<number, ScoreEntry[]>();

const pct = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 100;

function scoreList(taint: number, fit: number, balanced: number, image: number): ScoreEntry[] {
  const small = pct(taint) && pct(fit) && pct(balanced) && pct(image);
  const key = ((taint * 101 + fit) * 101 + balanced) * 101 + image;
  const cached = small ? LISTS.get(key) : undefined;
  if (cached) return cached;
  const list = Object.freeze([
    entry('TaintToleration', taint, 3),
    entry('NodeResourcesFit', fit, 1),
    entry('NodeResourcesBalancedAllocation', balanced, 1),
    entry('ImageLocality', image, 1),
  ]) as ScoreEntry[];
  if (small) LISTS.set(key, list);
  return list;
}

/** Scores of `nodes`, in their order (an array: a record keyed by 100 node names went dictionary-mode per pod). */
export function scoreNodes(pod: JsonObject, nodes: NodeSpec[], requestedNonZero: Requests[], allNodes: NodeSpec[]): NodeScore[] {
  let maxIntolerable = 0;
  for (const n of nodes) maxIntolerable = Math.max(maxIntolerable, intolerable(pod, n));
  const images = list(pod, 'spec.containers').map((c) => text(c.image));
  // How widely each image is spread over the cluster: computed once per pod, not once per node.
  const spread = new Map(images.map((image) => [image, allNodes.filter((n) => n.images.includes(image)).length / allNodes.length]));
  const out: NodeScore[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as NodeSpec;
    const req = requestedNonZero[i] ?? ZERO;
    const cpuAlloc = milliCpu(node.allocatable.cpu);
    const memAlloc = bytes(node.allocatable.memory);
    const fit = Math.floor((least(req.cpu, cpuAlloc) + least(req.memory, memAlloc)) / 2);
    const cpuFrac = Math.min(1, req.cpu / cpuAlloc);
    const memFrac = Math.min(1, req.memory / memAlloc);
    const balanced = Math.floor((1 - Math.abs(cpuFrac - memFrac) / 2) * 100);
    const taint = maxIntolerable === 0 ? 100 : Math.floor(100 - (intolerable(pod, node) * 100) / maxIntolerable);
    let imageSum = 0;
    for (const image of images) {
      if (!node.images.includes(image)) continue;
      imageSum += Math.floor((IMAGE_SIZES[image] ?? 0) * (spread.get(image) ?? 0));
    }
    const minT = 23 * MB;
    const maxT = 1000 * MB * Math.max(1, images.length);
    const imageScore = imageSum <= minT ? 0 : Math.floor((100 * (Math.min(imageSum, maxT) - minT)) / (maxT - minT));
    out.push({ scores: scoreList(taint, fit, balanced, imageScore), total: taint * 3 + fit + balanced + imageScore });
  }
  return out;
}
