// A test-only scenario for the graph at scale: `?scenario=scale-100x1000` builds a cluster of 100
// workers and scales a Deployment to 1000 replicas (the cluster `npm run bench` times). It is not
// in the gallery; it exists so the grouped, gridded graph can be seen and measured in a browser.
import { MODEL_VERSION, defaultCluster } from '../engine';
import type { NodeSpec } from '../engine';
import type { Scenario } from '../scenario/types';

const SCALE_ID = /^scale-(\d{1,3})x(\d{1,4})$/;
const MAX_NODES = 250;
const MAX_REPLICAS = 2000;

/** The scenario a `scale-<nodes>x<replicas>` id names, or null for any other id or out-of-range sizes. */
export function scaleScenario(id: string): Scenario | null {
  const m = SCALE_ID.exec(id);
  const nodes = Number(m?.[1] ?? 0);
  const replicas = Number(m?.[2] ?? 0);
  if (nodes < 1 || nodes > MAX_NODES || replicas < 1 || replicas > MAX_REPLICAS) return null;
  const base = defaultCluster();
  const template = base.nodes.find((n) => n.role === 'worker') as NodeSpec;
  const workers = Array.from({ length: nodes }, (_, i): NodeSpec => ({
    ...template,
    name: `node-${i + 1}`,
    internalIP: `192.168.${56 + Math.floor((i + 11) / 250)}.${((i + 11) % 250) + 1}`,
    podCIDR: `10.244.${i + 1}.0/24`,
  }));
  return {
    id,
    title: `Scale test: ${replicas} Pods on ${nodes} nodes`,
    summary: `kubectl scale deployment web --replicas=${replicas} on a cluster of ${nodes} workers (test only).`,
    tags: ['engineer'],
    kubernetesVersion: MODEL_VERSION,
    cluster: { ...base, nodes: [...base.nodes.filter((n) => n.role === 'control-plane'), ...workers] },
    commands: ['kubectl create deployment web --image=nginx', `kubectl scale deployment web --replicas=${replicas}`],
    files: {},
    notes: {},
    speakerNotes: {},
    checkpoints: [],
  };
}
